/**
 * THE IDM XLSX LAYOUT, in one place. Modelled on the Kemendes "Status IDM" recap (one row per desa: kode desa,
 * kecamatan, desa, IKS, IKE, IKL, nilai IDM, status) widened with one column per indicator score (0–5). The exact
 * Kemendes headers and indicator numbering are NOT verified against an official file: change the names here (and
 * the catalogue in idm-catalogue.ts) and both the import and the export follow. The year is chosen on upload.
 */
import { IDM_INDICATORS } from './idm-catalogue.ts';

/** The sheet the import reads (else the first sheet) and the export writes. */
export const IDM_SHEET = 'IDM';

/** Identity columns: the Kemendagri desa code is the key; kecamatan and desa names are for people (not checked). */
export const IDM_ID_COLUMNS = {
  number: 'NO',
  desaCode: 'KODE DESA',
  kecamatan: 'KECAMATAN',
  desa: 'DESA',
} as const;

/** Computed columns: written by the export, ignored by the import (the server recomputes them). */
export const IDM_COMPUTED_COLUMNS = ['IKS', 'IKE', 'IKL', 'NILAI IDM', 'STATUS IDM'] as const;

/** The header of an indicator's score column: its catalogue code (e.g. `IKS.01`). */
export const indicatorColumn = (code: string) => code;

/** Columns the import requires, in template order. */
export const IDM_REQUIRED_COLUMNS: readonly string[] = [
  IDM_ID_COLUMNS.desaCode,
  ...IDM_INDICATORS.map((i) => indicatorColumn(i.code)),
];

/** Every column of an exported file, in order. */
export const IDM_EXPORT_COLUMNS: readonly string[] = [
  IDM_ID_COLUMNS.number,
  IDM_ID_COLUMNS.desaCode,
  IDM_ID_COLUMNS.kecamatan,
  IDM_ID_COLUMNS.desa,
  ...IDM_INDICATORS.map((i) => indicatorColumn(i.code)),
  ...IDM_COMPUTED_COLUMNS,
];

/** Guide sheet lines (Indonesian). */
export const IDM_GUIDE: readonly string[] = [
  'Petunjuk impor skor IDM (Indeks Desa Membangun) per tahun',
  '',
  'Satu baris per desa. KODE DESA = kode Kemendagri desa (mis. 33.13.01.2001), diketik sebagai Teks.',
  'Kolom IKS.01 … IKL.03 = skor setiap indikator, bilangan bulat 0 sampai 5; semua indikator wajib diisi.',
  'Kolom NO, KECAMATAN, DESA, IKS, IKE, IKL, NILAI IDM dan STATUS IDM hanya informasi: dihitung ulang oleh sistem.',
  'Tahun dipilih saat mengunggah. Desa yang sudah punya skor tahun itu diperbarui; desa lain tidak diubah.',
  'Jangan gabungkan sel dan jangan memakai rumus: salin lalu tempel sebagai nilai.',
];
