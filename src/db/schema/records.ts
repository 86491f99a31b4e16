/** Records (pemberkasan): case files (berkas) and the letters filed in them. */
import type { ColumnType } from 'kysely';

/** Whether a berkas still accepts letters. */
export type CaseFileStatus = 'open' | 'closed';

/** A berkas: one KKA, one unit pengolah, numbered per unit and year (`B-2026-0001`). */
export interface CaseFilesTable {
  tenant_id: string;
  id: string;
  unit_id: string;
  /** The KKA code as text, as it stood in the regulation pack when the berkas was made. */
  kka_code: string;
  year: number;
  /** Sequence within (unit, year); unique. */
  seq: number;
  number: string;
  title: string;
  description: string | null;
  status: CaseFileStatus;
  opened_at: string;
  closed_at: string | null;
  created_by: string | null;
  /** Compare-and-set version, bumped on every close/reopen. */
  version: ColumnType<number, number | undefined, number>;
}

/** A letter filed in a berkas; the primary key (tenant_id, letter_id) keeps a letter in one berkas at most. */
export interface CaseFileLettersTable {
  tenant_id: string;
  case_file_id: string;
  letter_id: string;
  added_by: string | null;
  added_at: string;
}

export interface RecordsTables {
  case_files: CaseFilesTable;
  case_file_letters: CaseFileLettersTable;
}
