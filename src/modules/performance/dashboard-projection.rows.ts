/**
 * What the dashboards' early-warning projections read: the verified realisasi and annual targets of a year for a
 * set of indicators (an OPD's forty, or every indicator of the regency), always through tenantDb.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { CapaianTarget, PeriodRealisasi } from './capaian/index.ts';
import { groupByIndicator } from './capaian-inputs.ts';
import { readVerifiedOfYear, verifiedOfYearQuery } from './capaian-store.read.ts';

/**
 * Beyond this many ids a read takes the whole year and keeps the asked ids in memory: SQLite checks every row of the
 * year against a long IN list (2,000 ids over 24,000 realisasi: 40 ms against 11 ms for the year alone in the sqlite3
 * shell), and Kysely compiles a parameter per id.
 */
const IN_LIST_LIMIT = 200;

/** The rows of the asked indicators: an IN list for a few ids, else the whole year's rows kept by id here. */
async function ofIndicators<Row extends { indicator_id: string }>(
  indicatorIds: readonly string[],
  read: (ids: readonly string[] | null) => Promise<Row[]>,
): Promise<Row[]> {
  if (indicatorIds.length <= IN_LIST_LIMIT) return read(indicatorIds);
  const asked = new Set(indicatorIds);
  return (await read(null)).filter((row) => asked.has(row.indicator_id));
}

/** The verified realisasi of the year of a few indicators (seeks on indicator_realizations_year_idx). */
export function verifiedOfIndicatorsQuery(ctx: RequestContext, year: number, indicatorIds: readonly string[]) {
  return verifiedOfYearQuery(ctx, year)
    .select(['indicator_id', 'period', 'value', 'numerator', 'denominator'])
    .where('indicator_id', 'in', [...indicatorIds]);
}

/** Verified realisasi of the year by indicator, keyed by period (many ids: the year read as a recompute reads it). */
export async function verifiedRealisasi(
  ctx: RequestContext,
  year: number,
  indicatorIds: readonly string[],
): Promise<Map<string, Map<string, Omit<PeriodRealisasi, 'period'>>>> {
  if (indicatorIds.length === 0) return new Map();
  const grouped =
    indicatorIds.length > IN_LIST_LIMIT
      ? await readVerifiedOfYear(ctx, year)
      : groupByIndicator(await verifiedOfIndicatorsQuery(ctx, year, indicatorIds).execute());
  const byIndicator = new Map<string, Map<string, Omit<PeriodRealisasi, 'period'>>>();
  for (const id of indicatorIds) {
    const rows = grouped.get(id);
    if (rows)
      byIndicator.set(
        id,
        new Map(rows.map(({ period, value, numerator, denominator }) => [period, { value, numerator, denominator }])),
      );
  }
  return byIndicator;
}

/** A stored target row as the engine's target; null when its values are missing. */
export function targetOf(row: {
  kind: string;
  value: string | null;
  min_value: string | null;
  max_value: string | null;
  text: string | null;
}): CapaianTarget | null {
  if (row.kind === 'range')
    return row.min_value && row.max_value ? { kind: 'range', min: row.min_value, max: row.max_value } : null;
  if (row.kind === 'text') return { kind: 'text', text: row.text ?? undefined };
  return row.value ? { kind: 'number', value: row.value } : null;
}

/** Annual targets (period null) of the year by indicator. */
export async function annualTargets(
  ctx: RequestContext,
  year: number,
  indicatorIds: readonly string[],
): Promise<Map<string, CapaianTarget>> {
  if (indicatorIds.length === 0) return new Map();
  const rows = await ofIndicators(indicatorIds, (ids) => {
    const query = tenantDb(ctx)
      .selectFrom('indicator_targets')
      .select(['indicator_id', 'kind', 'value', 'min_value', 'max_value', 'text'])
      .where('year', '=', year)
      .where('period', 'is', null);
    return (ids ? query.where('indicator_id', 'in', [...ids]) : query).execute();
  });
  return new Map(rows.flatMap((row) => (targetOf(row) ? [[row.indicator_id, targetOf(row) as CapaianTarget]] : [])));
}
