/** LKE evaluation (PermenPANRB 88/2021): a tenant's own template versions, evaluations per OPD and year, answers. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** A template's lifecycle: prepared, usable for new evaluations, no longer offered. */
export type EvaluationTemplateStatus = 'draft' | 'active' | 'retired';

/** Where an evaluation stands: the OPD answers, the evaluator (Inspektorat) sets final answers, then final. */
export type EvaluationStatus = 'self_assessment' | 'evaluating' | 'final';

/** A tenant's own template version; the built-in 88/2021 template is code, not a row. Immutable once stored. */
export interface EvaluationTemplatesTable {
  tenant_id: string;
  id: string;
  code: string;
  /** The template's own version label (e.g. "2026"), unique per code; `version` below is the row lock. */
  template_version: string;
  name: string;
  /** JSON of the engine's EvaluationTemplate. */
  content: string;
  /** JSON of the engine's PredikatTable. */
  predikat: string;
  status: EvaluationTemplateStatus;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** One evaluation of an OPD for a year with one template version; the final score is a snapshot taken at finalisation. */
export interface EvaluationsTable {
  tenant_id: string;
  id: string;
  unit_id: string;
  year: number;
  /** The tenant template row, null for the built-in template. */
  template_id: string | null;
  template_code: string;
  template_version: string;
  status: EvaluationStatus;
  submitted_at: string | null;
  submitted_by: string | null;
  finalised_at: string | null;
  finalised_by: string | null;
  /** Snapshot at finalisation: exact total, 2-decimal total, predikat code, per-component JSON. */
  final_total_exact: string | null;
  final_total: string | null;
  final_predikat: string | null;
  final_components: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** The answers to one criterion of an evaluation: the OPD's (usulan) and the evaluator's (penetapan). */
export interface EvaluationAnswersTable {
  tenant_id: string;
  id: string;
  evaluation_id: string;
  criterion_id: string;
  self_answer: string | null;
  self_note: string | null;
  final_answer: string | null;
  evaluator_note: string | null;
  /** JSON list of `{kind, id, label}` (kind: document, file, agreement, plan, realization). */
  evidence: string;
  /** Set when the self answer was filled from Pamong's data (which fact); null once a person answered. */
  prefilled_from: string | null;
  self_updated_by: string | null;
  self_updated_at: string | null;
  final_updated_by: string | null;
  final_updated_at: string | null;
}

export interface EvaluationTables {
  evaluation_templates: EvaluationTemplatesTable;
  evaluations: EvaluationsTable;
  evaluation_answers: EvaluationAnswersTable;
}
