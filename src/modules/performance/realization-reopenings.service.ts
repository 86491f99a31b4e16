/**
 * Reopening a locked realisasi period for one OPD until a day (inclusive, in the tenant's calendar): coordinator
 * only. A reopening lets entries in again; it never changes a row's review state (verified stays verified).
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { opdOfUnit } from '../organization/index.ts';
import { currentPlanner } from './planner.ts';
import { tenantToday } from './realization-context.ts';
import type { ReopeningInput, ReopeningView } from './realizations.contract.ts';
import { enforceRealization, mayManageMeasurement } from './realizations.policy.ts';

/** Opens an OPD's period of a year until `openUntil` (≥ today); answers the stored reopening. */
export async function reopenPeriod(ctx: RequestContext, input: ReopeningInput): Promise<ReopeningView> {
  const unit = await tenantDb(ctx).selectFrom('units').select('id').where('id', '=', input.unitId).executeTakeFirst();
  if (!unit) throw new NotFoundError('unit');
  enforceRealization(mayManageMeasurement(await currentPlanner(ctx)));
  if ((await opdOfUnit(ctx, input.unitId)) !== input.unitId)
    throw new ValidationError([{ field: 'body.unitId', message: 'performance.realizations.unitNotOpd' }]);
  const today = await tenantToday(ctx);
  if (input.openUntil < today)
    throw new ValidationError([
      { field: 'body.openUntil', message: 'performance.realizations.openUntilPast', params: { today } },
    ]);
  return inTransaction(ctx, async (tx) => {
    const id = newId();
    const openedAt = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('realization_reopenings', {
        ...{ id, unit_id: input.unitId, year: input.year, period: input.period, open_until: input.openUntil },
        ...{ reason: input.reason, opened_by: tx.actor.userId, opened_at: openedAt },
      })
      .execute();
    await recordAudit(tx, 'performance.realization_period.reopened', {
      objectType: 'unit',
      objectId: input.unitId,
      data: { reopeningId: id, year: input.year, period: input.period, openUntil: input.openUntil },
    });
    return {
      id,
      unitId: input.unitId,
      year: input.year,
      period: input.period,
      openUntil: input.openUntil,
      reason: input.reason,
      openedAt,
    };
  });
}
