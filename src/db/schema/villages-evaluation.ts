/** Sakip Desa evaluation: a tenant's worksheet versions, evaluations per desa and year with answers, band settings. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** Where a village evaluation stands: DPMD answers (draft), then final with a stored score snapshot. */
export type VillageEvaluationStatus = 'draft' | 'final';

/** A tenant's own worksheet version (the built-in default is code, not a row). Immutable once stored. */
export interface VillageWorksheetTemplatesTable {
  tenant_id: string;
  id: string;
  code: string;
  template_version: string;
  name: string;
  /** JSON of the evaluation engine's EvaluationTemplate. */
  content: string;
  created_by: string | null;
  created_at: string;
}

/** One evaluation of a desa (a `regions` row of level desa) for a year; the snapshot is taken at finalisation. */
export interface VillageEvaluationsTable {
  tenant_id: string;
  id: string;
  region_id: string;
  year: number;
  /** The tenant worksheet row, null for the built-in worksheet. */
  template_id: string | null;
  template_code: string;
  template_version: string;
  status: VillageEvaluationStatus;
  final_total_exact: string | null;
  final_total: string | null;
  final_band_code: string | null;
  /** Hash of the band settings the band code was taken from. */
  final_bands_hash: string | null;
  /** JSON: per-component display scores at finalisation. */
  final_components: string | null;
  finalised_at: string | null;
  finalised_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** The answer to one criterion of a village evaluation (option code) with the evaluator's note. */
export interface VillageEvaluationAnswersTable {
  tenant_id: string;
  evaluation_id: string;
  criterion_id: string;
  answer: string | null;
  note: string | null;
  /** The Pamong fact a pre-answer came from (e.g. 'rpjmdes'); null for a person's answer. */
  prefilled_from: string | null;
  updated_by: string | null;
  updated_at: string;
}

/** One category band of a tenant (all rows of a tenant share `version`); no rows = the Sumedang defaults. */
export interface VillageBandSettingsTable {
  tenant_id: string;
  code: string;
  label: string;
  lo: string;
  hi: string;
  /** 1 when the limits are inferred (not published), 0 when published. */
  inferred: number;
  version: number;
  updated_by: string | null;
  updated_at: string;
}

/** The village evaluation tables. */
export interface VillagesEvaluationTables {
  village_worksheet_templates: VillageWorksheetTemplatesTable;
  village_evaluations: VillageEvaluationsTable;
  village_evaluation_answers: VillageEvaluationAnswersTable;
  village_band_settings: VillageBandSettingsTable;
}
