import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { addMessages, translate } from '../../platform/i18n/i18n.ts';
import { checkKkaRows } from './kka-checks.ts';
import { type KkaProblem, parseKkaFile } from './kka-file.ts';
import { buildKkaTemplate, writeKkaFile } from './kka-template.ts';
import { regulationMessages } from './regulation.messages.ts';
import { DEFAULT_ARCHIVE_CLASSES } from './regulation-defaults.ts';

addMessages('regulation', regulationMessages);

const HEADER = ['Kode', 'Nama', 'Retensi Aktif', 'Retensi Inaktif', 'Nasib Akhir'];

/** A workbook with one sheet; cells are written as given (a number stays a number cell). */
async function workbook(rows: unknown[][], opts: { sheet?: string; header?: string[] } = {}): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(opts.sheet ?? 'KKA');
  sheet.addRow(opts.header ?? HEADER);
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await book.xlsx.writeBuffer());
}

const where = (p: KkaProblem) => [p.row, p.column, p.messageKey];

describe('KKA XLSX file', () => {
  it('reads valid rows with retention and final disposition', async () => {
    const { rows, problems } = await parseKkaFile(
      await workbook([
        ['000.8.6', 'Reformasi Birokrasi', null, null, null],
        ['000.8.6.2', 'Pelaksanaan', 2, '5', 'Dinilai Kembali'],
      ]),
    );
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.code, r.retentionActiveYears, r.retentionInactiveYears, r.finalDisposition, r.valid])).toEqual([
      ['000.8.6', null, null, null, true],
      ['000.8.6.2', 2, 5, 'dinilai_kembali', true],
    ]);
  });

  it('locates every cell problem by row and column', async () => {
    const { rows, problems } = await parseKkaFile(
      await workbook([
        ['000.8.x', 'Salah format', null, null, null],
        ['050', 'Pokok asing', null, null, null],
        ['000.8.7', '', 'dua', 3.5, 'dibakar'],
        [0, 'Kode angka', -1, 101, null],
      ]),
    );
    expect(problems.map(where)).toEqual([
      [2, 'Kode', 'regulation.kka.codeFormat'],
      [3, 'Kode', 'regulation.kka.topLevel'],
      [4, 'Nama', 'regulation.kka.required'],
      [4, 'Retensi Aktif', 'regulation.kka.retentionNotNumber'],
      [4, 'Retensi Inaktif', 'regulation.kka.retentionNotNumber'],
      [4, 'Nasib Akhir', 'regulation.kka.unknownDisposition'],
      [5, 'Kode', 'regulation.kka.codeAsNumber'],
      [5, 'Retensi Aktif', 'regulation.kka.retentionNotNumber'],
      [5, 'Retensi Inaktif', 'regulation.kka.retentionNotNumber'],
    ]);
    expect(rows.every((r) => !r.valid)).toBe(true);
  });

  it('gives Indonesian messages by default and English on request', async () => {
    const { problems } = await parseKkaFile(await workbook([['000.1', 'Nama', 'dua', null, null]]));
    const [problem] = problems;
    expect(translate('id', problem!.messageKey, problem!.params)).toBe(
      'Retensi Aktif harus bilangan bulat tahun 0–100 (ditemukan "dua").',
    );
    expect(translate('en', problem!.messageKey, problem!.params)).toContain('whole number of years');
  });

  it('reports a missing header column, an empty sheet and a file that is not XLSX', async () => {
    const noHeader = await parseKkaFile(await workbook([['000.1', 'x']], { header: ['Kode', 'Nama', 'Retensi', 'Nasib Akhir'] }));
    expect(noHeader.problems.map((p) => [p.row, p.column, p.messageKey])).toEqual([
      [1, 'Retensi Aktif', 'regulation.kka.headerMissing'],
      [1, 'Retensi Inaktif', 'regulation.kka.headerMissing'],
    ]);
    expect((await parseKkaFile(await workbook([]))).problems.map((p) => p.messageKey)).toEqual(['regulation.kka.empty']);
    const junk = await parseKkaFile(Buffer.from('MZ this is not a spreadsheet'));
    expect(junk.problems).toEqual([{ sheet: 'file', row: null, column: null, messageKey: 'regulation.kka.fileUnreadable' }]);
  });

  it('reads the first sheet when none is called KKA, with headers in any order and case', async () => {
    const data = await workbook([['Permanen', 'Pengawasan', '100']], {
      sheet: 'Data',
      header: ['nasib akhir', 'NAMA', 'Kode', 'Retensi Aktif', 'Retensi Inaktif'],
    });
    const { sheet, rows, problems } = await parseKkaFile(data);
    expect(problems).toEqual([]);
    expect([sheet, rows[0]?.code, rows[0]?.name, rows[0]?.finalDisposition]).toEqual(['Data', '100', 'Pengawasan', 'permanen']);
  });

  it('writes files that read back to the same rows', async () => {
    const written = [
      { code: '000.9.1', name: 'Kajian', active: 1, inactive: 4, disposition: 'musnah' },
      { code: '000.9.1.1', name: 'Kajian Kebijakan', active: null, inactive: null, disposition: null },
    ];
    const { rows, problems } = await parseKkaFile(await writeKkaFile(written));
    expect(problems).toEqual([]);
    expect(
      rows.map((r) => ({
        code: r.code,
        name: r.name,
        active: r.retentionActiveYears,
        inactive: r.retentionInactiveYears,
        disposition: r.finalDisposition,
      })),
    ).toEqual(written);
  });

  it('ships a template that passes every check against the default pack', async () => {
    const { sheet, rows, problems } = await parseKkaFile(await buildKkaTemplate());
    expect(problems).toEqual([]);
    expect(rows.length).toBeGreaterThan(0);
    const seeded = new Set(DEFAULT_ARCHIVE_CLASSES.map((c) => c.code));
    expect(checkKkaRows(sheet, rows, seeded)).toEqual([]);
  });
});
