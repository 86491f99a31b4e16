/** Villages (Sakip Desa): IDM indicator scores per desa and year, and the indices computed from them. */
import type { ColumnType } from 'kysely';

/**
 * The computed IDM of one desa (a `regions` row of level desa) in one year, recomputed in the same transaction as
 * every write of its scores. Index values are 4-decimal TEXT (the precision Kemendes publishes); the status code is
 * that of the settings whose hash is stored, computed by the engine version stored.
 */
export interface VillageIdmResultsTable {
  tenant_id: string;
  region_id: string;
  year: number;
  iks: string;
  ike: string;
  ikl: string;
  idm: string;
  status_code: string;
  engine_version: string;
  settings_hash: string;
  /** Optimistic concurrency: 1 on insert, +1 on every change. */
  version: ColumnType<number, number, number>;
  updated_at: string;
  updated_by: string | null;
}

/** One indicator score (integer 0–5) of a desa and year; the indicator code is one of the IDM catalogue. */
export interface VillageIdmScoresTable {
  tenant_id: string;
  region_id: string;
  year: number;
  indicator_code: string;
  score: number;
}

/** The villages module's tables. */
export interface VillagesTables {
  village_idm_results: VillageIdmResultsTable;
  village_idm_scores: VillageIdmScoresTable;
}
