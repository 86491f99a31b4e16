/** The paraf chain: each verifier approves the exact version reviewed, or returns the draft with a note. */
import { inTransaction } from '../../db/executor.ts';
import type { ApprovalStepsTable } from '../../db/schema/outgoing.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { enforce } from './correspondence.policy.ts';
import { type Me, whoAmI } from './letter-access.ts';
import { notifyPositionHolders } from './notify-positions.ts';
import type { DraftStateView } from './outgoing.contract.ts';
import { mayActOnStep, statusAfterParaf } from './outgoing.policy.ts';
import { reserveLetterNumber, stateOf } from './outgoing-state.ts';

async function loadStep(ctx: RequestContext, stepId: string, me: Me) {
  const step = await tenantDb(ctx).selectFrom('approval_steps').selectAll().where('id', '=', stepId).executeTakeFirst();
  if (!step) throw new NotFoundError('approvalStep');
  const draft = await tenantDb(ctx)
    .selectFrom('letter_drafts')
    .selectAll()
    .where('id', '=', step.draft_id)
    .executeTakeFirstOrThrow();
  const roundSteps = await tenantDb(ctx)
    .selectFrom('approval_steps')
    .selectAll()
    .where('draft_id', '=', draft.id)
    .where('round', '=', draft.round)
    .orderBy('order_no')
    .execute();
  const due = roundSteps.find((s) => s.status === 'pending' && s.role === 'paraf');
  const relation = {
    holdsStepPosition: me.positionIds.includes(step.position_id),
    isDue: due?.id === step.id,
    draftStatus: draft.status,
  };
  enforce(mayActOnStep(relation));
  return { step, draft, remaining: roundSteps.filter((s) => s.status === 'pending' && s.role === 'paraf' && s.id !== step.id) };
}

async function markStep(ctx: RequestContext, step: ApprovalStepsTable, changes: Partial<ApprovalStepsTable>) {
  const updated = await tenantDb(ctx)
    .updateTable('approval_steps')
    .set(changes)
    .where('id', '=', step.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('correspondence.stepNotDue');
}

/** The verifier holding the due step's position approves the version they reviewed; the last paraf reserves the number. */
export async function approveStep(ctx: RequestContext, stepId: string, input: { version: number }): Promise<DraftStateView> {
  const me = await whoAmI(ctx);
  const { step, draft, remaining } = await loadStep(ctx, stepId, me);
  if (input.version !== draft.version_no) throw new ConflictError('correspondence.oldVersion');
  const version = await tenantDb(ctx)
    .selectFrom('letter_versions')
    .select('id')
    .where('draft_id', '=', draft.id)
    .where('version_no', '=', draft.version_no)
    .executeTakeFirstOrThrow();
  const status = statusAfterParaf(remaining.length);
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await markStep(tx, step, { status: 'approved', version_id: version.id, acted_by_employee_id: me.employeeId, acted_at: now });
    const number = status === 'siap_tte' ? await reserveLetterNumber(tx, draft, me.today) : undefined;
    const changes = { status, updated_at: now, ...(number ? { number_id: number.id, number_text: number.formatted } : {}) };
    await tenantDb(tx).updateTable('letter_drafts').set(changes).where('id', '=', draft.id).execute();
    const nextPosition = status === 'siap_tte' ? draft.signer_position_id : (remaining[0] as ApprovalStepsTable).position_id;
    await notifyPositionHolders(tx, [nextPosition], {
      kind: status === 'siap_tte' ? 'letter.toSign' : 'letter.toVerify',
      title: `${status === 'siap_tte' ? 'Perlu tanda tangan' : 'Perlu paraf'}: ${draft.hal}`,
      body: number ? `Nomor dicadangkan ${number.formatted}` : `Versi ${draft.version_no}`,
      link: `/e-office/konsep/${draft.id}`,
      security: draft.security,
    });
    await recordAudit(tx, 'correspondence.outgoing.approved', {
      objectType: 'letter_draft',
      objectId: draft.id,
      data: { step: step.id, version: draft.version_no, number: number?.formatted ?? null },
    });
    return stateOf({ ...draft, ...changes });
  });
}

/** The verifier returns the draft to its drafter with a mandatory note: perlu_revisi; resubmitting restarts the chain. */
export async function returnStep(ctx: RequestContext, stepId: string, input: { note: string }): Promise<DraftStateView> {
  const me = await whoAmI(ctx);
  const { step, draft } = await loadStep(ctx, stepId, me);
  const version = await tenantDb(ctx)
    .selectFrom('letter_versions')
    .select('id')
    .where('draft_id', '=', draft.id)
    .where('version_no', '=', draft.version_no)
    .executeTakeFirstOrThrow();
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await markStep(tx, step, {
      status: 'returned',
      note: input.note,
      version_id: version.id,
      acted_by_employee_id: me.employeeId,
      acted_at: now,
    });
    await tenantDb(tx)
      .updateTable('letter_drafts')
      .set({ status: 'perlu_revisi', updated_at: now })
      .where('id', '=', draft.id)
      .execute();
    await notifyPositionHolders(tx, [draft.drafter_position_id], {
      kind: 'letter.returned',
      title: `Dikembalikan untuk perbaikan: ${draft.hal}`,
      body: input.note,
      link: `/e-office/konsep/${draft.id}`,
      security: draft.security,
    });
    await recordAudit(tx, 'correspondence.outgoing.returned', {
      objectType: 'letter_draft',
      objectId: draft.id,
      data: { step: step.id },
    });
    return stateOf({ ...draft, status: 'perlu_revisi' });
  });
}
