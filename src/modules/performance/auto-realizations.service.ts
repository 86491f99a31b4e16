/**
 * Automatic realisasi: for an indicator with an `auto_source`, computes each due period's value from e-Office and
 * stores it as a submitted realisasi (source `eoffice`) that a person still verifies. One transaction per indicator;
 * a person's entry or a verified value is never overwritten, and a rerun with the same data changes nothing.
 */
import { sql } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { dispositionMeasures } from '../correspondence/index.ts';
import { tenantTimeZoneOf } from '../organization/index.ts';
import { type AutoPeriod, autoWriteOf, periodsToCompute } from './auto-realization-rules.ts';
import type { AutoRealizationRunView } from './auto-sources.contract.ts';
import { type AutoSource, autoSourceOf } from './auto-sources.ts';
import { enforce, mayChangePeriodContent, mayEditNode } from './performance.policy.ts';
import { type IndicatorRow, loadIndicator, loadNode, loadPeriod } from './performance.repository.ts';
import { currentPlanner } from './planner.ts';

type RunPeriod = AutoRealizationRunView['periods'][number];

/** Today (YYYY-MM-DD) in the tenant's time zone. */
async function tenantToday(ctx: RequestContext): Promise<string> {
  const timeZone = await tenantTimeZoneOf(ctx, ctx.tenantId);
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(ctx.platform.now());
}

/** The source of an indicator: 409 when it has none, or names one the catalogue no longer has. */
function sourceOf(row: IndicatorRow): AutoSource {
  if (row.auto_source === null) throw new ConflictError('performance.auto.noSource');
  const source = autoSourceOf(row.auto_source);
  if (!source) throw new ConflictError('performance.auto.retiredSource');
  return source;
}

/** The periods due today that lie within the plan period's years, with their computed values. */
async function computedPeriods(
  ctx: RequestContext,
  input: { source: AutoSource; unitId: string | null; frequency: string; years: { start: number; end: number } },
): Promise<(AutoPeriod & { value: string | null })[]> {
  const due = periodsToCompute(await tenantToday(ctx), input.frequency).filter(
    (p) => p.year >= input.years.start && p.year <= input.years.end,
  );
  const out = [];
  for (const p of due) {
    const measures = await dispositionMeasures(ctx, { unitId: input.unitId, from: p.from, to: p.to });
    out.push({ ...p, value: input.source.valueOf(measures) });
  }
  return out;
}

/** Writes one period's row as the rule allows (inside the caller's transaction); returns what was done. */
async function writePeriod(tx: RequestContext, indicatorId: string, p: AutoPeriod & { value: string | null }) {
  const db = tenantDb(tx);
  const existing = await db
    .selectFrom('indicator_realizations')
    .select(['id', 'source', 'status', 'value', 'version'])
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', p.year)
    .where('period', '=', p.period)
    .executeTakeFirst();
  const outcome = autoWriteOf(existing, p.value);
  const now = tx.platform.now().toISOString();
  const who = tx.actor.userId;
  if (outcome === 'created') {
    const empty = { numerator: null, denominator: null, manual_capaian: null, obstacles: null, remedies: null };
    await db
      .insertInto('indicator_realizations', {
        ...{ id: newId(), indicator_id: indicatorId, year: p.year, period: p.period, value: p.value, ...empty },
        ...{ source: 'eoffice', status: 'submitted', review_note: null, entered_by: who, submitted_by: who },
        ...{ submitted_at: now, reviewed_by: null, reviewed_at: null, created_at: now, updated_at: now },
      })
      .execute();
  } else if (outcome === 'updated' && existing) {
    await db
      .updateTable('indicator_realizations')
      .set({ value: p.value, status: 'submitted', submitted_by: who, submitted_at: now, updated_at: now })
      .set({ version: sql<number>`version + 1` })
      .where('id', '=', existing.id)
      .where('version', '=', existing.version)
      .execute();
  }
  return outcome;
}

/** Computes and stores the due periods of one indicator in one transaction (no authority check: callers decide). */
async function computeFor(ctx: RequestContext, row: IndicatorRow): Promise<AutoRealizationRunView> {
  const source = sourceOf(row);
  const node = await loadNode(ctx, row.node_id);
  const period = await loadPeriod(ctx, node.period_id);
  // The indicator's responsible unit, else its node's unit; a regency-level node without one measures the tenant.
  const unitId = row.responsible_unit_id ?? node.unit_id;
  const years = { start: period.start_year, end: period.end_year };
  const computed = await computedPeriods(ctx, { source, unitId, frequency: row.frequency, years });
  const periods: RunPeriod[] = await inTransaction(ctx, async (tx) => {
    const done: RunPeriod[] = [];
    for (const p of computed) done.push({ ...p, outcome: await writePeriod(tx, row.id, p) });
    const written = done.filter((p) => p.outcome === 'created' || p.outcome === 'updated');
    if (written.length > 0)
      await recordAudit(tx, 'performance.realizations.auto', {
        objectType: 'indicator',
        objectId: row.id,
        data: {
          source: source.key,
          written: written.map(({ year, period, value, outcome }) => ({ year, period, value, outcome })),
        },
      });
    return done;
  });
  return { indicatorId: row.id, source: source.key, unitId, periods };
}

/** Runs one indicator on request: 404 for another tenant's id, then planner of its OPD or coordinator, open period. */
export async function runAutoRealizations(ctx: RequestContext, indicatorId: string): Promise<AutoRealizationRunView> {
  const row = await loadIndicator(ctx, indicatorId);
  const node = await loadNode(ctx, row.node_id);
  // SECURITY: the same rule as editing the indicator (performance.policy.ts), after the tenant-scoped lookup.
  enforce(mayEditNode(await currentPlanner(ctx), node.unit_id));
  enforce(mayChangePeriodContent((await loadPeriod(ctx, node.period_id)).status));
  return computeFor(ctx, row);
}

/** What a tenant's run did: indicators computed, rows written, and indicators that failed (with why). */
export interface TenantAutoRun {
  readonly indicators: number;
  readonly written: number;
  readonly failed: readonly { readonly indicatorId: string; readonly error: string }[];
}

/** Every indicator of the context's tenant with an automatic source, in a period not closed; one failure stops none. */
export async function runTenantAutoRealizations(ctx: RequestContext): Promise<TenantAutoRun> {
  const rows = await tenantDb(ctx)
    .selectFrom('indicators')
    .innerJoin('plan_nodes', (j) =>
      j.onRef('plan_nodes.tenant_id', '=', 'indicators.tenant_id').onRef('plan_nodes.id', '=', 'indicators.node_id'),
    )
    .innerJoin('plan_periods', (j) =>
      j.onRef('plan_periods.tenant_id', '=', 'plan_nodes.tenant_id').onRef('plan_periods.id', '=', 'plan_nodes.period_id'),
    )
    .selectAll('indicators')
    .where('indicators.auto_source', 'is not', null)
    .where('plan_periods.status', '!=', 'closed')
    .orderBy('indicators.id')
    .execute();
  let written = 0;
  const failed: { indicatorId: string; error: string }[] = [];
  for (const row of rows) {
    try {
      const run = await computeFor(ctx, row);
      written += run.periods.filter((p) => p.outcome === 'created' || p.outcome === 'updated').length;
    } catch (error) {
      failed.push({ indicatorId: row.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { indicators: rows.length, written, failed };
}
