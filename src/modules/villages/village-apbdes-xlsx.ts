/**
 * Reading and writing the APBDes workbook (layout: village-apbdes-layout.ts, rows: village-apbdes-rows.ts). Reading
 * never throws on bad input: file problems (unreadable, header missing, wrong year, empty) and row problems come back
 * located by sheet, Excel row and column header.
 */

import { Decimal } from 'decimal.js';
import type { CellValue, Workbook, Worksheet, XlsxReadOptions } from 'exceljs';
import ExcelJS from 'exceljs';
import {
  APBDES_COLUMNS,
  APBDES_GUIDE,
  APBDES_SHEET,
  HEADER_SEARCH_ROWS,
  headerKey,
  REQUIRED_COLUMNS,
  SUMMARY_LABELS,
  titleRows,
  YEAR_TITLE,
} from './village-apbdes-layout.ts';
import {
  type BudgetCell,
  type BudgetLine,
  budgetTotals,
  leafLines,
  type RawBudgetRow,
  readBudgetRows,
} from './village-apbdes-rows.ts';

/** A problem located at sheet, row and column header; `key` is under `villages.plans.file.`. */
export interface ApbdesSheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
}

type ColumnName = keyof typeof APBDES_COLUMNS;
/** More rows than this and the file is refused (a desa APBDes has a few hundred). */
export const MAX_APBDES_ROWS = 5_000;
// SECURITY: exceljs expands these nodes per cell; whole-column ranges in a crafted file would cost seconds.
const READ_OPTIONS: Partial<XlsxReadOptions> & { maxRows: number } = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'mergeCells', 'hyperlinks', 'extLst'],
  maxRows: MAX_APBDES_ROWS,
};
type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];
const fileProblem = (key: string, params?: Record<string, string | number>): ApbdesSheetProblem => ({
  sheet: 'file',
  row: null,
  column: null,
  key,
  params,
});

async function load(data: Buffer): Promise<Workbook | ApbdesSheetProblem> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ExcelBuffer, READ_OPTIONS);
  } catch (error) {
    return /Max row count/.test(String(error)) ? fileProblem('tooManyRows', { max: MAX_APBDES_ROWS }) : fileProblem('unreadable');
  }
  return book.worksheets.length > 0 ? book : fileProblem('unreadable');
}

/** A cell as plain text/number; a formula gives its cached result; an Excel error or a formula without one: undefined. */
function plainOf(value: CellValue | undefined): BudgetCell | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean' || value instanceof Date) return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return typeof result === 'number' || typeof result === 'string' ? result : undefined;
  }
  return 'error' in value ? undefined : null;
}

const cellsOf = (sheet: Worksheet, row: number) => {
  const values = sheet.getRow(row).values;
  return Array.isArray(values) ? (values as CellValue[]) : [];
};

/** The header row (within the first rows) and the column of each known header, or null. */
function findHeader(sheet: Worksheet): { row: number; columns: Partial<Record<ColumnName, number>> } | null {
  for (let row = 1; row <= Math.min(HEADER_SEARCH_ROWS, sheet.rowCount); row += 1) {
    const keys = new Map<string, number>();
    cellsOf(sheet, row).forEach((value, column) => {
      const text = typeof value === 'string' ? headerKey(value) : '';
      if (text && !keys.has(text)) keys.set(text, column);
    });
    const columns: Partial<Record<ColumnName, number>> = {};
    for (const [name, spec] of Object.entries(APBDES_COLUMNS) as [ColumnName, (typeof APBDES_COLUMNS)[ColumnName]][]) {
      const alias = spec.aliases.find((a) => keys.has(a));
      if (alias) columns[name] = keys.get(alias);
    }
    if (REQUIRED_COLUMNS.every((c) => columns[c] !== undefined)) return { row, columns };
  }
  return null;
}

/** Title lines above the header that name another budget year. */
function yearProblems(sheet: Worksheet, headerRow: number, year: number): ApbdesSheetProblem[] {
  for (let row = 1; row < headerRow; row += 1)
    for (const value of cellsOf(sheet, row)) {
      const found = typeof value === 'string' ? YEAR_TITLE.exec(value) : null;
      if (found && Number(found[1]) !== year)
        return [{ sheet: sheet.name, row, column: null, key: 'yearMismatch', params: { found: found[1]!, expected: year } }];
    }
  return [];
}

/** The data rows below the header as raw rows; unreadable cells are reported. */
function rawRows(sheet: Worksheet, header: NonNullable<ReturnType<typeof findHeader>>, problems: ApbdesSheetProblem[]) {
  const rows: RawBudgetRow[] = [];
  for (let row = header.row + 1; row <= sheet.rowCount; row += 1) {
    const values = cellsOf(sheet, row);
    const cell = (name: ColumnName): BudgetCell => {
      const column = header.columns[name];
      if (column === undefined) return null;
      const plain = plainOf(values[column]);
      if (plain !== undefined) return plain;
      problems.push({ sheet: sheet.name, row, column: APBDES_COLUMNS[name].header, key: 'cellError' });
      return null;
    };
    const raw = { row, kode: cell('kode'), uraian: cell('uraian'), anggaran: cell('anggaran'), sumberDana: cell('sumberDana') };
    // The numbered row under a report's header (1 | 2 | 3 | 4) is not data.
    if (row === header.row + 1 && /^\s*\d+\s*$/.test(String(raw.uraian ?? ''))) continue;
    rows.push(raw);
  }
  return rows;
}

/** Reads and checks an APBDes workbook of `year`: the lines in file order, or the problems (nothing half-read). */
export async function parseApbdesFile(
  data: Buffer,
  year: number,
): Promise<{ lines: BudgetLine[]; problems: ApbdesSheetProblem[] }> {
  const book = await load(data);
  if (!('worksheets' in book)) return { lines: [], problems: [book] };
  const preferred = book.worksheets.find((w) => headerKey(w.name) === headerKey(APBDES_SHEET));
  const candidates = preferred ? [preferred] : book.worksheets;
  const sheet = candidates.find((w) => findHeader(w) !== null) ?? candidates[0]!;
  const header = findHeader(sheet);
  if (!header) {
    const expected = REQUIRED_COLUMNS.map((c) => APBDES_COLUMNS[c].header).join(' | ');
    return { lines: [], problems: [{ sheet: sheet.name, row: null, column: null, key: 'headerMissing', params: { expected } }] };
  }
  const problems = yearProblems(sheet, header.row, year);
  const read = readBudgetRows(rawRows(sheet, header, problems));
  for (const p of read.problems)
    problems.push({ ...p, sheet: sheet.name, column: p.column ? APBDES_COLUMNS[p.column as ColumnName].header : null });
  if (read.lines.length === 0 && problems.length === 0)
    problems.push({ sheet: sheet.name, row: null, column: null, key: 'empty' });
  return { lines: read.lines, problems };
}

/** A stored line as the export writes it. */
export type ExportLine = Pick<BudgetLine, 'kode' | 'uraian' | 'kind' | 'rank' | 'anggaran' | 'sumberDana'>;

/** Writes the APBDes as a workbook parseApbdesFile reads back to the same lines (codes as text, amounts as numbers). */
export async function writeApbdesFile(desa: string, year: number, lines: readonly ExportLine[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Pamong';
  const sheet = book.addWorksheet(APBDES_SHEET);
  for (const title of titleRows(desa, year)) sheet.addRow([title]).font = { bold: true };
  sheet.addRow([]);
  const columns = Object.values(APBDES_COLUMNS);
  sheet.addRow(columns.map((c) => c.header)).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: sheet.rowCount }];
  [16, 60, 20, 14].forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.getColumn(1).numFmt = '@';
  sheet.getColumn(3).numFmt = '#,##0.00';
  const leaves = new Set(leafLines(lines));
  for (const line of lines) {
    const row = sheet.addRow([line.kode, line.uraian, Number(line.anggaran), line.sumberDana ?? '']);
    row.getCell(2).alignment = { indent: line.rank };
    if (!leaves.has(line)) row.font = { bold: true };
  }
  const totals = budgetTotals(lines);
  sheet.addRow([]);
  sheet.addRow(['', SUMMARY_LABELS.pendapatan, Number(totals.pendapatan)]);
  sheet.addRow(['', SUMMARY_LABELS.belanja, Number(totals.belanja)]);
  sheet.addRow(['', SUMMARY_LABELS.surplus, new Decimal(totals.pendapatan).minus(totals.belanja).toNumber()]);
  sheet.addRow([
    '',
    SUMMARY_LABELS.pembiayaan,
    new Decimal(totals.pembiayaanPenerimaan).minus(totals.pembiayaanPengeluaran).toNumber(),
  ]);
  const guide = book.addWorksheet('Petunjuk');
  guide.getColumn(1).width = 120;
  for (const line of APBDES_GUIDE) guide.addRow([line]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
