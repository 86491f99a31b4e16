/**
 * THE APBDES XLSX LAYOUT, in one place. Modelled on the Siskeudes "APBDes" report as desa export it: a few title rows
 * (PEMERINTAH DESA …, ANGGARAN PENDAPATAN DAN BELANJA DESA, TAHUN ANGGARAN 2026), then a header row
 * `Kode Rekening | Uraian | Anggaran (Rp) | Sumber Dana`, then pendapatan (4.x), belanja by bidang "1".."5" →
 * sub-bidang "1.1" → kegiatan "1.1.01" → rekening "5.1.1.01", and pembiayaan (6.x). NOT VERIFIED against a real
 * Siskeudes file (verify): header names are matched through the aliases below and codes are normalised (trailing dots,
 * spaces between digit groups), so a variant only needs an alias or a pattern here; import and export both follow.
 */

/** The sheet the export writes and the import prefers (else the first sheet with a header row). */
export const APBDES_SHEET = 'APBDes';
/** How many rows from the top the import searches for the header row. */
export const HEADER_SEARCH_ROWS = 30;

/** The columns in export order; the import finds each by any alias (compared upper-case, letters and digits only). */
export const APBDES_COLUMNS = {
  kode: { header: 'Kode Rekening', aliases: ['KODE REKENING', 'KODE REK', 'KD REKENING', 'KODE', 'NO REKENING', 'REKENING'] },
  uraian: { header: 'Uraian', aliases: ['URAIAN', 'URAIAN REKENING', 'NAMA REKENING'] },
  anggaran: {
    header: 'Anggaran (Rp)',
    aliases: ['ANGGARAN RP', 'ANGGARAN', 'JUMLAH RP', 'JUMLAH', 'NILAI RP', 'NILAI', 'JUMLAH ANGGARAN RP', 'PAGU RP'],
  },
  sumberDana: { header: 'Sumber Dana', aliases: ['SUMBER DANA', 'SUMBERDANA', 'SUMBER', 'SUMBER DANA KETERANGAN'] },
} as const;
/** Columns that must be present (Sumber Dana is optional). */
export const REQUIRED_COLUMNS = ['kode', 'uraian', 'anggaran'] as const;

/** Normalises a header text for alias comparison: upper case, letters and digits separated by one space. */
export const headerKey = (text: string) =>
  text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();

/** A title line naming the budget year (checked against the year chosen on upload). */
export const YEAR_TITLE = /TAHUN\s+ANGGARAN\s+(\d{4})/i;

/** Code patterns after normalisation (dots between digit groups, no trailing dot). */
export const CODE_PATTERNS = {
  /** Any account or plan code. */
  any: /^\d{1,3}(\.\d{1,4}){0,5}$/,
  /** Bidang 1–5. */
  bidang: /^[1-5]$/,
  /** Sub-bidang, e.g. 1.1 or 2.10. */
  subBidang: /^[1-5]\.\d{1,2}$/,
  /** Kegiatan, e.g. 1.1.01 (the kegiatan number has two or three digits). */
  kegiatan: /^[1-5]\.\d{1,2}\.\d{2,3}$/,
  /** Belanja rekening under a kegiatan, e.g. 5.1.1.01 or 5.2.1 (akun 5, one-digit kelompok and jenis). */
  rekening: /^5\.\d\.\d(\.\d{1,3})*$/,
} as const;

/** Levels of pendapatan / pembiayaan rows by the number of code segments (4 → akun, 4.1 → kelompok, …). */
export const ACCOUNT_LEVELS = ['akun', 'kelompok', 'jenis', 'objek'] as const;

/** Title rows the export writes above the header (desa name and year filled in). */
export const titleRows = (desa: string, year: number): string[] => [
  `PEMERINTAH DESA ${desa.toUpperCase()}`,
  'ANGGARAN PENDAPATAN DAN BELANJA DESA',
  `TAHUN ANGGARAN ${year}`,
];

/** Summary rows without a code (written by the export for people; the import skips rows without a code). */
export const SUMMARY_LABELS = {
  pendapatan: 'JUMLAH PENDAPATAN',
  belanja: 'JUMLAH BELANJA',
  surplus: 'SURPLUS / (DEFISIT)',
  pembiayaan: 'PEMBIAYAAN NETTO',
} as const;

/** Guide sheet lines (Indonesian). */
export const APBDES_GUIDE: readonly string[] = [
  'Petunjuk impor APBDes (bentuk laporan APBDes Siskeudes)',
  '',
  'Kolom: Kode Rekening | Uraian | Anggaran (Rp) | Sumber Dana, dengan baris judul boleh ada di atasnya.',
  'Kode ditulis sebagai Teks: 4.x pendapatan; bidang 1–5, sub-bidang 1.1, kegiatan 1.1.01, rekening 5.1.1.01; 6.x pembiayaan.',
  'Anggaran berupa angka atau teks seperti 1.234.567,00. Setiap jumlah (bidang, sub-bidang, kegiatan, kelompok) harus',
  'sama dengan jumlah rinciannya. Baris tanpa kode (JUMLAH …, SURPLUS …) hanya informasi dan tidak dibaca.',
  'Tahun dipilih saat mengunggah; APBDes desa pada tahun itu diganti seluruhnya.',
];
