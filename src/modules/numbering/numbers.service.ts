import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { baseRow, type NumberTarget, printNumber, resolveTarget } from './number-target.ts';
import type { ReservedNumber, ReserveNumberInput } from './numbering.contract.ts';
import { enforce, enforceTransition, mayAllocateNumbers, transitionToUsed, voidTransition } from './numbering.policy.ts';
import { bumpCounter, findNumber } from './numbering.repository.ts';
import { schemeByCode } from './schemes.service.ts';

/** A counter never needs more skips than this (each skip is a manual number recorded ahead of it). */
const MAX_SKIPS = 100_000;

/** The row of a newly reserved number at a sequence. */
function reservedRow(tx: RequestContext, target: NumberTarget, seq: number, reference: ReserveNumberInput['reference']) {
  return {
    ...baseRow(tx, target, seq, '', printNumber(target, seq)),
    id: newId(),
    state: 'reserved' as const,
    reason: null,
    note: null,
    reference_type: reference?.type ?? null,
    reference_id: reference?.id ?? null,
    manual: 0,
  };
}

/**
 * Takes the next free sequence of the target's counter and writes its row, inside the caller's transaction.
 * A sequence already taken by a manual number recorded during an outage is stepped over (the insert does
 * nothing on the unique key and the counter moves on), so allocation never collides with one even before
 * reconciliation.
 */
async function allocateRow(tx: RequestContext, target: NumberTarget, reference: ReserveNumberInput['reference']) {
  const at = tx.platform.now().toISOString();
  for (let skips = 0; skips < MAX_SKIPS; skips++) {
    const row = reservedRow(tx, target, await bumpCounter(tx, target.key, 1, at), reference);
    const inserted = await tenantDb(tx)
      .insertInto('numbers', row)
      .onConflict((oc) => oc.columns(['tenant_id', 'scheme_id', 'year', 'seq', 'suffix', 'scope_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (inserted) return row;
  }
  throw new Error(`counter ${target.key.scopeKey}/${target.key.year} is blocked by manual numbers`);
}

/**
 * Reserves the next number of a scheme for a letter (RESERVED; SRIKANDI's "Ambil Nomor"). The year and
 * month come from the letter date in the tenant's time zone, so 1 January starts a new sequence. One
 * transaction: counter increment, number row and audit record commit together, so a sequence is never
 * handed out twice and never lost without a row.
 */
export async function reserveNumber(ctx: RequestContext, input: ReserveNumberInput): Promise<ReservedNumber> {
  enforce(mayAllocateNumbers(ctx.actor));
  const scheme = await schemeByCode(ctx, input.schemeCode);
  const target = await resolveTarget(ctx, scheme, input);
  return inTransaction(ctx, async (tx) => {
    const row = await allocateRow(tx, target, input.reference);
    const { formatted, seq } = row;
    await recordAudit(tx, 'numbering.reserved', {
      objectType: 'number',
      objectId: row.id,
      data: {
        scheme: scheme.code,
        formatted,
        seq,
        year: target.key.year,
        scope: target.key.scopeKey,
        reference: input.reference,
      },
    });
    return { id: row.id, formatted, seq, year: target.key.year };
  });
}

/** The number with this id in the caller's transaction, or 404 (another tenant's id is not found either). */
async function numberOrNotFound(tx: RequestContext, numberId: string) {
  const row = await findNumber(tx, numberId);
  if (!row) throw new NotFoundError('number');
  return row;
}

/** RESERVED → USED when the letter is signed (§4.2 rule 2). Repeating it for the same reference is a no-op. */
export async function useNumber(ctx: RequestContext, numberId: string, reference: { type: string; id: string }): Promise<void> {
  enforce(mayAllocateNumbers(ctx.actor));
  await inTransaction(ctx, async (tx) => {
    const row = await numberOrNotFound(tx, numberId);
    const current = { state: row.state, referenceType: row.reference_type, referenceId: row.reference_id };
    if (!enforceTransition(transitionToUsed(current, reference))) return;
    const updated = await tenantDb(tx)
      .updateTable('numbers')
      .set({
        state: 'used',
        reference_type: reference.type,
        reference_id: reference.id,
        used_at: tx.platform.now().toISOString(),
      })
      .where('id', '=', numberId)
      .where('state', '=', 'reserved')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('numbering.notReserved', { state: 'used' });
    await recordAudit(tx, 'numbering.used', {
      objectType: 'number',
      objectId: numberId,
      data: { formatted: row.formatted, reference },
    });
  });
}

/** → VOID with a reason. The row stays in the register and the sequence is never handed out again. */
export async function voidNumber(ctx: RequestContext, numberId: string, reason: string): Promise<void> {
  enforce(mayAllocateNumbers(ctx.actor));
  if (reason.trim().length < 5) throw new ValidationError([{ field: 'reason', message: 'numbering.reasonRequired' }]);
  await inTransaction(ctx, async (tx) => {
    const row = await numberOrNotFound(tx, numberId);
    enforceTransition(voidTransition(row.state, tx.actor));
    const updated = await tenantDb(tx)
      .updateTable('numbers')
      .set({ state: 'void', reason: reason.trim(), voided_at: tx.platform.now().toISOString() })
      .where('id', '=', numberId)
      .where('state', '=', row.state)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('numbering.alreadyVoid');
    await recordAudit(tx, 'numbering.voided', {
      objectType: 'number',
      objectId: numberId,
      data: { formatted: row.formatted, previousState: row.state, reason },
    });
  });
}
