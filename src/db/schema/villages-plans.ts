/** Village planning documents (issue #7): RPJMDes with programmes per bidang, RKPDes activities, APBDes lines. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** Where an RPJMDes stands: draft (programmes editable) or final (locked until set back to draft). */
export type VillageRpjmStatus = 'draft' | 'final';
/** Pola pelaksanaan of an RKPDes activity. */
export type VillageImplementation = 'swakelola' | 'kerja_sama_antar_desa' | 'pihak_ketiga';
/** Which part of the APBDes a line belongs to. */
export type VillageBudgetKind = 'pendapatan' | 'belanja' | 'pembiayaan';
/** Level of an APBDes line: the belanja tree (bidang → sub-bidang → kegiatan → rekening) or an account depth. */
export type VillageBudgetLevel = 'akun' | 'kelompok' | 'jenis' | 'objek' | 'bidang' | 'sub_bidang' | 'kegiatan' | 'rekening';

/** One RPJMDes of a desa (a `regions` row of level desa) for a period of years. */
export interface VillageRpjmTable {
  tenant_id: string;
  id: string;
  region_id: string;
  start_year: number;
  end_year: number;
  visi: string;
  /** JSON array of strings. */
  misi: string;
  status: VillageRpjmStatus;
  version: Version;
  created_by: string | null;
  created_at: string;
  updated_by: string | null;
  updated_at: string;
}

/** A programme of an RPJMDes under one of the five bidang (Permendagri 20/2018). */
export interface VillageProgrammesTable {
  tenant_id: string;
  id: string;
  rpjm_id: string;
  bidang: number;
  sub_bidang: string | null;
  name: string;
  sasaran: string | null;
  indicator: string | null;
  lokasi: string | null;
  /** Decimal text (rupiah), or null when not estimated yet. */
  pagu_indikatif: string | null;
  /** JSON array of the period's years in which the programme runs. */
  years: string;
  version: Version;
  created_at: string;
  updated_at: string;
}

/** One activity of a desa's RKPDes for a year (matriks rencana kerja & pendanaan). */
export interface VillageRkpActivitiesTable {
  tenant_id: string;
  id: string;
  region_id: string;
  year: number;
  bidang: number;
  programme_id: string | null;
  name: string;
  lokasi: string | null;
  volume: string | null;
  sasaran: string | null;
  waktu: string | null;
  /** Decimal text (rupiah). */
  biaya: string;
  sumber_dana: string | null;
  pola: VillageImplementation;
  version: Version;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

/** The APBDes of a desa and year: replaced whole by an import (version counts the replacements). */
export interface VillageBudgetsTable {
  tenant_id: string;
  id: string;
  region_id: string;
  year: number;
  file_name: string | null;
  version: Version;
  imported_by: string | null;
  imported_at: string;
}

/** One line of an APBDes in file order. */
export interface VillageBudgetLinesTable {
  tenant_id: string;
  budget_id: string;
  position: number;
  kode: string;
  uraian: string;
  kind: VillageBudgetKind;
  level: VillageBudgetLevel;
  /** Bidang 1–5 of a belanja line under a bidang, else null. */
  bidang: number | null;
  /** Decimal text (rupiah, 2 decimals). */
  anggaran: string;
  sumber_dana: string | null;
}

/** The village planning tables. */
export interface VillagesPlansTables {
  village_rpjm: VillageRpjmTable;
  village_programmes: VillageProgrammesTable;
  village_rkp_activities: VillageRkpActivitiesTable;
  village_budgets: VillageBudgetsTable;
  village_budget_lines: VillageBudgetLinesTable;
}
