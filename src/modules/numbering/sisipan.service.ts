import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { getTenant } from '../organization/index.ts';
import { calendarDateIn } from './number-dates.ts';
import { baseRow, type NumberTarget, printNumber, resolveTarget } from './number-target.ts';
import { insertionLetter } from './number-template.ts';
import type { InsertInput, NumberView } from './numbering.contract.ts';
import { enforce, mayManageNumbering } from './numbering.policy.ts';
import { bumpCounter, type NumberRow, numberAt, numbersOfCounter, numberView } from './numbering.repository.ts';
import { type SchemeRow, schemeByCode } from './schemes.service.ts';

/** The most insertions after one number: A … Z. */
const MAX_LETTERS = 26;

/** Refuses a sisipan dated after today in the tenant's time zone (a back-dated insert is never in the future). */
async function refuseFutureDate(ctx: RequestContext, isoDate: string): Promise<void> {
  const today = calendarDateIn(ctx.platform.now(), (await getTenant(ctx, ctx.tenantId)).timezone);
  if (isoDate > today) throw new ValidationError([{ field: 'date', message: 'numbering.dateInFuture' }]);
}

/** The used number an insertion follows; 422 when it is missing, not used, or dated after the insertion. */
function checkBase(base: NumberRow | undefined, afterSeq: number, isoDate: string): void {
  if (!base)
    throw new ValidationError([{ field: 'afterSeq', message: 'numbering.insertBaseMissing', params: { seq: afterSeq } }]);
  if (base.state !== 'used')
    throw new ValidationError([
      { field: 'afterSeq', message: 'numbering.insertBaseNotUsed', params: { seq: afterSeq, state: base.state } },
    ]);
  if (isoDate < base.number_date)
    throw new ValidationError([
      { field: 'date', message: 'numbering.insertDateBeforeBase', params: { seq: afterSeq, date: base.number_date } },
    ]);
}

/** The next insertion letter after `afterSeq`, within the yearly quota of the counter (voided insertions count). */
function nextLetter(scheme: SchemeRow, counterRows: readonly NumberRow[], afterSeq: number): string {
  const insertions = counterRows.filter((r) => r.suffix !== '');
  if (insertions.length >= Number(scheme.insertion_quota))
    throw new ConflictError('numbering.insertQuotaReached', { quota: Number(scheme.insertion_quota) });
  const after = insertions.filter((r) => Number(r.seq) === afterSeq).length;
  if (after >= MAX_LETTERS) throw new ConflictError('numbering.insertLettersExhausted', { seq: afterSeq });
  return insertionLetter(after + 1);
}

/** Writes the insertion row and its audit record inside the transaction. */
async function writeInsertion(
  tx: RequestContext,
  scheme: SchemeRow,
  target: NumberTarget,
  input: InsertInput,
): Promise<NumberView> {
  await bumpCounter(tx, target.key, 0, tx.platform.now().toISOString());
  checkBase(await numberAt(tx, target.key, input.afterSeq), input.afterSeq, target.date.isoDate);
  const letter = nextLetter(scheme, await numbersOfCounter(tx, target.key), input.afterSeq);
  const formatted = printNumber(target, input.afterSeq, letter);
  const row = {
    ...baseRow(tx, target, input.afterSeq, letter, formatted),
    id: newId(),
    state: 'reserved' as const,
    reason: null,
    note: input.reason,
    reference_type: null,
    reference_id: null,
    manual: 0,
  };
  await tenantDb(tx).insertInto('numbers', row).execute();
  await recordAudit(tx, 'numbering.inserted', {
    objectType: 'number',
    objectId: row.id,
    data: { scheme: scheme.code, formatted, afterSeq: input.afterSeq, letter, date: row.number_date, reason: input.reason },
  });
  return numberView({ ...row, tenant_id: tx.tenantId }, scheme.code);
}

/**
 * A back-dated sisipan after an existing used number (15 → 15.A, 15.B …), §4.2 rule 4: only numbering.manage,
 * with a reason, within the scheme's yearly quota per counter, never dated after today or before its base.
 * The counter row is locked first, so two insertions after the same number get different letters.
 */
export async function insertNumber(ctx: RequestContext, schemeCode: string, input: InsertInput): Promise<NumberView> {
  enforce(mayManageNumbering(ctx.actor));
  const scheme = await schemeByCode(ctx, schemeCode);
  const target = await resolveTarget(ctx, scheme, input);
  await refuseFutureDate(ctx, target.date.isoDate);
  return inTransaction(ctx, (tx) => writeInsertion(tx, scheme, target, input));
}
