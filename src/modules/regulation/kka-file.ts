/**
 * Reads a KKA XLSX file (sheet `KKA`, or the first sheet; columns Kode | Nama | Retensi Aktif | Retensi Inaktif |
 * Nasib Akhir) into rows and located problems. It never throws on bad input: an unreadable file becomes a
 * problem on the pseudo-sheet `file`. Cross-row rules (duplicates, parents) are in kka-checks.ts.
 */
import type { CellValue, Workbook, Worksheet, XlsxReadOptions } from 'exceljs';
import ExcelJS from 'exceljs';
import { type FinalDisposition, kkaCodeProblem, parseFinalDisposition } from './kka-code.ts';

/** The sheet the template uses. */
export const KKA_SHEET = 'KKA';

/** The columns, in template order. */
export const KKA_COLUMNS = {
  code: 'Kode',
  name: 'Nama',
  active: 'Retensi Aktif',
  inactive: 'Retensi Inaktif',
  disposition: 'Nasib Akhir',
} as const;

/** A problem found in the file, located at sheet, Excel row and column header. */
export interface KkaProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  /** i18n key under `regulation.kka.`. */
  messageKey: string;
  params?: Record<string, string | number>;
}

/** One data row as read; `valid` is false when any of its cells had a problem. */
export interface KkaRow {
  row: number;
  code: string | null;
  name: string;
  retentionActiveYears: number | null;
  retentionInactiveYears: number | null;
  finalDisposition: FinalDisposition | null;
  valid: boolean;
}

/** More rows than this and the file is refused before its rows are read. */
export const MAX_KKA_ROWS = 20_000;
const MAX_NAME = 300;
const MAX_RETENTION_YEARS = 100;
// SECURITY: exceljs expands these nodes per cell; whole-column ranges in a crafted file would cost seconds.
const READ_OPTIONS: Partial<XlsxReadOptions> & { maxRows: number } = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'mergeCells', 'hyperlinks', 'extLst'],
  maxRows: MAX_KKA_ROWS,
};
const INVALID_TEXT = /[\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];
type Raw = string | number | boolean | Date | { error: string } | null;

/** Parses a KKA XLSX file into the sheet read, its rows and problems. */
export async function parseKkaFile(
  data: Buffer | Uint8Array,
): Promise<{ sheet: string; rows: KkaRow[]; problems: KkaProblem[] }> {
  const loaded = await loadWorkbook(data);
  if (!('worksheets' in loaded)) return { sheet: 'file', rows: [], problems: [loaded] };
  const worksheet = loaded.worksheets.find((w) => normalize(w.name) === normalize(KKA_SHEET)) ?? loaded.worksheets[0]!;
  const problems: KkaProblem[] = [];
  const columns = matchHeader(worksheet, problems);
  if (!columns) return { sheet: worksheet.name, rows: [], problems };
  const rows: KkaRow[] = [];
  worksheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = Array.isArray(row.values) ? (row.values as CellValue[]) : [];
    const raws = columns.map((column) => rawOf(cells[column]));
    if (raws.every((raw) => textOf(raw) === '')) return;
    rows.push(readRow(worksheet.name, rowNumber, raws, problems));
  });
  if (rows.length === 0) problems.push({ sheet: worksheet.name, row: null, column: null, messageKey: 'regulation.kka.empty' });
  return { sheet: worksheet.name, rows, problems };
}

async function loadWorkbook(data: Buffer | Uint8Array): Promise<Workbook | KkaProblem> {
  const unreadable: KkaProblem = { sheet: 'file', row: null, column: null, messageKey: 'regulation.kka.fileUnreadable' };
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data) as unknown as ExcelBuffer, READ_OPTIONS);
  } catch (error) {
    if (/Max row count/.test(String(error)))
      return { ...unreadable, messageKey: 'regulation.kka.tooManyRows', params: { max: MAX_KKA_ROWS } };
    return unreadable;
  }
  return workbook.worksheets.length > 0 ? workbook : unreadable;
}

/** Finds each header in row 1 (any order, case and spaces ignored); null when one is missing. */
function matchHeader(worksheet: Worksheet, problems: KkaProblem[]): number[] | null {
  const found = new Map<string, number>();
  const cells = worksheet.getRow(1).values;
  (Array.isArray(cells) ? (cells as CellValue[]) : []).forEach((value, column) => {
    const text = normalize(textOf(rawOf(value)));
    if (text && !found.has(text)) found.set(text, column);
  });
  const numbers = Object.values(KKA_COLUMNS).map((header) => found.get(normalize(header)));
  Object.values(KKA_COLUMNS).forEach((header, index) => {
    if (numbers[index] === undefined)
      problems.push({
        sheet: worksheet.name,
        row: 1,
        column: header,
        messageKey: 'regulation.kka.headerMissing',
        params: { expected: header },
      });
  });
  return numbers.every((n) => n !== undefined) ? (numbers as number[]) : null;
}

/** A read cell: its value, or the problem (message key under `regulation.kka.`) that stopped it. */
type Cell<T> = { ok: true; value: T } | { ok: false; key: string; params?: Record<string, string | number> };

const pass = <T>(value: T): Cell<T> => ({ ok: true, value });
const fail = <T>(key: string, params?: Record<string, string | number>): Cell<T> => ({ ok: false, key, params });

function readRow(sheet: string, row: number, raws: Raw[], problems: KkaProblem[]): KkaRow {
  let valid = true;
  const take = <T>(column: string, cell: Cell<T>, fallback: T): T => {
    if (cell.ok) return cell.value;
    valid = false;
    problems.push({ sheet, row, column, messageKey: `regulation.kka.${cell.key}`, params: { column, ...cell.params } });
    return fallback;
  };
  const [code = null, name = null, active = null, inactive = null, disposition = null] = raws;
  return {
    row,
    code: take<string | null>(KKA_COLUMNS.code, readCode(code), null),
    name: take(KKA_COLUMNS.name, readName(name), ''),
    retentionActiveYears: take(KKA_COLUMNS.active, readYears(active), null),
    retentionInactiveYears: take(KKA_COLUMNS.inactive, readYears(inactive), null),
    finalDisposition: take(KKA_COLUMNS.disposition, readDisposition(disposition), null),
    // Evaluated last, after every cell above was read.
    valid,
  };
}

function readCode(raw: Raw): Cell<string | null> {
  if (isCellError(raw)) return fail('cellError', { value: raw.error });
  // A number cell has already lost leading zeros (000 → 0) and trailing ones (500.10 → 500.1).
  if (typeof raw === 'number') return fail('codeAsNumber', { value: String(raw) });
  const text = textOf(raw);
  if (text === '') return fail('required');
  const problem = kkaCodeProblem(text);
  if (problem === 'format') return fail('codeFormat', { value: text.slice(0, 40) });
  if (problem === 'topLevel') return fail('topLevel', { value: text });
  return pass(text);
}

function readName(raw: Raw): Cell<string> {
  if (isCellError(raw)) return fail('cellError', { value: raw.error });
  const text = textOf(raw);
  if (text === '') return fail('required');
  if (INVALID_TEXT.test(text)) return fail('invalidText');
  if (text.length > MAX_NAME) return fail('tooLong', { length: text.length, max: MAX_NAME });
  return pass(text);
}

function readYears(raw: Raw): Cell<number | null> {
  if (isCellError(raw)) return fail('cellError', { value: raw.error });
  const text = textOf(raw);
  if (text === '') return pass(null);
  const years = typeof raw === 'number' ? raw : /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(years) || years < 0 || years > MAX_RETENTION_YEARS)
    return fail('retentionNotNumber', { value: text.slice(0, 40), max: MAX_RETENTION_YEARS });
  return pass(years);
}

function readDisposition(raw: Raw): Cell<FinalDisposition | null> {
  if (isCellError(raw)) return fail('cellError', { value: raw.error });
  const text = textOf(raw);
  if (text === '') return pass(null);
  const disposition = parseFinalDisposition(text);
  return disposition ? pass(disposition) : fail('unknownDisposition', { value: text.slice(0, 40) });
}

/** Reduces an exceljs cell value (formula result, rich text, hyperlink text, error) to a plain value. */
function rawOf(value: CellValue | undefined): Raw {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return rawOf(value.result as CellValue);
  if ('hyperlink' in value) return rawOf(value.text as CellValue);
  if ('error' in value) return { error: String(value.error) };
  return null;
}

function isCellError(raw: Raw): raw is { error: string } {
  return raw !== null && typeof raw === 'object' && !(raw instanceof Date);
}

function textOf(raw: Raw): string {
  if (raw === null || isCellError(raw)) return '';
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return String(raw).trim();
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
