/** PK Kepala Desa: the Perjanjian Kinerja of a desa for a year (kepala desa with the camat) and its item snapshot. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** Lifecycle of a PK Kepala Desa: out for signature, signed by both, replaced by a signed revision ('draft' reserved). */
export type VillageAgreementStatus = 'draft' | 'signing' | 'signed' | 'superseded';

/** One PK of a desa (a `regions` row of level desa) for a year; revision 0 is the original, 1.. are PK perubahan. */
export interface VillageAgreementsTable {
  tenant_id: string;
  id: string;
  region_id: string;
  year: number;
  revision: number;
  supersedes_id: string | null;
  revision_reason: string | null;
  status: VillageAgreementStatus;
  document_id: string | null;
  document_number: string | null;
  verification_code: string | null;
  /** Pihak pertama as generated: the holder of the desa unit's head position. */
  kades_employee_id: string;
  kades_name: string;
  kades_jabatan: string;
  /** Pihak kedua as generated: the holder of the head position of the desa's kecamatan unit. */
  camat_employee_id: string;
  camat_name: string;
  camat_jabatan: string;
  kades_signed_at: string | null;
  camat_signed_at: string | null;
  superseded_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** One promised indicator of a PK Kepala Desa, as it was when the PK was generated. */
export interface VillageAgreementItemsTable {
  tenant_id: string;
  id: string;
  agreement_id: string;
  source_kind: 'mandatory' | 'own';
  /** The mandated result or own indicator it was taken from (no foreign key: the snapshot outlives its source). */
  source_id: string;
  code: string;
  sasaran: string;
  indicator_name: string;
  /** Decimal as text. */
  target: string;
  unit: string;
  sort_order: number;
}

/** The PK Kepala Desa tables. */
export interface VillagesAgreementTables {
  village_agreements: VillageAgreementsTable;
  village_agreement_items: VillageAgreementItemsTable;
}
