/**
 * The target revision ledger: a coordinator changes a target after it was set, with a reason, the SK number and
 * the approver; the ledger row (old and new target) and the target itself change in one transaction.
 */
import { sql } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import type { TargetRevisionsTable } from '../../db/schema/performance-measurement.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { parseDecimal, plainText } from './capaian/decimal.ts';
import { recomputeIndicatorYear } from './capaian-store.service.ts';
import { enforce, mayChangePeriodContent } from './performance.policy.ts';
import type { TargetRow } from './performance.repository.ts';
import { targetProblems } from './plan-rules.ts';
import { currentPlanner } from './planner.ts';
import { type IndicatorFacts, indicatorFacts } from './realization-context.ts';
import type { LedgerTargetView, TargetRevisionInput, TargetRevisionView } from './realizations.contract.ts';
import { enforceRealization, mayManageMeasurement } from './realizations.policy.ts';

const plain = (s: string | null | undefined) => {
  const parsed = parseDecimal(s ?? null);
  return parsed ? plainText(parsed) : null;
};

/** The new target in ledger form: only the fields its kind uses, decimals canonical. */
function ledgerTarget(input: TargetRevisionInput['newTarget']): LedgerTargetView {
  return {
    kind: input.kind,
    value: input.kind === 'number' ? plain(input.value) : null,
    min: input.kind === 'range' ? plain(input.min) : null,
    max: input.kind === 'range' ? plain(input.max) : null,
    text: input.text || null,
  };
}

const ledgerOfRow = (row: TargetRow): LedgerTargetView => ({
  kind: row.kind,
  value: row.value,
  min: row.min_value,
  max: row.max_value,
  text: row.text,
});

/** Field problems of the revision against the indicator: year in the plan, period vs frequency, shape, sign. */
function revisionProblems(facts: IndicatorFacts, input: TargetRevisionInput) {
  const target = { year: input.year, period: input.period, ...input.newTarget };
  const rules = {
    polarity: facts.indicator.polarity,
    frequency: facts.indicator.frequency as 'monthly' | 'quarterly' | 'semester' | 'yearly',
    allowNegative: facts.indicator.allow_negative === 1,
  };
  const years = { start: facts.plan.start_year, end: facts.plan.end_year };
  return targetProblems([target], rules, years).map((p) => {
    const field = p.field.replace(/^targets\.0\./, '');
    return { field: field === 'year' || field === 'period' ? `body.${field}` : `body.newTarget.${field}`, message: p.message };
  });
}

function currentTarget(tx: RequestContext, indicatorId: string, year: number, period: string | null) {
  const query = tenantDb(tx)
    .selectFrom('indicator_targets')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year);
  return (period === null ? query.where('period', 'is', null) : query.where('period', '=', period)).executeTakeFirst();
}

/** Records a revision and replaces the target in one transaction (coordinator only); the capaian is recomputed. */
export async function reviseTarget(
  ctx: RequestContext,
  indicatorId: string,
  input: TargetRevisionInput,
): Promise<TargetRevisionView> {
  const facts = await indicatorFacts(ctx, indicatorId);
  enforceRealization(mayManageMeasurement(await currentPlanner(ctx)));
  enforce(mayChangePeriodContent(facts.plan.status));
  const problems = revisionProblems(facts, input);
  if (problems.length > 0) throw new ValidationError(problems);
  const next = ledgerTarget(input.newTarget);
  return inTransaction(ctx, async (tx) => {
    const old = await currentTarget(tx, indicatorId, input.year, input.period);
    const previous = old ? ledgerOfRow(old) : null;
    if (previous && JSON.stringify(previous) === JSON.stringify(next))
      throw new ValidationError([{ field: 'body.newTarget', message: 'performance.realizations.targetUnchanged' }]);
    const db = tenantDb(tx);
    const now = tx.platform.now().toISOString();
    const id = newId();
    await db
      .insertInto('target_revisions', {
        ...{ id, indicator_id: indicatorId, year: input.year, period: input.period },
        ...{ old_target: previous ? JSON.stringify(previous) : null, new_target: JSON.stringify(next) },
        ...{ reason: input.reason, decree_number: input.decreeNumber, approved_by_name: input.approvedByName },
        ...{ recorded_by: tx.actor.userId, recorded_at: now },
      })
      .execute();
    if (old) await db.deleteFrom('indicator_targets').where('id', '=', old.id).execute();
    await db
      .insertInto('indicator_targets', {
        ...{ id: newId(), indicator_id: indicatorId, year: input.year, period: input.period, kind: next.kind },
        ...{ value: next.value, min_value: next.min, max_value: next.max, text: next.text },
      })
      .execute();
    // A target editor open on the old set must reload (compare-and-set on the indicator's version).
    await db
      .updateTable('indicators')
      .set({ updated_at: now, version: sql<number>`version + 1` })
      .where('id', '=', indicatorId)
      .execute();
    await recomputeIndicatorYear(tx, indicatorId, input.year);
    await recordAudit(tx, 'performance.target.revised', {
      objectType: 'indicator',
      objectId: indicatorId,
      data: { revisionId: id, year: input.year, period: input.period, decreeNumber: input.decreeNumber },
    });
    const row = await db.selectFrom('target_revisions').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return revisionView(row);
  });
}

function revisionView(row: TargetRevisionsTable): TargetRevisionView {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    year: row.year,
    period: row.period,
    oldTarget: row.old_target ? (JSON.parse(row.old_target) as LedgerTargetView) : null,
    newTarget: JSON.parse(row.new_target) as LedgerTargetView,
    reason: row.reason,
    decreeNumber: row.decree_number,
    approvedByName: row.approved_by_name,
    recordedAt: row.recorded_at,
  };
}

/** The ledger of an indicator, newest first (anyone who may read plans). */
export async function listTargetRevisions(ctx: RequestContext, indicatorId: string): Promise<{ items: TargetRevisionView[] }> {
  await indicatorFacts(ctx, indicatorId);
  const rows = await tenantDb(ctx)
    .selectFrom('target_revisions')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .orderBy('recorded_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return { items: rows.map(revisionView) };
}
