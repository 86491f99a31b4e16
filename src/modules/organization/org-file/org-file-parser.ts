/**
 * Reads an organisation XLSX file (see org-file-format.ts) into an OrgPlan and a list of problems, each
 * located at sheet, Excel row and column header. It never throws on bad input: an unreadable file becomes a
 * problem on the pseudo-sheet `file`. The plan holds only the rows without problems, so it is meant to be
 * imported only when `problems` is empty.
 */

import type { CellValue, Workbook, Worksheet, XlsxReadOptions } from 'exceljs';
import ExcelJS from 'exceljs';
import type { ImportProblem, OrgPlan } from '../org-plan.ts';
import { convertField, type RawCell, rawCellValue } from './org-file-cells.ts';
import { assemblePlan, type ParsedRow, ProblemLog } from './org-file-checks.ts';
import { ASSIGNMENT_SHEET, EMPLOYEE_SHEET, ORG_SHEETS, type OrgSheet, POSITION_SHEET, UNIT_SHEET } from './org-file-format.ts';

export { problemMessages } from './org-file-messages.ts';

/** What parseOrgFile returns: the valid rows as a plan, and every problem found, sorted by sheet and row. */
export interface OrgFileParseResult {
  plan: OrgPlan;
  problems: ImportProblem[];
}

/** More rows than this in any sheet makes the file rejected before its rows are checked. */
export const MAX_ROWS_PER_SHEET = 100_000;

// SECURITY: exceljs expands every range of these nodes into one object per cell, so a single validation or
// merge over a whole column (which Excel users do) costs seconds, and a whole-sheet range hangs the process.
// The parser needs none of them. maxRows bounds the work a crafted or runaway file can cause.
const READ_OPTIONS: Partial<XlsxReadOptions> & { maxRows: number } = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'mergeCells', 'hyperlinks', 'extLst'],
  maxRows: MAX_ROWS_PER_SHEET,
};

/** exceljs declares its own browser-friendly `Buffer`; a Node Buffer is what it uses at run time. */
type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];

const UNREADABLE: ImportProblem = { sheet: 'file', row: null, column: null, messageKey: 'import.fileUnreadable' };

/** Parses an organisation XLSX file; never throws on malformed, corrupt or non-XLSX input. */
export async function parseOrgFile(data: Buffer | Uint8Array): Promise<OrgFileParseResult> {
  const loaded = await loadWorkbook(data);
  if (!('worksheets' in loaded)) return { plan: emptyPlan(), problems: [loaded] };
  try {
    const log = new ProblemLog();
    const plan = assemblePlan(
      {
        units: readSheet(loaded, UNIT_SHEET, log),
        positions: readSheet(loaded, POSITION_SHEET, log),
        employees: readSheet(loaded, EMPLOYEE_SHEET, log),
        assignments: readSheet(loaded, ASSIGNMENT_SHEET, log),
      },
      log,
    );
    return { plan, problems: sortProblems(log.problems) };
  } catch {
    // Only a workbook exceljs loaded but modelled inconsistently gets here; report it like a corrupt file.
    return { plan: emptyPlan(), problems: [UNREADABLE] };
  }
}

async function loadWorkbook(data: Buffer | Uint8Array): Promise<Workbook | ImportProblem> {
  const workbook = new ExcelJS.Workbook();
  const buffer = Buffer.from(data);
  try {
    await workbook.xlsx.load(buffer as unknown as ExcelBuffer, READ_OPTIONS);
  } catch (error) {
    if (/Max row count/.test(String(error)))
      return { ...UNREADABLE, messageKey: 'import.tooManyRows', params: { max: MAX_ROWS_PER_SHEET } };
    return UNREADABLE;
  }
  // Any zip loads; one without worksheets (a .docx, an arbitrary archive) is not a spreadsheet.
  return workbook.worksheets.length > 0 ? workbook : UNREADABLE;
}

function readSheet(workbook: Workbook, sheet: OrgSheet, log: ProblemLog): ParsedRow[] | null {
  const worksheet = workbook.worksheets.find((candidate) => normalize(candidate.name) === normalize(sheet.name));
  if (!worksheet) {
    log.add({ sheet: sheet.name, row: null, column: null, messageKey: 'import.sheetMissing', params: { sheet: sheet.name } });
    return null;
  }
  const columnNumbers = matchHeader(worksheet, sheet, log);
  if (!columnNumbers) return null;
  const rows: ParsedRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const parsed = parseRow(sheet, rowNumber, pick(row.values, columnNumbers), log);
    if (parsed) rows.push(parsed);
  });
  return rows;
}

/** Finds each expected header in row 1 (any order, case and surrounding spaces ignored). */
function matchHeader(worksheet: Worksheet, sheet: OrgSheet, log: ProblemLog): number[] | null {
  const columnOfHeader = new Map<string, number>();
  const found: string[] = [];
  cellList(worksheet.getRow(1).values).forEach((value, columnNumber) => {
    const text = headerText(rawCellValue(value));
    found[columnNumber] = text;
    if (text && !columnOfHeader.has(normalize(text))) columnOfHeader.set(normalize(text), columnNumber);
  });
  const numbers = sheet.columns.map((column) => columnOfHeader.get(normalize(column.header)));
  sheet.columns.forEach((column, index) => {
    if (numbers[index] !== undefined) return;
    const params = { expected: column.header, found: found[index + 1] ?? '' };
    log.add({ sheet: sheet.name, row: 1, column: column.header, messageKey: 'import.headerMismatch', params });
  });
  return numbers.every((number) => number !== undefined) ? (numbers as number[]) : null;
}

function parseRow(sheet: OrgSheet, rowNumber: number, raws: RawCell[], log: ProblemLog): ParsedRow | null {
  if (raws.every(isBlank)) return null;
  const parsed: ParsedRow = { row: rowNumber, values: {}, ok: true };
  const problems = log.on(sheet);
  sheet.columns.forEach((column, index) => {
    const result = convertField(column, raws[index]);
    if (result.ok) parsed.values[column.key] = result.value;
    else problems.reject(parsed, column.key, result.messageKey, result.params);
  });
  return parsed;
}

function pick(values: Row['values'], columnNumbers: number[]): RawCell[] {
  const cells = cellList(values);
  return columnNumbers.map((columnNumber) => rawCellValue(cells[columnNumber]));
}

type Row = ExcelJS.Row;

/** exceljs types row values as an array or a keyed object; for rows read from a file it is a sparse array. */
function cellList(values: Row['values']): CellValue[] {
  return Array.isArray(values) ? values : [];
}

function headerText(raw: RawCell): string {
  if (raw === null || (typeof raw === 'object' && !(raw instanceof Date))) return '';
  return String(raw).trim();
}

function isBlank(raw: RawCell): boolean {
  return raw === null || (typeof raw === 'string' && raw.trim() === '');
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

const SHEET_ORDER = new Map<string, number>([['file', 0], ...ORG_SHEETS.map((sheet, index) => [sheet.name, index + 1] as const)]);
const COLUMN_ORDER = new Map<string, number>(
  ORG_SHEETS.flatMap((sheet) => sheet.columns.map((column, index) => [`${sheet.name}|${column.header}`, index] as const)),
);

/** Orders problems by sheet (file order), then row, then column. */
function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const columnRank = (problem: ImportProblem) => COLUMN_ORDER.get(`${problem.sheet}|${problem.column}`) ?? -1;
  return [...problems].sort(
    (a, b) =>
      (SHEET_ORDER.get(a.sheet) ?? 0) - (SHEET_ORDER.get(b.sheet) ?? 0) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      columnRank(a) - columnRank(b),
  );
}

function emptyPlan(): OrgPlan {
  return { units: [], positions: [], employees: [], assignments: [] };
}
