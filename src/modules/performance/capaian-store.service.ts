/**
 * Stored capaian (`capaian_results`): recompute one indicator's year (called inside a caller's transaction, e.g.
 * after a realisasi is verified) or every indicator of a tenant's year. A recompute reads the year in a few queries,
 * computes in memory with the tenant's settings, and writes only the rows whose digest changed (multi-row upserts),
 * deleting rows that no longer apply, all in one transaction. Every row records the engine version and the hash of
 * the settings that produced it.
 */
import { inTransaction } from '../../db/executor.ts';
import { jsonMapAgg, jsonRowsAgg, parsedJson } from '../../db/json-aggregates.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';
import type { CapaianSettings } from './capaian/index.ts';
import type { RealizationFields, TargetFields } from './capaian-inputs.ts';
import {
  type CapaianRowValues,
  computeGroupedYearRows,
  diffRows,
  type GroupedYearInputs,
  type RowChanges,
  type StoredDigests,
} from './capaian-rows.ts';
import type { RecomputeYearView } from './measurement-settings.contract.ts';
import { loadMeasurementSettings } from './measurement-settings.ts';

/** What a recompute reads: the engine inputs and the digests of the rows stored so far. */
export interface RecomputeInputs extends GroupedYearInputs {
  readonly existing: StoredDigests;
}

/** Rows per multi-row statement (18 columns: ~9,000 parameters, within SQLite's and PostgreSQL's limits). */
const BATCH = 500;

/** Stale rows per delete statement (two parameters each). */
const DELETE_BATCH = 250;

const TARGET_COLUMNS = ['period', 'kind', 'value', 'min_value', 'max_value', 'text'] as const;
const REALIZATION_COLUMNS = ['period', 'value', 'numerator', 'denominator', 'manual_capaian'] as const;

/** Rows of one JSON aggregate per indicator, parsed into a map by indicator id. */
function byIndicator<T>(rows: readonly { indicator_id: string; json: unknown }[]): Map<string, T> {
  return new Map(rows.map((row) => [row.indicator_id, parsedJson<T>(row.json)]));
}

/**
 * Reads everything a recompute of `year` needs (one indicator when `indicatorId` is given), in four queries. Targets,
 * verified realisasi and stored digests come as one JSON aggregate per indicator (db/json-aggregates.ts): a
 * regency's 26,000 stored rows and 24,000 realisasi turned into JavaScript objects one by one took most of the read.
 */
export async function readRecomputeInputs(ctx: RequestContext, year: number, indicatorId?: string): Promise<RecomputeInputs> {
  const db = tenantDb(ctx);
  const dialect = ctx.db.dialect;
  const single = indicatorId !== undefined;
  const targets = await db
    .selectFrom('indicator_targets')
    .select(['indicator_id', jsonRowsAgg(dialect, TARGET_COLUMNS).as('json')])
    .where('year', '=', year)
    .$if(single, (q) => q.where('indicator_id', '=', indicatorId as string))
    .groupBy('indicator_id')
    .execute();
  const verified = await db
    .selectFrom('indicator_realizations')
    .select(['indicator_id', jsonRowsAgg(dialect, REALIZATION_COLUMNS).as('json')])
    .where('year', '=', year)
    .where('status', '=', 'verified')
    .$if(single, (q) => q.where('indicator_id', '=', indicatorId as string))
    .groupBy('indicator_id')
    .execute();
  const existing = await db
    .selectFrom('capaian_results')
    .select(['indicator_id', jsonMapAgg(dialect, 'period', 'digest').as('json')])
    .where('year', '=', year)
    .$if(single, (q) => q.where('indicator_id', '=', indicatorId as string))
    .groupBy('indicator_id')
    .execute();
  return {
    indicators: await readIndicators(ctx, year, indicatorId),
    targets: byIndicator<TargetFields[]>(targets),
    verified: byIndicator<RealizationFields[]>(verified),
    existing: byIndicator<Record<string, string>>(existing),
  };
}

/** The indicators a year concerns: with a target, a verified realisasi or a stored capaian in that year. */
function readIndicators(ctx: RequestContext, year: number, indicatorId?: string) {
  const db = tenantDb(ctx);
  const query = db.selectFrom('indicators').select(['id', 'polarity', 'aggregation', 'frequency', 'allow_negative']);
  if (indicatorId !== undefined) return query.where('id', '=', indicatorId).execute();
  return query
    .where((eb) =>
      eb.or([
        eb('id', 'in', db.selectFrom('indicator_targets').select('indicator_id').where('year', '=', year)),
        eb(
          'id',
          'in',
          db
            .selectFrom('indicator_realizations')
            .select('indicator_id')
            .where('year', '=', year)
            .where('status', '=', 'verified'),
        ),
        eb('id', 'in', db.selectFrom('capaian_results').select('indicator_id').where('year', '=', year)),
      ]),
    )
    .orderBy('id')
    .execute();
}

/**
 * Writes the changes of one year: batched multi-row upserts on (tenant, indicator, year, period), where an update
 * keeps the stored row's id (the id given is used only by an insert), and batched deletes by key.
 */
export async function writeRowChanges(ctx: RequestContext, year: number, changes: RowChanges): Promise<void> {
  const db = tenantDb(ctx);
  const computedAt = ctx.platform.now().toISOString();
  for (let at = 0; at < changes.upserts.length; at += BATCH) {
    const rows = changes.upserts
      .slice(at, at + BATCH)
      .map(({ row, digest }) => ({ ...row, digest, id: newId(), year, computed_at: computedAt }));
    await db
      .insertInto('capaian_results', rows)
      .onConflict((oc) =>
        oc.columns(['tenant_id', 'indicator_id', 'year', 'period']).doUpdateSet((eb) => ({
          state: eb.ref('excluded.state'),
          value: eb.ref('excluded.value'),
          raw: eb.ref('excluded.raw'),
          band: eb.ref('excluded.band'),
          formula: eb.ref('excluded.formula'),
          realisasi: eb.ref('excluded.realisasi'),
          target_used: eb.ref('excluded.target_used'),
          reason: eb.ref('excluded.reason'),
          detail: eb.ref('excluded.detail'),
          engine_version: eb.ref('excluded.engine_version'),
          settings_hash: eb.ref('excluded.settings_hash'),
          digest: eb.ref('excluded.digest'),
          computed_at: eb.ref('excluded.computed_at'),
        })),
      )
      .execute();
  }
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
function summaryOf(year: number, next: readonly CapaianRowValues[], changes: RowChanges): RecomputeYearView {
  const inserted = changes.upserts.filter((row) => row.isNew).length;
  const updated = changes.upserts.length - inserted;
  return {
    year,
    indicators: new Set(next.map((row) => row.indicator_id)).size,
    results: next.length,
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
    const next = computeGroupedYearRows(inputs, chosen);
    const changes = diffRows(inputs.existing, next);
    await writeRowChanges(tx, year, changes);
    return summaryOf(year, next, changes);
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
