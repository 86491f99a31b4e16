/** Drafting outgoing letters: create, revise (every edit is a new version), submit into the paraf chain. */
import { inTransaction } from '../../db/executor.ts';
import type { LetterDraftsTable } from '../../db/schema/outgoing.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { enforce } from './correspondence.policy.ts';
import { type Me, whoAmI } from './letter-access.ts';
import { notifyPositionHolders } from './notify-positions.ts';
import type { DraftInput, DraftStateView, ReviseInput } from './outgoing.contract.ts';
import { mayEditDraft } from './outgoing.policy.ts';
import { checkDraft, drafterPosition, parafChainFor, visibleDraft } from './outgoing-access.ts';
import { reserveLetterNumber, stateOf } from './outgoing-state.ts';

async function insertVersion(ctx: RequestContext, draftId: string, versionNo: number, input: DraftInput, me: Me) {
  await tenantDb(ctx)
    .insertInto('letter_versions', {
      id: newId(),
      draft_id: draftId,
      version_no: versionNo,
      content: JSON.stringify({ content: input.content, addressees: input.addressees }),
      author_employee_id: me.employeeId as string,
      note: input.note || null,
      created_at: ctx.platform.now().toISOString(),
    })
    .execute();
}

/** The draft's own columns from the input (what a revision may change). */
function draftFields(input: DraftInput, chain: readonly string[]) {
  return {
    type_code: input.typeCode,
    signer_position_id: input.signerPositionId,
    hal: input.content.hal,
    security: input.security,
    urgency: input.urgency,
    kka_code: input.kka,
    paraf_chain: JSON.stringify(chain),
  };
}

/** Creates a draft (version 1) from structured content; the paraf chain is suggested from the hierarchy unless given. */
export async function createDraft(ctx: RequestContext, input: DraftInput): Promise<DraftStateView> {
  const me = await whoAmI(ctx);
  const drafter = await drafterPosition(ctx, me);
  const { content } = await checkDraft(ctx, input);
  const chain = await parafChainFor(ctx, input, drafter);
  const id = newId();
  const now = ctx.platform.now().toISOString();
  const row = {
    id,
    ...draftFields(input, chain),
    unit_id: drafter.unitId,
    drafter_position_id: drafter.id,
    drafter_employee_id: me.employeeId as string,
    status: 'draft' as const,
    version_no: 1,
    round: 0,
    number_id: null,
    number_text: null,
    letter_date: null,
    document_id: null,
    letter_id: null,
    created_by: ctx.actor.userId,
    created_at: now,
    updated_at: now,
  };
  return inTransaction(ctx, async (tx) => {
    await tenantDb(tx).insertInto('letter_drafts', row).execute();
    await insertVersion(tx, id, 1, { ...input, content }, me);
    await recordAudit(tx, 'correspondence.outgoing.drafted', {
      objectType: 'letter_draft',
      objectId: id,
      data: { type: input.typeCode },
    });
    return stateOf(row);
  });
}

/** The drafter edits the letter: a new version (the old ones are kept); `version` must be the current one (else 409). */
export async function reviseDraft(ctx: RequestContext, draftId: string, input: ReviseInput): Promise<DraftStateView> {
  const me = await whoAmI(ctx);
  const draft = await visibleDraft(ctx, draftId, me);
  enforce(mayEditDraft(draft.drafter_employee_id === me.employeeId, draft.status));
  if (input.version !== draft.version_no) throw new ConflictError('correspondence.draftChanged');
  const { content } = await checkDraft(ctx, input);
  const chain = input.parafChain ? [...new Set(input.parafChain)] : (JSON.parse(draft.paraf_chain) as string[]);
  const versionNo = draft.version_no + 1;
  return inTransaction(ctx, async (tx) => {
    const changes = { ...draftFields(input, chain), version_no: versionNo, updated_at: tx.platform.now().toISOString() };
    const updated = await tenantDb(tx)
      .updateTable('letter_drafts')
      .set(changes)
      .where('id', '=', draftId)
      .where('version_no', '=', draft.version_no)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('correspondence.draftChanged');
    await insertVersion(tx, draftId, versionNo, { ...input, content }, me);
    await recordAudit(tx, 'correspondence.outgoing.revised', {
      objectType: 'letter_draft',
      objectId: draftId,
      data: { version: versionNo },
    });
    return stateOf({ ...draft, ...changes });
  });
}

/** The step rows of a new round: one paraf per chain position, then the signature. */
function roundSteps(ctx: RequestContext, draft: LetterDraftsTable, round: number) {
  const chain = JSON.parse(draft.paraf_chain) as string[];
  const now = ctx.platform.now().toISOString();
  const step = (positionId: string, order: number, role: 'paraf' | 'penandatangan') => ({
    id: newId(),
    draft_id: draft.id,
    round,
    order_no: order,
    position_id: positionId,
    role,
    status: 'pending' as const,
    note: null,
    version_id: null,
    acted_by_employee_id: null,
    acted_at: null,
    created_at: now,
  });
  return [...chain.map((p, i) => step(p, i + 1, 'paraf')), step(draft.signer_position_id, chain.length + 1, 'penandatangan')];
}

/** Submits (or resubmits after a return) the draft: a new round restarts the chain from its first paraf. */
export async function submitDraft(ctx: RequestContext, draftId: string): Promise<DraftStateView> {
  const me = await whoAmI(ctx);
  const draft = await visibleDraft(ctx, draftId, me);
  enforce(mayEditDraft(draft.drafter_employee_id === me.employeeId, draft.status));
  const steps = roundSteps(ctx, draft, draft.round + 1);
  const chainEmpty = steps.length === 1;
  const status = chainEmpty ? ('siap_tte' as const) : ('dalam_persetujuan' as const);
  return inTransaction(ctx, async (tx) => {
    const updated = await tenantDb(tx)
      .updateTable('letter_drafts')
      .set({ status, round: draft.round + 1, updated_at: tx.platform.now().toISOString() })
      .where('id', '=', draftId)
      .where('round', '=', draft.round)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('correspondence.draftChanged');
    await tenantDb(tx).insertInto('approval_steps', steps).execute();
    // Without paraf steps the letter is approved at once, so its number is reserved now (domain §4.2 rule 2).
    const number = chainEmpty && !draft.number_id ? await reserveLetterNumber(tx, draft, me.today) : undefined;
    if (number)
      await tenantDb(tx)
        .updateTable('letter_drafts')
        .set({ number_id: number.id, number_text: number.formatted })
        .where('id', '=', draftId)
        .execute();
    const next = steps[0] as (typeof steps)[number];
    await notifyPositionHolders(tx, [next.position_id], {
      kind: chainEmpty ? 'letter.toSign' : 'letter.toVerify',
      title: `${chainEmpty ? 'Perlu tanda tangan' : 'Perlu paraf'}: ${draft.hal}`,
      body: `Versi ${draft.version_no}`,
      link: `/e-office/konsep/${draftId}`,
      security: draft.security,
    });
    await recordAudit(tx, 'correspondence.outgoing.submitted', {
      objectType: 'letter_draft',
      objectId: draftId,
      data: { round: draft.round + 1 },
    });
    return stateOf({ ...draft, status, number_text: number?.formatted ?? draft.number_text });
  });
}
