/**
 * Writing one desa-year's indicator scores and its stored IDM in the caller's transaction: the scores are checked
 * against the catalogue, the indices recomputed by the pure engine, and both tables written together.
 */
import { createHash } from 'node:crypto';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem } from '../../shared/errors.ts';
import { computeIdm, DEFAULT_IDM_STATUSES, type IdmStatusSettings } from './idm/index.ts';
import { engineScores, IDM_INDICATORS, idmIndicator } from './idm-catalogue.ts';

/** Version of the IDM formula stored with every result (bump when idm.ts changes its arithmetic). */
export const IDM_ENGINE_VERSION = 'idm-permendes-2-2016.1';

/** The tenant's status thresholds. No settings route yet: every tenant uses the Permendes defaults. */
export function idmStatusSettings(): IdmStatusSettings {
  return DEFAULT_IDM_STATUSES;
}

/** A short hash of the status settings, stored with each result so a later change is visible. */
export function settingsHash(settings: IdmStatusSettings): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 16);
}

/** Scores keyed by indicator code. */
export type IdmScoreMap = Readonly<Record<string, number>>;

/** Problems of a full score set: codes outside the catalogue, and catalogue indicators without a score. */
export function scoreSetProblems(scores: IdmScoreMap, field = 'scores'): FieldProblem[] {
  const unknown = Object.keys(scores)
    .filter((code) => !idmIndicator(code))
    .map((code) => ({ field: `${field}.${code}`, message: 'villages.idm.unknownIndicator', params: { code } }));
  const missing = IDM_INDICATORS.filter((i) => !Object.hasOwn(scores, i.code)).map((i) => ({
    field: `${field}.${i.code}`,
    message: 'villages.idm.missingScore',
    params: { code: i.code },
  }));
  const range = Object.entries(scores)
    .filter(([, s]) => !Number.isInteger(s) || s < 0 || s > 5)
    .map(([code]) => ({ field: `${field}.${code}`, message: 'villages.idm.scoreRange', params: { code } }));
  return [...unknown, ...missing, ...range];
}

/** The stored columns of a complete, valid score set. */
export function storedResult(scores: IdmScoreMap, settings: IdmStatusSettings = idmStatusSettings()) {
  const result = computeIdm(engineScores(scores), settings);
  return {
    iks: result.display.IKS,
    ike: result.display.IKE,
    ikl: result.display.IKL,
    idm: result.display.IDM,
    status_code: result.status.code,
    engine_version: IDM_ENGINE_VERSION,
    settings_hash: settingsHash(settings),
  };
}

/** The stored scores of a desa-year by code (empty when none). */
export async function storedScores(ctx: RequestContext, regionId: string, year: number): Promise<Record<string, number>> {
  const rows = await tenantDb(ctx)
    .selectFrom('village_idm_scores')
    .select(['indicator_code', 'score'])
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.indicator_code, Number(r.score)]));
}

const sameScores = (a: IdmScoreMap, b: IdmScoreMap) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** What a write did: `added` (first scores of the desa-year), `updated`, or `unchanged`; and the version now. */
export interface IdmWriteOutcome {
  readonly change: 'added' | 'updated' | 'unchanged';
  readonly version: number;
}

/**
 * Writes a complete, valid score set of a desa-year and its recomputed result, inside `tx`. `expectedVersion`:
 * the version the caller saw (null: none yet), or `'any'` for an import that overwrites. A stale version is a 409.
 */
export async function writeDesaYear(
  tx: RequestContext,
  regionId: string,
  year: number,
  scores: IdmScoreMap,
  expectedVersion: number | null | 'any',
): Promise<IdmWriteOutcome> {
  const db = tenantDb(tx);
  const existing = await db
    .selectFrom('village_idm_results')
    .select('version')
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .executeTakeFirst();
  const current = existing ? Number(existing.version) : null;
  if (expectedVersion !== 'any' && expectedVersion !== current) throw new ConflictError('villages.idm.versionConflict');
  if (current !== null && sameScores(scores, await storedScores(tx, regionId, year)))
    return { change: 'unchanged', version: current };
  const stamp = { updated_at: tx.platform.now().toISOString(), updated_by: tx.actor.userId, ...storedResult(scores) };
  if (current === null) await db.insertInto('village_idm_results', { region_id: regionId, year, version: 1, ...stamp }).execute();
  else {
    await db
      .updateTable('village_idm_results')
      .set({ ...stamp, version: current + 1 })
      .where('region_id', '=', regionId)
      .where('year', '=', year)
      .where('version', '=', current)
      .execute();
    await db.deleteFrom('village_idm_scores').where('region_id', '=', regionId).where('year', '=', year).execute();
  }
  const rows = IDM_INDICATORS.map((i) => ({ region_id: regionId, year, indicator_code: i.code, score: scores[i.code]! }));
  await db.insertInto('village_idm_scores', rows).execute();
  return { change: current === null ? 'added' : 'updated', version: (current ?? 0) + 1 };
}
