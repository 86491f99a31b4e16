/**
 * Taking a letter back before it is signed: the signer returns it to the drafter (tolak), or the drafter cancels it
 * (batalkan). Either way a reserved number becomes VOID with the reason and is never handed out again.
 */
import { inTransaction } from '../../db/executor.ts';
import type { LetterDraftsTable } from '../../db/schema/outgoing.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { withdrawUnsignedDocument } from '../documents/index.ts';
import { voidNumber } from '../numbering/index.ts';
import { enforce } from './correspondence.policy.ts';
import { type Me, whoAmI } from './letter-access.ts';
import { notifyPositionHolders } from './notify-positions.ts';
import type { DraftStateView } from './outgoing.contract.ts';
import { mayCancelDraft, maySignerReturn } from './outgoing.policy.ts';
import { visibleDraft } from './outgoing-access.ts';
import { stateOf } from './outgoing-state.ts';

/** The id of the draft's current version (the one the signer saw when returning it). */
async function currentVersionId(ctx: RequestContext, draft: LetterDraftsTable): Promise<string> {
  const row = await tenantDb(ctx)
    .selectFrom('letter_versions')
    .select('id')
    .where('draft_id', '=', draft.id)
    .where('version_no', '=', draft.version_no)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Voids the draft's reserved number, if it has one, with the reason (the row stays in the register). */
async function voidReservedNumber(tx: RequestContext, draft: LetterDraftsTable, reason: string): Promise<string | null> {
  if (!draft.number_id) return null;
  await voidNumber(tx, draft.number_id, reason);
  return draft.number_text;
}

/**
 * Moves the draft out of `from` with the changes, guarded by its state and round so a concurrent sign, paraf or
 * resubmission wins cleanly (409) instead of being overwritten.
 */
async function moveDraft(tx: RequestContext, draft: LetterDraftsTable, changes: Partial<LetterDraftsTable>, reason: string) {
  const updated = await tenantDb(tx)
    .updateTable('letter_drafts')
    .set({ ...changes, updated_at: tx.platform.now().toISOString() })
    .where('id', '=', draft.id)
    .where('status', '=', draft.status)
    .where('round', '=', draft.round)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(reason);
}

/**
 * SECURITY: a holder of the signer position (definitif, Plt, Plh, Pj) returns a letter waiting for the signature to
 * its drafter with a note. One transaction: the reserved number is voided with the note, the draft loses it and goes
 * to perlu_revisi, the signature step of the round is recorded as returned, the drafter is told. Resubmitting starts
 * a new round whose last paraf reserves a new number.
 */
export async function returnToDrafter(ctx: RequestContext, draftId: string, input: { note: string }): Promise<DraftStateView> {
  const me = await whoAmI(ctx);
  const draft = await visibleDraft(ctx, draftId, me);
  enforce(maySignerReturn(me.positionIds.includes(draft.signer_position_id), draft.status));
  const versionId = await currentVersionId(ctx, draft);
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    // The prepared document (if a signature attempt failed) carries the old number: it must not be signed later.
    const changes = { status: 'perlu_revisi' as const, number_id: null, number_text: null, document_id: null };
    await moveDraft(tx, draft, changes, 'correspondence.notAwaitingSignature');
    const voided = await voidReservedNumber(tx, draft, `Dikembalikan oleh penandatangan: ${input.note}`);
    if (draft.document_id) await withdrawUnsignedDocument(tx, draft.document_id, input.note);
    await tenantDb(tx)
      .updateTable('approval_steps')
      .set({ status: 'returned', note: input.note, version_id: versionId, acted_by_employee_id: me.employeeId, acted_at: now })
      .where('draft_id', '=', draft.id)
      .where('round', '=', draft.round)
      .where('role', '=', 'penandatangan')
      .where('status', '=', 'pending')
      .execute();
    await notifyPositionHolders(tx, [draft.drafter_position_id], {
      kind: 'letter.returned',
      title: `Dikembalikan penandatangan: ${draft.hal}`,
      body: input.note,
      link: `/e-office/konsep/${draft.id}`,
      security: draft.security,
    });
    await recordAudit(tx, 'correspondence.outgoing.returnedBySigner', {
      objectType: 'letter_draft',
      objectId: draft.id,
      data: { round: draft.round, voidedNumber: voided },
    });
    return stateOf({ ...draft, ...changes });
  });
}

/** Positions still due to act on the draft (pending steps of its current round): they are told it was cancelled. */
async function pendingPositions(ctx: RequestContext, draft: LetterDraftsTable): Promise<string[]> {
  if (draft.status !== 'dalam_persetujuan' && draft.status !== 'siap_tte') return [];
  const rows = await tenantDb(ctx)
    .selectFrom('approval_steps')
    .select('position_id')
    .where('draft_id', '=', draft.id)
    .where('round', '=', draft.round)
    .where('status', '=', 'pending')
    .execute();
  return [...new Set(rows.map((r) => r.position_id))];
}

/** Closes every step still pending (of any round), so the draft leaves every paraf and signature queue. */
async function closePendingSteps(tx: RequestContext, draft: LetterDraftsTable, reason: string, me: Me) {
  await tenantDb(tx)
    .updateTable('approval_steps')
    .set({ status: 'cancelled', note: reason, acted_by_employee_id: me.employeeId, acted_at: tx.platform.now().toISOString() })
    .where('draft_id', '=', draft.id)
    .where('status', '=', 'pending')
    .execute();
}

/**
 * SECURITY: the drafter (the person who drafted it, or a holder of the drafter position today) cancels a letter not
 * yet signed, with a reason. One transaction: the draft becomes dibatalkan, its pending steps are closed, a reserved
 * number is voided with the reason, and the verifiers/signer still due are told. A signed letter is refused (409).
 */
export async function cancelDraft(ctx: RequestContext, draftId: string, input: { reason: string }): Promise<DraftStateView> {
  const me = await whoAmI(ctx);
  const draft = await visibleDraft(ctx, draftId, me);
  const isDrafter = draft.drafter_employee_id === me.employeeId || me.positionIds.includes(draft.drafter_position_id);
  enforce(mayCancelDraft(isDrafter, draft.status));
  const notified = await pendingPositions(ctx, draft);
  return inTransaction(ctx, async (tx) => {
    const changes = { status: 'dibatalkan' as const, number_id: null, number_text: null };
    await moveDraft(tx, draft, changes, 'correspondence.draftChanged');
    await closePendingSteps(tx, draft, input.reason, me);
    const voided = await voidReservedNumber(tx, draft, `Konsep dibatalkan: ${input.reason}`);
    if (draft.document_id) await withdrawUnsignedDocument(tx, draft.document_id, input.reason);
    if (notified.length > 0)
      await notifyPositionHolders(tx, notified, {
        kind: 'letter.cancelled',
        title: `Konsep dibatalkan: ${draft.hal}`,
        body: input.reason,
        link: `/e-office/konsep/${draft.id}`,
        security: draft.security,
      });
    await recordAudit(tx, 'correspondence.outgoing.cancelled', {
      objectType: 'letter_draft',
      objectId: draft.id,
      data: { from: draft.status, reason: input.reason, voidedNumber: voided },
    });
    return stateOf({ ...draft, ...changes });
  });
}
