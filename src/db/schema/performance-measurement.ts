/** e-SAKIP measurement: settings, realisasi with review and evidence, target revisions, reopenings, stored capaian. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** A realisasi period key: `Q1`–`Q4`, `S1`–`S2`, `M01`–`M12`, or `Y` for a yearly value. */
export type RealizationPeriod = string;

/** Per-tenant measurement settings (one row; absent means the defaults). Decimals are TEXT. */
export interface PerformanceSettingsTable {
  tenant_id: string;
  minimize_formula: 'inverse_difference' | 'ratio';
  /** Highest capaian shown (percent), null for none. */
  cap: string | null;
  /** Lowest capaian shown (percent), null for none. */
  floor: string | null;
  rounding_decimals: number;
  band_boundary: 'min_inclusive' | 'max_inclusive';
  /** JSON array of the engine's BandDefinition `{code,label,min,max,color}`. */
  bands: string;
  /** A period locks this many days after it ends (Asia/Jakarta or the tenant's zone). */
  lock_after_days: number;
  /** Early warning when the projected year-end capaian is below this percent. */
  early_warning_below: string;
  updated_at: string;
  updated_by: string | null;
}

/** Realisasi of an indicator for one period of a year; the review workflow runs draft → submitted → verified/returned. */
export interface IndicatorRealizationsTable {
  tenant_id: string;
  id: string;
  indicator_id: string;
  year: number;
  period: RealizationPeriod;
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  /** Capaian typed in by hand (percent) for a text target. */
  manual_capaian: string | null;
  obstacles: string | null;
  remedies: string | null;
  /** `manual`, `import` (XLSX) or `eoffice` (the scheduled job). */
  source: 'manual' | 'import' | 'eoffice';
  status: 'draft' | 'submitted' | 'verified' | 'returned';
  review_note: string | null;
  entered_by: string | null;
  submitted_by: string | null;
  submitted_at: string | null;
  reviewed_by: string | null;
  reviewed_at: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** An evidence file (bukti dukung) of a realisasi. */
export interface RealizationEvidenceTable {
  tenant_id: string;
  id: string;
  realization_id: string;
  file_id: string;
  title: string;
  added_by: string | null;
  added_at: string;
}

/** One entry of the target revision ledger; targets are JSON of `{kind,value,min,max,text}`. */
export interface TargetRevisionsTable {
  tenant_id: string;
  id: string;
  indicator_id: string;
  year: number;
  period: string | null;
  old_target: string | null;
  new_target: string;
  reason: string;
  decree_number: string | null;
  approved_by_name: string;
  recorded_by: string | null;
  recorded_at: string;
}

/** A locked period opened again for one OPD until a date (YYYY-MM-DD, inclusive). */
export interface RealizationReopeningsTable {
  tenant_id: string;
  id: string;
  unit_id: string;
  year: number;
  period: string;
  open_until: string;
  reason: string;
  opened_by: string | null;
  opened_at: string;
}

/** A stored capaian of an indicator for a year up to a period (`Y` = the whole year). */
export interface CapaianResultsTable {
  tenant_id: string;
  id: string;
  indicator_id: string;
  year: number;
  period: string;
  state: 'computed' | 'not_computable';
  value: string | null;
  raw: string | null;
  band: string | null;
  formula: string | null;
  realisasi: string | null;
  target_used: string | null;
  reason: string | null;
  /** JSON of the engine's `detail`. */
  detail: string | null;
  engine_version: string;
  settings_hash: string | null;
  /** Digest of the compared columns (capaian-digest.ts); a recompute reads only this back. */
  digest: ColumnType<string, string | undefined, string>;
  computed_at: string;
}

export interface PerformanceMeasurementTables {
  performance_settings: PerformanceSettingsTable;
  indicator_realizations: IndicatorRealizationsTable;
  realization_evidence: RealizationEvidenceTable;
  target_revisions: TargetRevisionsTable;
  realization_reopenings: RealizationReopeningsTable;
  capaian_results: CapaianResultsTable;
}
