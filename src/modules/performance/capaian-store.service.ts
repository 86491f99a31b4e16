/**
 * Stored capaian (`capaian_results`): recompute one indicator's year (called inside a caller's transaction, e.g.
 * after a realisasi is verified) or every indicator of a tenant's year. A recompute reads the year in four queries
 * (capaian-store.read.ts), computes in memory with the tenant's settings indicator by indicator, comparing each
 * indicator's rows with the stored digests at once (capaian-changes.ts), and writes only the rows whose digest changed
 * (multi-row upserts), deleting rows that no longer apply, all in one transaction. Every row records the engine
 * version and the hash of the settings that produced it.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';
import type { CapaianSettings } from './capaian/index.ts';
import { type RowChanges, recomputeChanges } from './capaian-changes.ts';
import { readRecomputeInputs } from './capaian-store.read.ts';
import type { RecomputeYearView } from './measurement-settings.contract.ts';
import { loadMeasurementSettings } from './measurement-settings.ts';

/** Stale rows per delete statement (two parameters each). */
const DELETE_BATCH = 250;

/** The columns an upsert rewrites when the row exists (its id stays). */
const REWRITTEN = [
  'state',
  'value',
  'raw',
  'band',
  'formula',
  'realisasi',
  'target_used',
  'reason',
  'detail',
  'engine_version',
  'settings_hash',
  'digest',
  'computed_at',
] as const;

/** The columns written, in the order of each row's values. */
const COLUMNS = ['id', 'indicator_id', 'year', 'period', ...REWRITTEN] as const;

/** The changed rows as tuples in the order of COLUMNS, made one at a time (so each dies young). */
function* rowsToWrite(changes: RowChanges, year: number, computedAt: string) {
  for (const { row, digest } of changes.upserts) {
    yield [
      newId(),
      row.indicator_id,
      year,
      row.period,
      row.state,
      row.value,
      row.raw,
      row.band,
      row.formula,
      row.realisasi,
      row.target_used,
      row.reason,
      row.detail,
      row.engine_version,
      row.settings_hash,
      digest,
      computedAt,
    ] as const;
  }
}

/**
 * Writes the changes of one year: upserts on (tenant, indicator, year, period), where an update keeps the stored
 * row's id (the id given is used only by an insert), and batched deletes by key.
 */
export async function writeRowChanges(ctx: RequestContext, year: number, changes: RowChanges): Promise<void> {
  const db = tenantDb(ctx);
  const rows = rowsToWrite(changes, year, ctx.platform.now().toISOString());
  await db.upsertRows('capaian_results', COLUMNS, rows, { key: ['indicator_id', 'year', 'period'], update: REWRITTEN });
  for (let at = 0; at < changes.deletes.length; at += DELETE_BATCH) {
    const keys = changes.deletes.slice(at, at + DELETE_BATCH);
    await db
      .deleteFrom('capaian_results')
      .where('year', '=', year)
      .where((eb) => eb.or(keys.map((key) => eb.and([eb('indicator_id', '=', key.indicator_id), eb('period', '=', key.period)]))))
      .execute();
  }
}

/** The counts of a recompute. */
function summaryOf(year: number, changes: RowChanges): RecomputeYearView {
  const inserted = changes.upserts.filter((row) => row.isNew).length;
  const updated = changes.upserts.length - inserted;
  return {
    year,
    indicators: changes.indicators,
    results: changes.results,
    inserted,
    updated,
    deleted: changes.deletes.length,
    unchanged: changes.unchanged,
    changed: changes.upserts.length + changes.deletes.length,
  };
}

/** Read, compute, write for one year (inside the caller's transaction when there is one). */
async function recompute(
  ctx: RequestContext,
  year: number,
  indicatorId: string | undefined,
  settings?: CapaianSettings,
): Promise<RecomputeYearView> {
  return inTransaction(ctx, async (tx) => {
    const chosen = settings ?? (await loadMeasurementSettings(tx)).capaian;
    const inputs = await readRecomputeInputs(tx, year, indicatorId);
    const changes = recomputeChanges(inputs, inputs.existing, chosen);
    await writeRowChanges(tx, year, changes);
    return summaryOf(year, changes);
  });
}

/**
 * Recomputes the stored capaian of one indicator for a year. Joins the caller's transaction when `ctx` is bound to
 * one (e.g. the verification of a realisasi); the caller has already found the indicator through tenantDb.
 */
export function recomputeIndicatorYear(ctx: RequestContext, indicatorId: string, year: number): Promise<RecomputeYearView> {
  return recompute(ctx, year, indicatorId);
}

/**
 * Recomputes an indicator's stored capaian for every year it has targets, verified realisasi or stored results, and
 * for `alsoYears` (years whose targets were just removed); used when its targets or manual change.
 */
export async function recomputeIndicatorYears(ctx: RequestContext, indicatorId: string, alsoYears: readonly number[] = []) {
  const db = tenantDb(ctx);
  const yearsOf = (table: 'indicator_targets' | 'indicator_realizations' | 'capaian_results') =>
    db.selectFrom(table).select('year').distinct().where('indicator_id', '=', indicatorId).execute();
  const found = await Promise.all([yearsOf('indicator_targets'), yearsOf('indicator_realizations'), yearsOf('capaian_results')]);
  const years = new Set([...alsoYears, ...found.flat().map((row) => row.year)]);
  for (const year of [...years].sort()) await recompute(ctx, year, indicatorId);
}

/** Recomputes every stored capaian of the tenant's year; `settings` overrides the stored ones (a save in progress). */
export function recomputeTenantYear(ctx: RequestContext, year: number, settings?: CapaianSettings): Promise<RecomputeYearView> {
  return recompute(ctx, year, undefined, settings);
}
