/** LHE recommendations of an evaluation and the OPD's follow-up (tindak lanjut) of each, with evidence files. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** Where a recommendation stands: no follow-up yet, some progress, or done (100 %). */
export type RecommendationStatus = 'open' | 'in_progress' | 'done';

/** One recommendation of an LHE: what to improve, who is in charge (a position or a user) and by when. */
export interface EvaluationRecommendationsTable {
  tenant_id: string;
  id: string;
  evaluation_id: string;
  /** Optional reference into the evaluation's template (a component or criterion id, as text). */
  component_id: string | null;
  criterion_id: string | null;
  text: string;
  /** Person in charge: a jabatan (whoever holds it) or a user; exactly one is set. */
  pic_position_id: string | null;
  pic_user_id: string | null;
  /** YYYY-MM-DD in the tenant's time zone. */
  deadline: string;
  status: RecommendationStatus;
  /** Progress of the latest follow-up, 0..100 (a whole percent). */
  progress: number;
  done_at: string | null;
  confirmed_at: string | null;
  confirmed_by: string | null;
  /** The e-Office nota dinas draft this recommendation was sent as, once sent. */
  notice_draft_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** One follow-up entry of the OPD: date, progress, note and evidence files. */
export interface RecommendationFollowupsTable {
  tenant_id: string;
  id: string;
  recommendation_id: string;
  /** YYYY-MM-DD, not after today. */
  followup_date: string;
  progress: number;
  note: string;
  /** JSON list of file ids (files table). */
  evidence_file_ids: string;
  entered_by: string | null;
  entered_at: string;
}

export interface EvaluationFollowupTables {
  evaluation_recommendations: EvaluationRecommendationsTable;
  recommendation_followups: RecommendationFollowupsTable;
}
