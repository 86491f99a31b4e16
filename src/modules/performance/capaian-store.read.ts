/**
 * What a recompute reads: a year's indicators, their targets and verified realisasi grouped by indicator, and the
 * digests of the rows stored so far, in four queries. On SQLite the three grouped reads are one JSON aggregate per
 * indicator (db/json-aggregates.ts): better-sqlite3 turning 24,000 realisasi and 26,000 stored digests into
 * JavaScript objects row by row was most of the read (40–60 against ~21 ms for the realisasi). On PostgreSQL the pg
 * driver reads the plain target and realisasi rows faster than json_agg builds and parses them (36–38 against 63–69
 * ms), so they are grouped here; the stored digests come as one `json_object_agg` per indicator on both (on
 * PostgreSQL the recompute then took 150–152 against 158–176 ms, alternating in one process).
 */
import { jsonMapAgg, jsonRowsAgg, parsedJson } from '../../db/json-aggregates.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { StoredDigests } from './capaian-changes.ts';
import { groupByIndicator, type RealizationFields, type TargetFields } from './capaian-inputs.ts';
import type { GroupedYearInputs } from './capaian-rows.ts';

/** What a recompute reads: the engine inputs and the digests of the rows stored so far. */
export interface RecomputeInputs extends GroupedYearInputs {
  readonly existing: StoredDigests;
}

/** The year read, and the one indicator when a recompute concerns only it. */
interface Scope {
  readonly year: number;
  readonly indicatorId: string | undefined;
}

const TARGET_COLUMNS = ['period', 'kind', 'value', 'min_value', 'max_value', 'text'] as const;
const REALIZATION_COLUMNS = ['period', 'value', 'numerator', 'denominator', 'manual_capaian'] as const;

/** Rows of one JSON aggregate per indicator, parsed into a map by indicator id. */
function byIndicator<T>(rows: readonly { indicator_id: string; json: unknown }[]): Map<string, T> {
  return new Map(rows.map((row) => [row.indicator_id, parsedJson<T>(row.json)]));
}

/** The year's targets by indicator. */
async function readTargets(ctx: RequestContext, scope: Scope): Promise<ReadonlyMap<string, readonly TargetFields[]>> {
  const query = tenantDb(ctx)
    .selectFrom('indicator_targets')
    .where('year', '=', scope.year)
    .$if(scope.indicatorId !== undefined, (q) => q.where('indicator_id', '=', scope.indicatorId as string));
  if (ctx.db.dialect === 'postgres') return groupByIndicator(await query.select(['indicator_id', ...TARGET_COLUMNS]).execute());
  const grouped = query.select(['indicator_id', jsonRowsAgg(ctx.db.dialect, TARGET_COLUMNS).as('json')]).groupBy('indicator_id');
  return byIndicator<TargetFields[]>(await grouped.execute());
}

/** The verified realisasi of the year (of one indicator when the scope names it), before the columns are chosen. */
export function verifiedOfYearQuery(ctx: RequestContext, year: number, indicatorId?: string) {
  return tenantDb(ctx)
    .selectFrom('indicator_realizations')
    .where('year', '=', year)
    .where('status', '=', 'verified')
    .$if(indicatorId !== undefined, (q) => q.where('indicator_id', '=', indicatorId as string));
}

/** The year's verified realisasi by indicator. */
async function readVerified(ctx: RequestContext, scope: Scope): Promise<ReadonlyMap<string, readonly RealizationFields[]>> {
  const query = verifiedOfYearQuery(ctx, scope.year, scope.indicatorId);
  if (ctx.db.dialect === 'postgres')
    return groupByIndicator(await query.select(['indicator_id', ...REALIZATION_COLUMNS]).execute());
  const grouped = query
    .select(['indicator_id', jsonRowsAgg(ctx.db.dialect, REALIZATION_COLUMNS).as('json')])
    .groupBy('indicator_id');
  return byIndicator<RealizationFields[]>(await grouped.execute());
}

/** Every verified realisasi of a year by indicator, read as a recompute reads them (also the regency dashboard's). */
export function readVerifiedOfYear(
  ctx: RequestContext,
  year: number,
): Promise<ReadonlyMap<string, readonly RealizationFields[]>> {
  return readVerified(ctx, { year, indicatorId: undefined });
}

/** The digests of the year's stored rows by indicator, then period. */
async function readStoredDigests(ctx: RequestContext, scope: Scope): Promise<StoredDigests> {
  const query = tenantDb(ctx)
    .selectFrom('capaian_results')
    .where('year', '=', scope.year)
    .$if(scope.indicatorId !== undefined, (q) => q.where('indicator_id', '=', scope.indicatorId as string));
  const grouped = query
    .select(['indicator_id', jsonMapAgg(ctx.db.dialect, 'period', 'digest').as('json')])
    .groupBy('indicator_id');
  return byIndicator<Record<string, string>>(await grouped.execute());
}

/** The indicators a year concerns: with a target, a verified realisasi or a stored capaian in that year. */
function readIndicators(ctx: RequestContext, scope: Scope) {
  const db = tenantDb(ctx);
  const query = db.selectFrom('indicators').select(['id', 'polarity', 'aggregation', 'frequency', 'allow_negative']);
  if (scope.indicatorId !== undefined) return query.where('id', '=', scope.indicatorId).execute();
  const { year } = scope;
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

/** Reads everything a recompute of `year` needs (one indicator when `indicatorId` is given). */
export async function readRecomputeInputs(ctx: RequestContext, year: number, indicatorId?: string): Promise<RecomputeInputs> {
  const scope: Scope = { year, indicatorId };
  const targets = await readTargets(ctx, scope);
  const verified = await readVerified(ctx, scope);
  const existing = await readStoredDigests(ctx, scope);
  return { indicators: await readIndicators(ctx, scope), targets, verified, existing };
}
