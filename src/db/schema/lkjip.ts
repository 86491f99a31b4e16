/** LKjIP (Laporan Kinerja Instansi Pemerintah) drafts: one report per OPD (or the regency) and year, its edited narrative sections and its exported versions. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** A draft is edited and exported; a final report has an official document out for (or done with) signature. */
export type LkjipStatus = 'draft' | 'final';

/** The LKjIP of an OPD (`unit_id`) or of the regency (`unit_id` null, `scope_key` 'regency') for a year. */
export interface LkjipReportsTable {
  tenant_id: string;
  id: string;
  unit_id: string | null;
  /** The unit id, or `regency`: keeps one report per scope and year unique on both databases. */
  scope_key: string;
  year: number;
  status: LkjipStatus;
  /** The official document signed by the head of the OPD once finalised (documents module). */
  document_id: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** An edited narrative section (key e.g. `bab1.isu_strategis`, `bab3a.<sasaranId>.analisis_5`). */
export interface LkjipSectionsTable {
  tenant_id: string;
  id: string;
  report_id: string;
  section_key: string;
  text: string;
  updated_by: string | null;
  updated_at: string;
  version: Version;
}

/** One export of a report: numbered 1.., with the DOCX and PDF files and what was incomplete at the time. */
export interface LkjipVersionsTable {
  tenant_id: string;
  id: string;
  report_id: string;
  number: number;
  docx_file_id: string;
  pdf_file_id: string;
  /** JSON array of the completeness items (code, field, message id/en) when exported. */
  completeness: string;
  /** The background job that made it (the all-OPD export), so a retried job does not export twice. */
  job_id: string | null;
  created_by: string | null;
  created_at: string;
}

export interface LkjipTables {
  lkjip_reports: LkjipReportsTable;
  lkjip_sections: LkjipSectionsTable;
  lkjip_versions: LkjipVersionsTable;
}
