/** Performance budget: nomenclature codes as data, budget lines (DPA) with monthly realisasi, indicator tags, settings. */

/** Level of a national nomenclature code (Kepmendagri program/kegiatan/sub-kegiatan). */
export type NomenclatureLevel = 'program' | 'kegiatan' | 'sub_kegiatan';

/** One nomenclature code of an edition (codes change with each Kepmendagri, so they are data). */
export interface NomenclatureItemsTable {
  tenant_id: string;
  id: string;
  /** The edition text, e.g. `Kepmendagri 900.1.15.5-1317/2023`; unique with code. */
  edition: string;
  level: NomenclatureLevel;
  code: string;
  /** The parent's code in the same edition (null for a program). */
  parent_code: string | null;
  name: string;
  created_at: string;
}

/** Realisasi columns, one per month; null means not reported. Money is TEXT decimal (decimal.js), never a float. */
export interface BudgetRealisationColumns {
  realisasi_m01: string | null;
  realisasi_m02: string | null;
  realisasi_m03: string | null;
  realisasi_m04: string | null;
  realisasi_m05: string | null;
  realisasi_m06: string | null;
  realisasi_m07: string | null;
  realisasi_m08: string | null;
  realisasi_m09: string | null;
  realisasi_m10: string | null;
  realisasi_m11: string | null;
  realisasi_m12: string | null;
}

/** One DPA budget line of an OPD and year; unique per (unit, year, sub-kegiatan, kode rekening). */
export interface BudgetLinesTable extends BudgetRealisationColumns {
  tenant_id: string;
  id: string;
  unit_id: string;
  year: number;
  sub_kegiatan_code: string;
  /** Kode rekening; '' when the line is at sub-kegiatan level (kept NOT NULL so the unique key works on both DBs). */
  account_code: string;
  description: string;
  funding_source: string | null;
  /** Pagu as a canonical decimal string. */
  pagu: string;
  updated_at: string;
  updated_by: string | null;
}

/** A budget line tagged to an indicator (crosswalk). indicator_id has no FK yet: the indicators table comes later. */
export interface BudgetIndicatorTagsTable {
  tenant_id: string;
  budget_line_id: string;
  indicator_id: string;
  tagged_by: string | null;
  tagged_at: string;
}

/** Per-tenant budget settings: the efficiency bands (capaian − serapan). */
export interface BudgetSettingsTable {
  tenant_id: string;
  /** Δ above this (exclusive) is efisien. */
  efficient_above: string;
  /** Δ at or above this (and not efisien) is cukup efisien; below it tidak efisien. */
  fair_from: string;
  updated_at: string;
  updated_by: string | null;
}

export interface PerformanceBudgetTables {
  nomenclature_items: NomenclatureItemsTable;
  budget_lines: BudgetLinesTable;
  budget_indicator_tags: BudgetIndicatorTagsTable;
  budget_settings: BudgetSettingsTable;
}
