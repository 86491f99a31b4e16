/**
 * A realistic Siskeudes-shaped APBDes workbook built in code for tests (never a committed binary): title rows, a header
 * with alias names, the numbered column row, Indonesian-formatted and numeric amounts, codes with trailing dots.
 */
import ExcelJS from 'exceljs';

/** One sheet row: kode, uraian, anggaran (text or number), sumber dana. */
export type FixtureRow = [string, string, string | number, string];

/** The Sukajaya 2026 APBDes: pendapatan 1.523.000.000, belanja 1.573.000.000 over five bidang, SiLPA 60 jt. */
export const SUKAJAYA_ROWS: readonly FixtureRow[] = [
  ['4.', 'PENDAPATAN', '1.523.000.000,00', ''],
  ['4.1.', 'Pendapatan Asli Desa', '23.000.000,00', ''],
  ['4.1.1.', 'Hasil Usaha Desa', '15.000.000,00', 'PAD'],
  ['4.1.4.', 'Lain-lain Pendapatan Asli Desa', 8_000_000, 'PAD'],
  ['4.2.', 'Pendapatan Transfer', '1.500.000.000,00', ''],
  ['4.2.1.', 'Dana Desa', '1.000.000.000,00', 'DDS'],
  ['4.2.2.', 'Bagi Hasil Pajak dan Retribusi', '50.000.000,00', 'PBH'],
  ['4.2.3.', 'Alokasi Dana Desa', 450_000_000, 'ADD'],
  ['5.', 'BELANJA', '1.573.000.000,00', ''],
  ['1.', 'BIDANG PENYELENGGARAAN PEMERINTAHAN DESA', '420.000.000,00', ''],
  ['1.1.', 'Sub Bidang Penyelenggaraan Belanja Siltap, Tunjangan dan Operasional', '420.000.000,00', ''],
  ['1.1.01.', 'Penyediaan Penghasilan Tetap dan Tunjangan Kepala Desa', '400.000.000,00', 'ADD'],
  ['5.1.1.01.', 'Penghasilan Tetap Kepala Desa', '300.000.000,00', 'ADD'],
  ['5.1.2.01.', 'Tunjangan Kepala Desa', 100_000_000, 'ADD'],
  ['1.1.04.', 'Penyediaan Operasional Pemerintah Desa', '20.000.000,00', 'ADD'],
  ['5.2.1.01.', 'Belanja Alat Tulis Kantor', '20.000.000,00', 'ADD'],
  ['2.', 'BIDANG PELAKSANAAN PEMBANGUNAN DESA', '853.000.000,00', ''],
  ['2.2.', 'Sub Bidang Kesehatan', '103.000.000,00', ''],
  ['2.2.01.', 'Penyelenggaraan Pos Kesehatan Desa / Posyandu', '103.000.000,00', 'DDS'],
  ['5.2.2.01.', 'Makanan Tambahan Balita', '78.000.000,50', 'DDS'],
  ['5.2.3.01.', 'Insentif Kader Posyandu', '24.999.999,50', 'DDS'],
  ['2.3.', 'Sub Bidang Pekerjaan Umum dan Penataan Ruang', '750.000.000,00', ''],
  ['2.3.10.', 'Pembangunan/Rehabilitasi/Peningkatan Jalan Desa', '750.000.000,00', 'DDS'],
  ['5.3.4.01.', 'Belanja Modal Jalan Desa', '750.000.000,00', 'DDS'],
  ['3.', 'BIDANG PEMBINAAN KEMASYARAKATAN', '50.000.000,00', ''],
  ['3.3.', 'Sub Bidang Kepemudaan dan Olah Raga', '50.000.000,00', ''],
  ['3.3.01.', 'Pengiriman Kontingen Kepemudaan dan Olahraga', '50.000.000,00', 'PAD'],
  ['4.', 'BIDANG PEMBERDAYAAN MASYARAKAT', '150.000.000,00', ''],
  ['4.4.', 'Sub Bidang Pemberdayaan Perempuan, Perlindungan Anak dan Keluarga', '150.000.000,00', ''],
  ['4.4.01.', 'Pelatihan dan Penyuluhan Pemberdayaan Perempuan', '150.000.000,00', 'DDS'],
  ['5.2.2.02.', 'Belanja Honorarium Narasumber', '150.000.000,00', 'DDS'],
  ['5.', 'BIDANG PENANGGULANGAN BENCANA, KEADAAN DARURAT DAN MENDESAK DESA', '100.000.000,00', ''],
  ['5.3.', 'Sub Bidang Keadaan Mendesak', '100.000.000,00', ''],
  ['5.3.01.', 'Penanganan Keadaan Mendesak (BLT Dana Desa)', '100.000.000,00', 'DDS'],
  ['5.4.1.01.', 'Belanja Tak Terduga Keadaan Mendesak', '100.000.000,00', 'DDS'],
  ['6.', 'PEMBIAYAAN', '50.000.000,00', ''],
  ['6.1.', 'Penerimaan Pembiayaan', '60.000.000,00', ''],
  ['6.1.1.', 'Sisa Lebih Perhitungan Anggaran (SiLPA) Tahun Sebelumnya', '60.000.000,00', 'SiLPA'],
  ['6.2.', 'Pengeluaran Pembiayaan', '10.000.000,00', ''],
  ['6.2.2.', 'Penyertaan Modal Desa', '10.000.000,00', 'DDS'],
];

/** Builds the workbook; `rows` replaces the data rows, `year` the title's TAHUN ANGGARAN. */
export async function siskeudesApbdesWorkbook(options: { rows?: readonly FixtureRow[]; year?: number } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Lap APBDes');
  sheet.addRow(['PEMERINTAH DESA SUKAJAYA']);
  sheet.addRow(['KECAMATAN SUMEDANG SELATAN KABUPATEN SUMEDANG']);
  sheet.addRow(['ANGGARAN PENDAPATAN DAN BELANJA DESA']);
  sheet.addRow([`TAHUN ANGGARAN ${options.year ?? 2026}`]);
  sheet.addRow([]);
  sheet.addRow(['KODE REK.', 'URAIAN', 'JUMLAH (Rp)', 'SUMBER DANA']);
  sheet.addRow(['1', '2', '3', '4']);
  for (const row of options.rows ?? SUKAJAYA_ROWS) sheet.addRow([...row]);
  sheet.addRow(['', 'JUMLAH PENDAPATAN', '1.523.000.000,00', '']);
  return Buffer.from(await book.xlsx.writeBuffer());
}
