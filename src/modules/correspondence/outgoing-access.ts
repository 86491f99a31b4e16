/** Loading outgoing drafts with their visibility rule, and the checks a draft must pass. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { CreateDocumentInput } from '../documents/index.ts';
import type { PositionCard } from '../organization/index.ts';
import { findTenantByRef, PLATFORM_TENANT_CODE, positionCards, unitHeadsUpTo } from '../organization/index.ts';
import { activeDocumentType, findArchiveClass } from '../regulation/index.ts';
import type { Me } from './letter-access.ts';
import type { Addressees, DraftContent, DraftInput } from './outgoing.contract.ts';
import { mayMailExternally } from './outgoing.policy.ts';

/** What a version row stores as JSON. */
export interface VersionContent {
  readonly content: DraftContent;
  readonly addressees: Addressees;
}

/** The jenis naskah as the draft needs it. */
export type DocumentTypeFacts = NonNullable<Awaited<ReturnType<typeof activeDocumentType>>>;

/**
 * SECURITY: the draft if the person may see it — its drafter, a holder of the drafter's position (drafts belong to
 * the jabatan, so a Plt/Plh carries the work on), of the signer position or of a position in its paraf chain (any
 * round); 404 otherwise, so drafts (rahasia or not) are not disclosed to anyone else.
 */
export async function visibleDraft(ctx: RequestContext, draftId: string, me: Me) {
  const draft = await tenantDb(ctx).selectFrom('letter_drafts').selectAll().where('id', '=', draftId).executeTakeFirst();
  if (!draft) throw new NotFoundError('letter');
  const steps = await tenantDb(ctx).selectFrom('approval_steps').select('position_id').where('draft_id', '=', draftId).execute();
  const chain = new Set([
    draft.drafter_position_id,
    draft.signer_position_id,
    ...(JSON.parse(draft.paraf_chain) as string[]),
    ...steps.map((s) => s.position_id),
  ]);
  const related = draft.drafter_employee_id === me.employeeId || me.positionIds.some((p) => chain.has(p));
  if (!related) throw new NotFoundError('letter');
  return draft;
}

/** The position the acting person drafts from (the first one they hold, by code); 422 when they hold none. */
export async function drafterPosition(ctx: RequestContext, me: Me): Promise<PositionCard> {
  const cards = [...(await positionCards(ctx, me.positionIds)).values()].sort((a, b) => a.code.localeCompare(b.code));
  const card = cards[0];
  if (!card || !me.employeeId) throw new ValidationError([{ field: 'signerPositionId', message: 'correspondence.noPosition' }]);
  return card;
}

type Problem = { field: string; message: string; params?: Record<string, string> };

async function positionProblems(ctx: RequestContext, input: DraftInput): Promise<Problem[]> {
  const ids = [input.signerPositionId, ...input.addressees.positions.map((p) => p.positionId), ...(input.parafChain ?? [])];
  const known = await positionCards(ctx, ids);
  const problems: Problem[] = [];
  if (!known.has(input.signerPositionId)) problems.push({ field: 'signerPositionId', message: 'correspondence.unknownPosition' });
  input.addressees.positions.forEach((p, i) => {
    if (!known.has(p.positionId))
      problems.push({ field: `addressees.positions.${i}.positionId`, message: 'correspondence.unknownPosition' });
  });
  (input.parafChain ?? []).forEach((id, i) => {
    if (!known.has(id)) problems.push({ field: `parafChain.${i}`, message: 'correspondence.unknownPosition' });
    if (id === input.signerPositionId) problems.push({ field: `parafChain.${i}`, message: 'correspondence.signerInChain' });
  });
  return problems;
}

/** SECURITY: a regency addressee must be another regency on this Pamong (never the platform tenant or oneself). */
async function regencyProblems(ctx: RequestContext, input: DraftInput): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const [i, r] of input.addressees.regencies.entries()) {
    const tenant = await findTenantByRef(ctx, r.tenant);
    if (!tenant || tenant.id === ctx.tenantId || tenant.code === PLATFORM_TENANT_CODE)
      problems.push({
        field: `addressees.regencies.${i}.tenant`,
        message: 'correspondence.unknownRegency',
        params: { ref: r.tenant },
      });
  }
  return problems;
}

/** The content as the documents module will render it (unknown keys dropped); problems as `content.…` fields. */
const PrintableContent = CreateDocumentInput.omit({
  kind: true,
  layout: true,
  variant: true,
  number: true,
  unitId: true,
  security: true,
  signers: true,
  printOrder: true,
  date: true,
});

function contentProblems(content: unknown): { content?: DraftContent; problems: Problem[] } {
  const parsed = PrintableContent.safeParse(content);
  if (parsed.success) return { content: parsed.data as DraftContent, problems: [] };
  const problems = parsed.error.issues.map((i) => ({
    field: ['content', ...i.path].join('.'),
    message: 'correspondence.invalidContent',
  }));
  return { problems };
}

/**
 * Checks the draft against the regulation pack, the organisation and the security rules; 422 with every problem.
 * Returns the jenis naskah and the content as it will be stored (unknown keys dropped).
 */
export async function checkDraft(
  ctx: RequestContext,
  input: DraftInput,
): Promise<{ type: DocumentTypeFacts; content: DraftContent }> {
  const type = await activeDocumentType(ctx, input.typeCode);
  const checked = contentProblems(input.content);
  const problems: Problem[] = [...checked.problems];
  if (!type)
    problems.push({ field: 'typeCode', message: 'correspondence.unknownDocumentType', params: { code: input.typeCode } });
  if (!(await findArchiveClass(ctx, input.kka)))
    problems.push({ field: 'kka', message: 'correspondence.unknownKka', params: { code: input.kka } });
  if (input.addressees.external.length > 0 && !mayMailExternally(input.security))
    problems.push({ field: 'addressees.external', message: 'correspondence.secretByEmail' });
  const total = input.addressees.positions.length + input.addressees.regencies.length + input.addressees.external.length;
  if (total === 0) problems.push({ field: 'addressees', message: 'correspondence.noAddressees' });
  problems.push(...(await positionProblems(ctx, input)), ...(await regencyProblems(ctx, input)));
  if (problems.length > 0 || !type || !checked.content) throw new ValidationError(problems);
  return { type, content: checked.content };
}

/** The paraf chain: as given by the drafter, or suggested from the hierarchy (unit heads up to the signer's unit). */
export async function parafChainFor(ctx: RequestContext, input: DraftInput, drafter: PositionCard): Promise<string[]> {
  if (input.parafChain) return [...new Set(input.parafChain)];
  const signer = (await positionCards(ctx, [input.signerPositionId])).get(input.signerPositionId) as PositionCard;
  const heads = await unitHeadsUpTo(ctx, drafter.unitId, signer.unitId);
  return heads.filter((id) => id !== drafter.id && id !== input.signerPositionId);
}
