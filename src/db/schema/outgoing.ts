/** Tables of outgoing letters (naskah keluar, nota dinas): drafts, versions, approval steps, e-mail outbox. */
import type { LetterSecurity, LetterUrgency } from './correspondence.ts';

/** Where an outgoing letter stands (domain §3.2). */
export type OutgoingStatus =
  | 'draft'
  | 'dalam_persetujuan'
  | 'perlu_revisi'
  | 'siap_tte'
  | 'ditandatangani'
  | 'terkirim'
  | 'dibatalkan';

/** An outgoing letter being drafted, approved and signed; `letter_id` is the delivered naskah once signed. */
export interface LetterDraftsTable {
  tenant_id: string;
  id: string;
  /** Jenis naskah code of the active regulation pack (e.g. `SD`, `ND`). */
  type_code: string;
  /** The sending unit (the drafter's unit): its code goes into the number. */
  unit_id: string;
  drafter_position_id: string;
  drafter_employee_id: string;
  signer_position_id: string;
  hal: string;
  security: LetterSecurity;
  urgency: LetterUrgency;
  kka_code: string;
  status: OutgoingStatus;
  /** The current version number (letter_versions.version_no). */
  version_no: number;
  /** Submission round: every (re)submission starts a new round of approval steps. */
  round: number;
  /** JSON array of paraf position ids, in order (the drafter may edit it before submitting). */
  paraf_chain: string;
  number_id: string | null;
  number_text: string | null;
  letter_date: string | null;
  document_id: string | null;
  letter_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** One kept version of a draft: the structured content and addressees as JSON. */
export interface LetterVersionsTable {
  tenant_id: string;
  id: string;
  draft_id: string;
  version_no: number;
  content: string;
  author_employee_id: string;
  note: string | null;
  created_at: string;
}

/** One step of a submission round: a paraf by a position, or the signature. */
export interface ApprovalStepsTable {
  tenant_id: string;
  id: string;
  draft_id: string;
  round: number;
  order_no: number;
  position_id: string;
  role: 'paraf' | 'penandatangan';
  /** `cancelled`: closed unacted because the draft was cancelled. */
  status: 'pending' | 'approved' | 'returned' | 'cancelled';
  note: string | null;
  /** The exact version reviewed when the step was acted on. */
  version_id: string | null;
  acted_by_employee_id: string | null;
  acted_at: string | null;
  created_at: string;
}

/** An e-mail of a signed letter to an external contact, sent by a job. */
export interface LetterMailingsTable {
  tenant_id: string;
  id: string;
  draft_id: string;
  contact_id: string;
  email: string;
  file_id: string;
  sent_at: string | null;
  created_at: string;
}

export interface OutgoingTables {
  letter_drafts: LetterDraftsTable;
  letter_versions: LetterVersionsTable;
  approval_steps: ApprovalStepsTable;
  letter_mailings: LetterMailingsTable;
}
