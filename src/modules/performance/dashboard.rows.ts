/**
 * Set-based reads of the e-SAKIP dashboards, always through tenantDb: the indicators of a year with their OPD,
 * their stored capaian and budget lines (the projections' realisasi and targets: dashboard-projection.rows.ts). One
 * statement per kind of row, never one per indicator.
 */
import { sql } from 'kysely';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { type OpdUnit, opdOfUnit, opdUnits } from '../organization/index.ts';
import { BUDGET_MONTH_COLUMNS } from './budget-months.ts';
import type { BudgetAmounts, StoredResult } from './dashboard.calc.ts';

/** An indicator of the year, with the OPD it counts for (null: neither an OPD node nor a responsible unit). */
export interface YearIndicator {
  readonly id: string;
  readonly code: string | null;
  readonly name: string;
  readonly isIku: boolean;
  readonly unitOfMeasure: string;
  readonly polarity: string;
  readonly aggregation: string;
  readonly frequency: string;
  readonly allowNegative: boolean;
  readonly sortOrder: number;
  readonly opdId: string | null;
}

/** A budget line of the year with the OPD it belongs to. */
export interface YearBudgetLine extends BudgetAmounts {
  readonly id: string;
  readonly opdId: string | null;
}

/** The OPDs of the tenant and a memoised unit → OPD resolver (OPD units answer at once, others walk up). */
export async function opdDirectory(ctx: RequestContext) {
  const opds = await opdUnits(ctx);
  const known = new Map<string, Promise<string | null>>(opds.map((opd) => [opd.id, Promise.resolve(opd.id)]));
  const resolve = (unitId: string | null): Promise<string | null> => {
    if (unitId === null) return Promise.resolve(null);
    const found = known.get(unitId) ?? opdOfUnit(ctx, unitId);
    known.set(unitId, found);
    return found;
  };
  return { opds: opds as readonly OpdUnit[], resolve };
}

type Resolve = Awaited<ReturnType<typeof opdDirectory>>['resolve'];

/** The OPD of each distinct unit id (null ids resolve to null). */
async function resolveAll(unitIds: readonly (string | null)[], resolve: Resolve): Promise<Map<string | null, string | null>> {
  const distinct = [...new Set(unitIds)];
  const opds = await Promise.all(distinct.map((id) => resolve(id)));
  return new Map(distinct.map((id, index) => [id, opds[index] ?? null]));
}

const MONTHS = BUDGET_MONTH_COLUMNS;

/**
 * Indicators counted in a year: those of nodes of a plan period covering the year (Renja nodes only in their own
 * year). With `unitId`, only those of the OPD's nodes or with a responsible unit (narrowed after resolving).
 */
export async function indicatorsOfYear(
  ctx: RequestContext,
  year: number,
  resolve: Resolve,
  unitId?: string,
): Promise<YearIndicator[]> {
  let query = tenantDb(ctx)
    .selectFrom('indicators')
    .innerJoin('plan_nodes', (j) =>
      j.onRef('plan_nodes.tenant_id', '=', 'indicators.tenant_id').onRef('plan_nodes.id', '=', 'indicators.node_id'),
    )
    .innerJoin('plan_periods', (j) =>
      j.onRef('plan_periods.tenant_id', '=', 'plan_nodes.tenant_id').onRef('plan_periods.id', '=', 'plan_nodes.period_id'),
    )
    .select([
      'indicators.id',
      'indicators.code',
      'indicators.name',
      'indicators.is_iku',
      'indicators.unit_of_measure',
      'indicators.polarity',
      'indicators.aggregation',
      'indicators.frequency',
      'indicators.allow_negative',
      'indicators.responsible_unit_id',
      'indicators.sort_order',
      'plan_nodes.unit_id',
    ])
    .where('plan_periods.start_year', '<=', year)
    .where('plan_periods.end_year', '>=', year)
    .where((eb) => eb.or([eb('plan_nodes.year', 'is', null), eb('plan_nodes.year', '=', year)]));
  if (unitId)
    query = query.where((eb) =>
      eb.or([
        eb('plan_nodes.unit_id', '=', unitId),
        eb.and([eb('plan_nodes.unit_id', 'is', null), eb('indicators.responsible_unit_id', 'is not', null)]),
      ]),
    );
  const rows = await query.execute();
  const opdOf = await resolveAll(
    rows.flatMap((row) => (row.unit_id ? [] : [row.responsible_unit_id])),
    resolve,
  );
  const all = rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    isIku: row.is_iku === 1,
    unitOfMeasure: row.unit_of_measure,
    polarity: row.polarity,
    aggregation: row.aggregation,
    frequency: row.frequency,
    allowNegative: row.allow_negative === 1,
    sortOrder: row.sort_order,
    opdId: row.unit_id ?? opdOf.get(row.responsible_unit_id) ?? null,
  }));
  return unitId ? all.filter((indicator) => indicator.opdId === unitId) : all;
}

/** Groups rows by a key. */
function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}

/** Stored capaian of the year by indicator (every indicator of the tenant, or only `indicatorIds`). */
export async function storedResultsOfYear(
  ctx: RequestContext,
  year: number,
  indicatorIds?: readonly string[],
): Promise<Map<string, StoredResult[]>> {
  if (indicatorIds?.length === 0) return new Map();
  let query = tenantDb(ctx)
    .selectFrom('capaian_results')
    .select(['indicator_id', 'period', 'state', 'value', 'band', 'reason'])
    .where('year', '=', year);
  if (indicatorIds) query = query.where('indicator_id', 'in', [...indicatorIds]);
  return groupBy(await query.execute(), (row) => row.indicator_id);
}

/**
 * The chronological rank of a stored period in SQL, the same as dashboard.calc.ts periodRank (end month × 4, then
 * M 0, S 1, Q 2, Y 3), plus 200 for a computed row and 100 for one that is not: always three digits, so the text
 * key below sorts like the number in every collation.
 */
const SHOWN_RANK = sql<string>`CAST((CASE WHEN capaian_results.period = 'Y' THEN 51
  WHEN capaian_results.period LIKE 'Q%' THEN CAST(SUBSTR(capaian_results.period, 2) AS INTEGER) * 12 + 2
  WHEN capaian_results.period LIKE 'S%' THEN CAST(SUBSTR(capaian_results.period, 2) AS INTEGER) * 24 + 1
  ELSE CAST(SUBSTR(capaian_results.period, 2) AS INTEGER) * 4 END)
  + (CASE WHEN capaian_results.state = 'computed' AND capaian_results.value IS NOT NULL THEN 200 ELSE 100 END) AS TEXT)`;

/** The highest-ranked row of each indicator packed into one text: rank|period|state|value|reason|band (band last). */
const SHOWN_KEY = sql<string>`MAX(${SHOWN_RANK} || '|' || capaian_results.period || '|' || capaian_results.state || '|'
  || COALESCE(capaian_results.value, '') || '|' || COALESCE(capaian_results.reason, '') || '|' || COALESCE(capaian_results.band, ''))`;

/** Unpacks a SHOWN_KEY text. */
function unpackShown(key: string): StoredResult {
  const [, period = '', state, value = '', reason = '', ...band] = key.split('|');
  const computed = state === 'computed';
  return {
    period,
    state: computed ? 'computed' : 'not_computable',
    value: value === '' ? null : value,
    reason: reason === '' ? null : reason,
    band: band.length === 0 || band.join('|') === '' ? null : band.join('|'),
  };
}

/**
 * The shown capaian of every indicator of the tenant in the year (the rule of pickShownResult, done by the database
 * with one grouped statement, so the regency view reads one row per indicator instead of every period's row).
 */
export async function shownResultsOfYear(ctx: RequestContext, year: number): Promise<Map<string, StoredResult>> {
  const rows = await tenantDb(ctx)
    .selectFrom('capaian_results')
    .select(['capaian_results.indicator_id', SHOWN_KEY.as('shown')])
    .where('capaian_results.year', '=', year)
    .groupBy('capaian_results.indicator_id')
    .execute();
  return new Map(rows.map((row) => [row.indicator_id, unpackShown(row.shown)]));
}

/** Every budget line of the year with its OPD. */
export async function budgetLinesOfYear(ctx: RequestContext, year: number, resolve: Resolve): Promise<YearBudgetLine[]> {
  const rows = await tenantDb(ctx)
    .selectFrom('budget_lines')
    .select(['id', 'unit_id', 'pagu', ...MONTHS])
    .where('year', '=', year)
    .execute();
  const opdOf = await resolveAll(
    rows.map((row) => row.unit_id),
    resolve,
  );
  return rows.map((row) => ({
    id: row.id,
    opdId: opdOf.get(row.unit_id) ?? null,
    pagu: row.pagu,
    months: MONTHS.map((column) => row[column]),
  }));
}

/** Budget lines of the year tagged to the indicators, by indicator. */
export async function taggedLines(
  ctx: RequestContext,
  year: number,
  indicatorIds: readonly string[],
): Promise<Map<string, BudgetAmounts[]>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('budget_indicator_tags')
    .innerJoin('budget_lines', (j) =>
      j
        .onRef('budget_lines.tenant_id', '=', 'budget_indicator_tags.tenant_id')
        .onRef('budget_lines.id', '=', 'budget_indicator_tags.budget_line_id'),
    )
    .select(['budget_indicator_tags.indicator_id', 'budget_lines.pagu', ...MONTHS.map((m) => `budget_lines.${m}` as const)])
    .where('budget_lines.year', '=', year)
    .where('budget_indicator_tags.indicator_id', 'in', [...indicatorIds])
    .execute();
  const byIndicator = groupBy(rows, (row) => row.indicator_id);
  return new Map(
    [...byIndicator].map(([id, lines]) => [id, lines.map((line) => ({ pagu: line.pagu, months: MONTHS.map((m) => line[m]) }))]),
  );
}
