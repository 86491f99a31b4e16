/** The Siskeudes-shaped APBDes reader and writer: codes, amounts, nesting, subtotals, problems, export → import. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type FixtureRow, SUKAJAYA_ROWS, siskeudesApbdesWorkbook } from './village-apbdes.test-support.ts';
import { budgetTotals, normalizeKode, parseAmount } from './village-apbdes-rows.ts';
import { parseApbdesFile, writeApbdesFile } from './village-apbdes-xlsx.ts';

const FIRST_DATA_ROW = 8; // 4 title rows, a blank row, the header, the numbered row
const rowOf = (kode: string) => FIRST_DATA_ROW + SUKAJAYA_ROWS.findIndex((r) => r[0] === kode);
const withRow = (kode: string, change: (row: FixtureRow) => FixtureRow): FixtureRow[] =>
  SUKAJAYA_ROWS.map((r) => (r[0] === kode ? change([...r]) : r));
const problemsOf = async (rows: readonly FixtureRow[], year = 2026) =>
  (await parseApbdesFile(await siskeudesApbdesWorkbook({ rows }), year)).problems;

describe('amounts and codes', () => {
  it.each([
    ['1.234.567,00', '1234567'],
    ['1,234,567.00', '1234567'],
    ['1234567.5', '1234567.5'],
    ['1,5', '1.5'],
    ['Rp 1.000', '1000'],
    ['-', '0'],
    [1234567.25, '1234567.25'],
  ])('reads %s as %s', (cell, expected) => {
    const value = parseAmount(cell);
    expect(typeof value === 'string' ? value : value.toString()).toBe(expected);
  });

  it.each([
    ['1.234.567,001', 'invalid'],
    ['12,3,4', 'invalid'],
    ['seratus', 'invalid'],
    ['(1.000,00)', 'negative'],
    ['-5', 'negative'],
    [null, 'missing'],
    ['  ', 'missing'],
  ])('refuses %s as %s', (cell, expected) => {
    expect(parseAmount(cell)).toBe(expected);
  });

  it.each([
    ['1.1.01.', '1.1.01'],
    ['1 1 01', '1.1.01'],
    [' 5.2.1.01 ', '5.2.1.01'],
    [4, '4'],
    ['', ''],
    ['A.1', null],
  ])('normalises the code %s to %s', (cell, expected) => {
    expect(normalizeKode(cell)).toBe(expected);
  });
});

describe('reading a Siskeudes APBDes export', () => {
  it('reads every coded row with its part, level, bidang and exact amount', async () => {
    const { lines, problems } = await parseApbdesFile(await siskeudesApbdesWorkbook(), 2026);
    expect(problems).toEqual([]);
    expect(lines).toHaveLength(SUKAJAYA_ROWS.length);
    const byKode = (kode: string, kind = 'belanja') => lines.find((l) => l.kode === kode && l.kind === kind)!;
    expect(byKode('4', 'pendapatan')).toMatchObject({ level: 'akun', anggaran: '1523000000.00', row: FIRST_DATA_ROW });
    expect(byKode('4')).toMatchObject({ level: 'bidang', bidang: 4, anggaran: '150000000.00' });
    expect(lines.filter((l) => l.kode === '5').map((l) => [l.level, l.bidang])).toEqual([
      ['akun', null],
      ['bidang', 5],
    ]);
    expect(byKode('2.3.10')).toMatchObject({ level: 'kegiatan', bidang: 2, sumberDana: 'DDS' });
    expect(byKode('5.2.2.01')).toMatchObject({ level: 'rekening', bidang: 2, anggaran: '78000000.50' });
    expect(byKode('5.4.1.01')).toMatchObject({ level: 'rekening', bidang: 5 });
    expect(byKode('6.2.2', 'pembiayaan')).toMatchObject({ level: 'jenis', bidang: null });
    expect(budgetTotals(lines)).toEqual({
      pendapatan: '1523000000.00',
      belanja: '1573000000.00',
      pembiayaanPenerimaan: '60000000.00',
      pembiayaanPengeluaran: '10000000.00',
    });
  });

  it('reports a bidang whose own total disagrees with its kegiatan', async () => {
    const problems = await problemsOf(withRow('2.', (r) => [r[0], r[1], '853.000.001,00', r[3]]));
    // The bidang disagrees with its sub-bidang, and BELANJA (row of the first '5.') with its bidang.
    expect(problems).toEqual([
      expect.objectContaining({ row: rowOf('5.'), key: 'subtotalMismatch' }),
      expect.objectContaining({ row: rowOf('2.'), column: 'Anggaran (Rp)', key: 'subtotalMismatch' }),
    ]);
    expect(problems[1]!.params).toMatchObject({ value: '853000001.00', sum: '853000000.00', kode: '2' });
  });

  it('reports a kegiatan whose rekening do not add up', async () => {
    const problems = await problemsOf(withRow('5.2.3.01.', (r) => [r[0], r[1], '25.000.000,00', r[3]]));
    expect(problems.map((p) => [p.row, p.key])).toEqual([[rowOf('2.2.01.'), 'subtotalMismatch']]);
  });

  it('locates bad cells by row and column with a message key', async () => {
    const rows = withRow('1.1.04.', (r) => [r[0], '', '20 juta', r[3]]);
    const problems = await problemsOf(rows);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: rowOf('1.1.04.'), column: 'Uraian', key: 'required' }),
        expect.objectContaining({ row: rowOf('1.1.04.'), column: 'Anggaran (Rp)', key: 'badAmount' }),
      ]),
    );
  });

  it('refuses unknown codes, rekening outside a kegiatan, children under the wrong parent and repeated codes', async () => {
    const rows: FixtureRow[] = [
      ['1', 'BIDANG A', 10, ''],
      ['5.2.1.01', 'Rekening tanpa kegiatan', 10, ''],
      ['1.1', 'Sub A', 10, ''],
      ['2.1.01', 'Kegiatan salah tempat', 10, ''],
      ['1.1', 'Sub A lagi', 0, ''],
      ['7.1', 'Tidak dikenal', 1, ''],
    ];
    const keys = (await problemsOf(rows)).map((p) => [p.row! - FIRST_DATA_ROW, p.key]);
    expect(keys).toEqual(
      expect.arrayContaining([
        [1, 'rekeningOutsideKegiatan'],
        [3, 'wrongParent'],
        [4, 'duplicateCode'],
        [5, 'unknownCode'],
      ]),
    );
  });

  it('refuses a file of another year, without the header, or not a workbook', async () => {
    expect((await problemsOf(SUKAJAYA_ROWS, 2025)).map((p) => p.key)).toEqual(['yearMismatch']);
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Data').addRow(['Nomor', 'Nama', 'Nilai']);
    const noHeader = await parseApbdesFile(Buffer.from(await book.xlsx.writeBuffer()), 2026);
    expect(noHeader.problems.map((p) => p.key)).toEqual(['headerMissing']);
    expect((await parseApbdesFile(Buffer.from('not a zip'), 2026)).problems.map((p) => p.key)).toEqual(['unreadable']);
  });
});

describe('export', () => {
  it('writes a workbook that reads back to the same lines', async () => {
    const { lines } = await parseApbdesFile(await siskeudesApbdesWorkbook(), 2026);
    const again = await parseApbdesFile(await writeApbdesFile('Sukajaya', 2026, lines), 2026);
    expect(again.problems).toEqual([]);
    const strip = (l: (typeof lines)[number]) => ({ ...l, row: 0 });
    expect(again.lines.map(strip)).toEqual(lines.map(strip));
  });
});
