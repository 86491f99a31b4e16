/**
 * Reading a one-table XLSX sheet for the budget and nomenclature imports: finds the sheet and its header row,
 * reduces every data cell to a plain value, and reports file-level problems (unreadable, too many rows, header
 * missing, merged cells) and cell-level ones (formula, Excel error). Never throws on bad input.
 */
import type { CellValue, Workbook, Worksheet, XlsxReadOptions } from 'exceljs';
import ExcelJS from 'exceljs';
import { mergedRanges } from './budget-xlsx-merges.ts';

/** A problem located at sheet, Excel row and column header; `key` is under `performance.budget.file.`. */
export interface SheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
}

/** A cell reduced to what validation needs (a formula or an error is a problem, never a value). */
export type RawCell = string | number | boolean | Date | null;

/** One data row: its Excel row number, the cells in header order, and whether any cell was already refused. */
export interface SheetRow {
  row: number;
  cells: RawCell[];
  /** Header indexes whose cell held a formula or an Excel error (reported already); the row must not be imported. */
  flagged: ReadonlySet<number>;
}

/** More data rows than this and the file is refused before its rows are read. */
export const MAX_SHEET_ROWS = 20_000;
// SECURITY: exceljs expands these nodes per cell; whole-column ranges in a crafted file would cost seconds.
const READ_OPTIONS: Partial<XlsxReadOptions> & { maxRows: number } = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'mergeCells', 'hyperlinks', 'extLst'],
  maxRows: MAX_SHEET_ROWS,
};

type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];

/** Reads the sheet named `sheetName` (or the first) with the given headers in row 1, in any order. */
export async function readSheet(
  data: Buffer,
  sheetName: string,
  headers: readonly string[],
): Promise<{ sheet: string; rows: SheetRow[]; problems: SheetProblem[] }> {
  const loaded = await loadWorkbook(data);
  if (!('worksheets' in loaded)) return { sheet: 'file', rows: [], problems: [loaded] };
  const worksheet = loaded.worksheets.find((w) => normalize(w.name) === normalize(sheetName)) ?? loaded.worksheets[0]!;
  const merges = mergedRanges(data);
  if (merges.length > 0)
    return {
      sheet: worksheet.name,
      rows: [],
      problems: [fileProblem(worksheet.name, 'mergedCells', { ranges: merges.slice(0, 5).join(', ') })],
    };
  const problems: SheetProblem[] = [];
  const columns = matchHeader(worksheet, headers, problems);
  if (!columns) return { sheet: worksheet.name, rows: [], problems };
  const rows: SheetRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = Array.isArray(row.values) ? (row.values as CellValue[]) : [];
    const flagged = new Set<number>();
    const cells = columns.map((column, index) => {
      const before = problems.length;
      const cell = cellOf(values[column], worksheet.name, rowNumber, headers[index]!, problems);
      if (problems.length > before) flagged.add(index);
      return cell;
    });
    if (flagged.size > 0 || cells.some((cell) => textOf(cell) !== '')) rows.push({ row: rowNumber, cells, flagged });
  });
  if (rows.length === 0 && problems.length === 0) problems.push(fileProblem(worksheet.name, 'empty'));
  return { sheet: worksheet.name, rows, problems };
}

function fileProblem(sheet: string, key: string, params?: Record<string, string | number>): SheetProblem {
  return { sheet, row: null, column: null, key, params };
}

async function loadWorkbook(data: Buffer): Promise<Workbook | SheetProblem> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelBuffer, READ_OPTIONS);
  } catch (error) {
    if (/Max row count/.test(String(error))) return fileProblem('file', 'tooManyRows', { max: MAX_SHEET_ROWS });
    return fileProblem('file', 'unreadable');
  }
  return workbook.worksheets.length > 0 ? workbook : fileProblem('file', 'unreadable');
}

function matchHeader(worksheet: Worksheet, headers: readonly string[], problems: SheetProblem[]): number[] | null {
  const found = new Map<string, number>();
  const cells = worksheet.getRow(1).values;
  (Array.isArray(cells) ? (cells as CellValue[]) : []).forEach((value, column) => {
    const plain = cellOf(value, worksheet.name, 1, '', []);
    const text = plain === null ? '' : normalize(textOf(plain));
    if (text && !found.has(text)) found.set(text, column);
  });
  const numbers = headers.map((header) => found.get(normalize(header)));
  headers.forEach((header, index) => {
    if (numbers[index] === undefined)
      problems.push({ sheet: worksheet.name, row: 1, column: header, key: 'headerMissing', params: { expected: header } });
  });
  return numbers.every((n) => n !== undefined) ? (numbers as number[]) : null;
}

/** Reduces a cell; a formula or an Excel error becomes a problem (and null). */
function cellOf(value: CellValue | undefined, sheet: string, row: number, column: string, problems: SheetProblem[]): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    problems.push({ sheet, row, column, key: 'formula', params: { column } });
    return null;
  }
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : null;
  if ('error' in value) {
    problems.push({ sheet, row, column, key: 'cellError', params: { column, value: String(value.error) } });
    return null;
  }
  return null;
}

/** Plain text of a cell, trimmed ('' when empty). */
export function textOf(cell: RawCell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Orders problems by row (file-level first), then by the column order given. */
export function sortProblems(problems: readonly SheetProblem[], columnOrder: readonly string[]): SheetProblem[] {
  const rank = (p: SheetProblem) => (p.column === null ? -1 : columnOrder.indexOf(p.column));
  return [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || rank(a) - rank(b));
}
