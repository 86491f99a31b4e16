/** Files uploaded as evidence (bukti dukung) of an LKE criterion. */

/** Who uploaded an evidence file: the evaluated OPD (self-assessment) or the evaluator. */
export type EvidenceFileSide = 'unit' | 'evaluator';

/** One uploaded evidence file of a criterion of an evaluation; the bytes, name and type live in `files`. */
export interface EvaluationEvidenceFilesTable {
  tenant_id: string;
  id: string;
  evaluation_id: string;
  /** The criterion id of the evaluation's template (text, as in evaluation_answers). */
  criterion_id: string;
  file_id: string;
  side: EvidenceFileSide;
  uploaded_by: string | null;
  uploaded_at: string;
}

export interface EvaluationEvidenceTables {
  evaluation_evidence_files: EvaluationEvidenceFilesTable;
}
