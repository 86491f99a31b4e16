/** RPJMD periods: create, update, activate (closing the one in force), delete a draft. Planning unit only. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { CreatePeriodInput, PeriodView, UpdatePeriodInput } from './performance.contract.ts';
import { enforce, mayManageRegencyPlan } from './performance.policy.ts';
import { bumpVersion, countWhere, loadPeriod, periodView } from './performance.repository.ts';
import { currentPlanner } from './planner.ts';

async function enforceCoordinator(ctx: RequestContext): Promise<void> {
  enforce(mayManageRegencyPlan(await currentPlanner(ctx)));
}

/** Every period, newest first. */
export async function listPeriods(ctx: RequestContext): Promise<{ items: PeriodView[] }> {
  const rows = await tenantDb(ctx).selectFrom('plan_periods').selectAll().orderBy('start_year', 'desc').execute();
  return { items: rows.map(periodView) };
}

/** One period. */
export async function getPeriod(ctx: RequestContext, periodId: string): Promise<PeriodView> {
  return periodView(await loadPeriod(ctx, periodId));
}

/** Creates a draft period (endYear defaults to startYear + 4). */
export async function createPeriod(ctx: RequestContext, input: CreatePeriodInput): Promise<PeriodView> {
  await enforceCoordinator(ctx);
  const id = newId();
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('plan_periods', {
        id,
        start_year: input.startYear,
        end_year: input.endYear ?? input.startYear + 4,
        title: input.title,
        legal_basis: input.legalBasis ?? null,
        status: 'draft',
        created_by: tx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordAudit(tx, 'performance.period.created', {
      objectType: 'plan_period',
      objectId: id,
      data: { title: input.title },
    });
    return periodView(await loadPeriod(tx, id));
  });
}

/** Changes title and legal basis; years only while draft (and never beyond 5 years). */
export async function updatePeriod(ctx: RequestContext, periodId: string, input: UpdatePeriodInput): Promise<PeriodView> {
  const row = await loadPeriod(ctx, periodId);
  await enforceCoordinator(ctx);
  const start = input.startYear ?? row.start_year;
  const end = input.endYear ?? row.end_year;
  const yearsChange = start !== row.start_year || end !== row.end_year;
  if (yearsChange && row.status !== 'draft') throw new ConflictError('performance.periodNotDraft');
  if (end < start || end - start > 4) throw new ValidationError([{ field: 'body.endYear', message: 'performance.periodYears' }]);
  return inTransaction(ctx, async (tx) => {
    await bumpVersion(tx, 'plan_periods', periodId, input.version, {
      title: input.title,
      legal_basis: input.legalBasis ?? null,
      start_year: start,
      end_year: end,
      updated_at: tx.platform.now().toISOString(),
    });
    return periodView(await loadPeriod(tx, periodId));
  });
}

/** Activates a draft period; the period in force until now is closed in the same transaction. */
export async function activatePeriod(ctx: RequestContext, periodId: string, version: number): Promise<PeriodView> {
  const row = await loadPeriod(ctx, periodId);
  await enforceCoordinator(ctx);
  if (row.status !== 'draft') throw new ConflictError('performance.periodNotDraft');
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .updateTable('plan_periods')
      .set({ status: 'closed', updated_at: now })
      .where('status', '=', 'active')
      .execute();
    await bumpVersion(tx, 'plan_periods', periodId, version, { status: 'active', updated_at: now });
    await recordAudit(tx, 'performance.period.activated', { objectType: 'plan_period', objectId: periodId, data: {} });
    return periodView(await loadPeriod(tx, periodId));
  });
}

/** Deletes a draft period that has no nodes yet. */
export async function deletePeriod(ctx: RequestContext, periodId: string): Promise<void> {
  const row = await loadPeriod(ctx, periodId);
  await enforceCoordinator(ctx);
  if (row.status !== 'draft') throw new ConflictError('performance.periodNotDraft');
  await inTransaction(ctx, async (tx) => {
    if ((await countWhere(tx, 'plan_nodes', 'period_id', periodId)) > 0) throw new ConflictError('performance.periodHasNodes');
    await tenantDb(tx).deleteFrom('plan_periods').where('id', '=', periodId).execute();
    await recordAudit(tx, 'performance.period.deleted', { objectType: 'plan_period', objectId: periodId, data: {} });
  });
}
