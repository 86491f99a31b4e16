/** Reviu of an LKjIP by the Inspektorat (APIP, PermenPANRB 53/2014 Lampiran III): one review per report and its notes per section. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** The evaluator checks (in_review), asks the OPD for revisions (revisions_requested), then accepts (terminal). */
export type LkjipReviewStatus = 'in_review' | 'revisions_requested' | 'accepted';

/** A note is open, answered by the OPD, or resolved by the evaluator. */
export type LkjipReviewNoteStatus = 'open' | 'answered' | 'resolved';

/** How much a note weighs (informational: acceptance needs every note resolved whatever its severity). */
export type LkjipReviewNoteSeverity = 'low' | 'medium' | 'high';

/** The reviu of one LKjIP (unique per report), started by an evaluator, concluded with a conclusion text. */
export interface LkjipReviewsTable {
  tenant_id: string;
  id: string;
  report_id: string;
  /** The evaluator who started the review. */
  reviewer_id: string | null;
  status: LkjipReviewStatus;
  started_at: string;
  /** When the review was last concluded (revisions requested or accepted). */
  concluded_at: string | null;
  concluded_by: string | null;
  conclusion: string | null;
  updated_at: string;
  /** Bumped by every change of the review or of one of its notes (conclusion compares it). */
  version: Version;
}

/** One note of a review on a section of the report (a narrative section key, a chapter key, or `umum`). */
export interface LkjipReviewNotesTable {
  tenant_id: string;
  id: string;
  review_id: string;
  section_key: string;
  text: string;
  severity: LkjipReviewNoteSeverity;
  status: LkjipReviewNoteStatus;
  /** The OPD's response. */
  response: string | null;
  responded_by: string | null;
  responded_at: string | null;
  resolved_by: string | null;
  resolved_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

export interface LkjipReviewTables {
  lkjip_reviews: LkjipReviewsTable;
  lkjip_review_notes: LkjipReviewNotesTable;
}
