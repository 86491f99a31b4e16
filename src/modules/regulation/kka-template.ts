/** The downloadable KKA import template: a `KKA` sheet with text-formatted codes and example rows, and a guide. */
import ExcelJS from 'exceljs';
import { FINAL_DISPOSITIONS } from './kka-code.ts';
import { KKA_COLUMNS, KKA_SHEET } from './kka-file.ts';

/** One row of a KKA file. */
export interface KkaFileRow {
  code: string;
  name: string;
  active: number | null;
  inactive: number | null;
  disposition: string | null;
}

/** Example rows; their parents are in the default pack, so the template imports cleanly there. */
export const KKA_TEMPLATE_EXAMPLE: readonly KkaFileRow[] = [
  { code: '000.8.3.3', name: 'Standar Operasional Prosedur', active: 2, inactive: 3, disposition: 'permanen' },
  { code: '000.8.6', name: 'Reformasi Birokrasi', active: null, inactive: null, disposition: null },
  { code: '000.8.6.2', name: 'Pelaksanaan Reformasi Birokrasi', active: 2, inactive: 5, disposition: 'dinilai kembali' },
];

const GUIDE = [
  'Petunjuk impor Kode Klasifikasi Arsip (KKA)',
  '',
  'Isi lembar KKA, satu kode per baris. Kolom Kode berformat Teks: ketik 000.8.3.3 apa adanya.',
  'Kode tingkat teratas hanya 000, 100, 200, …, 900. Induk setiap kode (kode tanpa bagian terakhirnya) harus ada',
  'di berkas ini atau sudah ada di paket regulasi.',
  'Retensi Aktif dan Retensi Inaktif dalam tahun (bilangan bulat), boleh kosong.',
  `Nasib Akhir: ${FINAL_DISPOSITIONS.join(', ').replace('_', ' ')}; boleh kosong.`,
  'Kode yang sudah ada diperbarui; kode baru ditambahkan; kode yang tidak ada di berkas tidak dihapus.',
  'Impor masuk ke draf paket regulasi; aktifkan draf agar berlaku. Naskah lama tetap menyimpan kodenya.',
];

/** Writes rows as a KKA workbook that parseKkaFile reads back. */
export async function writeKkaFile(rows: readonly KkaFileRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pamong';
  const sheet = workbook.addWorksheet(KKA_SHEET, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  sheet.columns = [
    { header: KKA_COLUMNS.code, key: 'code', width: 16, style: { numFmt: '@' } },
    { header: KKA_COLUMNS.name, key: 'name', width: 60, style: { numFmt: '@' } },
    { header: KKA_COLUMNS.active, key: 'active', width: 14 },
    { header: KKA_COLUMNS.inactive, key: 'inactive', width: 14 },
    { header: KKA_COLUMNS.disposition, key: 'disposition', width: 18, style: { numFmt: '@' } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  const guide = workbook.addWorksheet('Petunjuk');
  guide.getColumn(1).width = 110;
  for (const line of GUIDE) guide.addRow([line]);
  guide.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The template users download and fill in. */
export function buildKkaTemplate(): Promise<Buffer> {
  return writeKkaFile(KKA_TEMPLATE_EXAMPLE);
}
