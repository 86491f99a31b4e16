/**
 * Villages (Sakip Desa accountability, issue #7): mandated results of the kabupaten, base numbers per desa, derived
 * targets, the desa's own indicators, quarterly realisasi with row-level evidence and photos, and the per-tenant key
 * that turns NIK / No KK into keyed hashes. Decimals are TEXT; identifiers of people are never stored in plain.
 */
import type { ColumnType } from 'kysely';

/** A result every desa must report, defined once per year by the kabupaten (DPMD), with its target rule. */
export interface VillageMandatoryResultsTable {
  tenant_id: string;
  id: string;
  year: number;
  code: string;
  name: string;
  unit: string;
  polarity: 'maximize' | 'minimize' | 'stabilize';
  aggregation: 'cumulative' | 'last' | 'average';
  evidence_kind: 'households' | 'children' | 'ikm' | 'none';
  rule_kind: 'percent_of_base' | 'fixed' | 'none';
  /** `percent_of_base`: the percent (TEXT decimal) of the desa's base `rule_base_key`. */
  rule_percent: string | null;
  rule_base_key: string | null;
  /** `fixed`: the target of every desa. */
  rule_value: string | null;
  version: ColumnType<number, number, number>;
  created_at: string;
  updated_at: string;
  updated_by: string | null;
}

/** A base number of a desa-year that rules use (e.g. `dtks_households` = 800), entered by DPMD. */
export interface VillageBasesTable {
  tenant_id: string;
  region_id: string;
  year: number;
  base_key: string;
  value: string;
  version: ColumnType<number, number, number>;
  updated_at: string;
  updated_by: string | null;
}

/** An indicator a desa sets for itself (its own target, polarity and aggregation). */
export interface VillageIndicatorsTable {
  tenant_id: string;
  id: string;
  region_id: string;
  year: number;
  code: string;
  name: string;
  unit: string;
  target: string;
  polarity: 'maximize' | 'minimize' | 'stabilize';
  aggregation: 'cumulative' | 'last' | 'average';
  version: ColumnType<number, number, number>;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

/**
 * The target of a desa for a mandated result: `derived_value` from the rule and the base; `value` the one in force
 * (the override when `overridden_by` is set). `q1`–`q4`: optional cumulative quarter targets of an override.
 */
export interface VillageTargetsTable {
  tenant_id: string;
  region_id: string;
  mandatory_result_id: string;
  year: number;
  derived_value: string | null;
  value: string | null;
  q1: string | null;
  q2: string | null;
  q3: string | null;
  q4: string | null;
  overridden_by: string | null;
  override_reason: string | null;
  overridden_at: string | null;
  version: ColumnType<number, number, number>;
  updated_at: string;
}

/**
 * One quarter's realisasi of a desa for a mandated result or one of its own indicators (exactly one is set).
 * `client_id` is the phone's idempotency key; `body_hash` a keyed hash of the submission to tell a retry from a change.
 */
export interface VillageRealizationsTable {
  tenant_id: string;
  id: string;
  client_id: string;
  body_hash: string;
  region_id: string;
  year: number;
  quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4';
  mandatory_result_id: string | null;
  indicator_id: string | null;
  value: string;
  note: string | null;
  status: 'draft' | 'submitted' | 'verified' | 'returned';
  return_note: string | null;
  review_note: string | null;
  submitted_at: string | null;
  submitted_by: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
  version: ColumnType<number, number, number>;
  created_at: string;
  created_by: string | null;
  updated_at: string;
}

/**
 * One evidence row of a realisasi: a household (keyed hash + masked No KK / NIK), a child (hashed + masked NIK,
 * measurement, status) or the IKM summary. `client_id` is the phone's id of the row (null for the IKM summary).
 */
export interface VillageEvidenceRowsTable {
  tenant_id: string;
  id: string;
  realization_id: string;
  client_id: string | null;
  kind: 'households' | 'children' | 'ikm';
  position: number;
  no_kk_hash: string | null;
  no_kk_masked: string | null;
  nik_hash: string | null;
  nik_masked: string | null;
  name: string | null;
  reason: string | null;
  age_months: number | null;
  height_cm: string | null;
  weight_kg: string | null;
  child_status: string | null;
  respondents: number | null;
  score: string | null;
}

/** A photo of a realisasi (bytes in the platform storage via `files`), idempotent by its client id. */
export interface VillageEvidencePhotosTable {
  tenant_id: string;
  id: string;
  realization_id: string;
  client_id: string;
  file_id: string;
  sha256: string;
  content_type: string;
  size: number;
  created_at: string;
  created_by: string | null;
}

/** SECURITY: the tenant's random key for hashing NIK / No KK, sealed under the platform master key; never answered. */
export interface VillagePrivacyKeysTable {
  tenant_id: string;
  sealed_key: string;
  created_at: string;
}

/** The accountability tables of the villages module. */
export interface VillagesAccountabilityTables {
  village_mandatory_results: VillageMandatoryResultsTable;
  village_bases: VillageBasesTable;
  village_indicators: VillageIndicatorsTable;
  village_targets: VillageTargetsTable;
  village_realizations: VillageRealizationsTable;
  village_evidence_rows: VillageEvidenceRowsTable;
  village_evidence_photos: VillageEvidencePhotosTable;
  village_privacy_keys: VillagePrivacyKeysTable;
}
