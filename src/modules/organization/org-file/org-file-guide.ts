/**
 * The `Petunjuk` (instructions) sheet of the organisation file: general rules, then one line per column of
 * every data sheet with its required flag and description, all in Indonesian.
 */
import type { Workbook } from 'exceljs';
import { GUIDE_SHEET_NAME, NO_TEXT, ORG_SHEETS, YES_TEXT } from './org-file-format.ts';

const TITLE = 'Petunjuk pengisian berkas susunan organisasi (Pamong)';

const GENERAL_RULES: readonly string[] = [
  'Isi lembar Unit, Jabatan, Pegawai, dan Penugasan. Baris 1 setiap lembar adalah judul kolom: jangan diubah atau dihapus.',
  'Satu baris berisi satu data. Baris kosong diabaikan. Baris contoh pada templat boleh ditimpa atau dihapus.',
  'Kolom dengan Wajib = Ya harus diisi. Spasi di awal dan akhir sel diabaikan.',
  'NIP, NIK, dan Telepon diketik sebagai teks (kolomnya sudah berformat Teks). Jangan menempelkannya sebagai angka: Excel hanya menyimpan 15 digit, sehingga digit terakhir NIP hilang.',
  'Kode Unit dan Kode Jabatan hanya boleh berisi huruf, angka, dan tanda . - _ / serta tidak boleh kembar.',
  'Kode Induk, Kode Unit, Kode Jabatan, dan NIP yang dirujuk harus ada di lembar yang bersangkutan dalam berkas ini. Susunan induk unit tidak boleh berputar.',
  'Tanggal diisi dengan format tanggal Excel, atau diketik sebagai YYYY-MM-DD, DD-MM-YYYY, atau DD/MM/YYYY.',
  'Setiap unit paling banyak memiliki satu jabatan dengan Kepala Unit = Ya.',
  'Lembar Petunjuk ini tidak dibaca saat impor.',
];

const TABLE_HEADER = ['Lembar', 'Kolom', 'Wajib', 'Keterangan'];

/** Adds the instructions sheet to `workbook`. */
export function addGuideSheet(workbook: Workbook): void {
  const sheet = workbook.addWorksheet(GUIDE_SHEET_NAME);
  sheet.columns = [{ width: 14 }, { width: 18 }, { width: 8 }, { width: 110 }];
  const title = sheet.addRow([TITLE]);
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  for (const [index, rule] of GENERAL_RULES.entries()) sheet.addRow([`${index + 1}.`, rule]);
  sheet.addRow([]);
  for (const orgSheet of ORG_SHEETS) sheet.addRow([orgSheet.name, orgSheet.description]);
  sheet.addRow([]);
  const header = sheet.addRow(TABLE_HEADER);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  for (const orgSheet of ORG_SHEETS) {
    for (const column of orgSheet.columns) {
      const row = sheet.addRow([orgSheet.name, column.header, column.required ? YES_TEXT : NO_TEXT, column.description]);
      row.getCell(4).alignment = { wrapText: true, vertical: 'top' };
    }
  }
}
