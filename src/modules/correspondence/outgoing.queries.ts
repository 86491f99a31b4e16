/** Reading outgoing drafts: one draft with its steps, and the diff between two of its versions. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { draftActions, dueParafStep } from './draft-actions.ts';
import { whoAmI } from './letter-access.ts';
import type { DraftView } from './outgoing.contract.ts';
import { type VersionContent, visibleDraft } from './outgoing-access.ts';
import { currentVersion } from './outgoing-signing.service.ts';
import { contentLines, type DiffLine, diffLines } from './version-diff.ts';

/** Every approval step of a draft (all rounds), in round and chain order. */
async function stepsOf(ctx: RequestContext, draftId: string): Promise<DraftView['steps']> {
  const steps = await tenantDb(ctx)
    .selectFrom('approval_steps')
    .leftJoin('letter_versions', (j) =>
      j
        .onRef('letter_versions.tenant_id', '=', 'approval_steps.tenant_id')
        .onRef('letter_versions.id', '=', 'approval_steps.version_id'),
    )
    .selectAll('approval_steps')
    .select('letter_versions.version_no')
    .where('approval_steps.draft_id', '=', draftId)
    .orderBy('approval_steps.round')
    .orderBy('approval_steps.order_no')
    .execute();
  return steps.map((s) => ({
    id: s.id,
    round: s.round,
    order: s.order_no,
    positionId: s.position_id,
    role: s.role,
    status: s.status,
    note: s.note,
    versionNo: s.version_no ?? null,
    actedAt: s.acted_at,
  }));
}

/** One draft with its content, addressees and every approval step (all rounds), for the people in its chain. */
export async function getDraft(ctx: RequestContext, draftId: string): Promise<DraftView> {
  const me = await whoAmI(ctx);
  const draft = await visibleDraft(ctx, draftId, me);
  const version = await currentVersion(ctx, draft);
  const stepViews = await stepsOf(ctx, draftId);
  const due = dueParafStep(stepViews, draft.round, draft.status);
  const holds = (positionId: string | undefined) => positionId !== undefined && me.positionIds.includes(positionId);
  const actions = draftActions({
    holdsDrafterPosition: holds(draft.drafter_position_id),
    holdsDueStepPosition: holds(due?.positionId),
    holdsSignerPosition: holds(draft.signer_position_id),
    status: draft.status,
  });
  return {
    id: draft.id,
    typeCode: draft.type_code,
    status: draft.status,
    hal: draft.hal,
    security: draft.security,
    urgency: draft.urgency,
    kka: draft.kka_code,
    version: draft.version_no,
    content: version.content,
    addressees: version.addressees,
    signerPositionId: draft.signer_position_id,
    parafChain: JSON.parse(draft.paraf_chain) as string[],
    steps: stepViews,
    number: draft.number_text,
    letterDate: draft.letter_date,
    documentId: draft.document_id,
    letterId: draft.letter_id,
    actions,
    dueStepId: due?.id ?? null,
  };
}

async function versionLines(ctx: RequestContext, draftId: string, versionNo: number): Promise<string[]> {
  const row = await tenantDb(ctx)
    .selectFrom('letter_versions')
    .select('content')
    .where('draft_id', '=', draftId)
    .where('version_no', '=', versionNo)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('version');
  const stored = JSON.parse(row.content) as VersionContent;
  return contentLines(stored as never);
}

/** The line diff between versions `a` (older side) and `b` of a draft. */
export async function versionDiff(
  ctx: RequestContext,
  params: { draftId: string; a: number; b: number },
): Promise<{ from: number; to: number; lines: DiffLine[] }> {
  await visibleDraft(ctx, params.draftId, await whoAmI(ctx));
  const older = await versionLines(ctx, params.draftId, params.a);
  const newer = await versionLines(ctx, params.draftId, params.b);
  return { from: params.a, to: params.b, lines: diffLines(older, newer) };
}
