/** e-SAKIP Perjanjian Kinerja (PK): agreements per official and year, their items and budgets, rencana aksi. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** Lifecycle of a PK: prepared, out for signature, signed by both, replaced by a signed revision. */
export type AgreementStatus = 'draft' | 'signing' | 'signed' | 'superseded';

/** Level of the promising official: Kepala OPD (with the Bupati), eselon III or IV (with their superior). */
export type AgreementLevel = 'opd' | 'eselon_iii' | 'eselon_iv';

/** One Perjanjian Kinerja of an OPD's official for a year; revision 0 is the original, 1.. are PK perubahan. */
export interface PerformanceAgreementsTable {
  tenant_id: string;
  id: string;
  unit_id: string;
  year: number;
  level: AgreementLevel;
  /** Pihak pertama: the position whose holder promises the targets. */
  first_party_position_id: string;
  /** Pihak kedua: the superior position (Bupati for a Kepala OPD). */
  second_party_position_id: string;
  /** Snapshots of the holders when the document was generated (null while draft). */
  first_party_employee_id: string | null;
  first_party_name: string | null;
  first_party_nip: string | null;
  first_party_jabatan: string | null;
  second_party_employee_id: string | null;
  second_party_name: string | null;
  second_party_nip: string | null;
  second_party_jabatan: string | null;
  revision: number;
  supersedes_id: string | null;
  revision_reason: string | null;
  status: AgreementStatus;
  document_id: string | null;
  document_number: string | null;
  verification_code: string | null;
  second_party_signed_at: string | null;
  first_party_signed_at: string | null;
  superseded_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** An indicator promised in a PK with the target as it was taken (a snapshot, so later plan edits do not rewrite it). */
export interface AgreementItemsTable {
  tenant_id: string;
  id: string;
  agreement_id: string;
  indicator_id: string;
  /** The sasaran (node title) and indicator name as taken. */
  sasaran: string;
  indicator_name: string;
  unit_of_measure: string;
  /** Null while no target is set (generation refuses such an item). */
  target_kind: 'number' | 'range' | 'text' | null;
  target_value: string | null;
  target_min: string | null;
  target_max: string | null;
  target_text: string | null;
  sort_order: ColumnType<number, number | undefined, number>;
}

/** A program/kegiatan/sub-kegiatan with its pagu (TEXT decimal) in a PK. */
export interface AgreementBudgetsTable {
  tenant_id: string;
  id: string;
  agreement_id: string;
  program_code: string;
  program_name: string;
  kegiatan_code: string | null;
  kegiatan_name: string | null;
  sub_kegiatan_code: string | null;
  sub_kegiatan_name: string | null;
  pagu: string;
  sort_order: ColumnType<number, number | undefined, number>;
}

/** One action of the rencana aksi of a PK item in a quarter (Q1–Q4) or month (M01–M12). */
export interface ActionPlansTable {
  tenant_id: string;
  id: string;
  agreement_id: string;
  item_id: string;
  period: string;
  action: string;
  target_text: string | null;
  target_value: string | null;
  budget: string | null;
  pic_position_id: string | null;
  sort_order: ColumnType<number, number | undefined, number>;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

export interface PerformanceAgreementTables {
  performance_agreements: PerformanceAgreementsTable;
  agreement_items: AgreementItemsTable;
  agreement_budgets: AgreementBudgetsTable;
  action_plans: ActionPlansTable;
}
