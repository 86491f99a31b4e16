/**
 * Reading and writing the IDM workbook (layout: idm-xlsx-layout.ts). Reading never throws on bad input: file problems
 * (unreadable, header missing, empty) and row problems (formula, Excel error, unknown or repeated desa, a score that
 * is not an integer 0–5) come back located by sheet, Excel row and column header.
 */
import type { CellValue, Workbook, Worksheet, XlsxReadOptions } from 'exceljs';
import ExcelJS from 'exceljs';
import { IDM_INDICATORS } from './idm-catalogue.ts';
import {
  IDM_EXPORT_COLUMNS,
  IDM_GUIDE,
  IDM_ID_COLUMNS,
  IDM_REQUIRED_COLUMNS,
  IDM_SHEET,
  indicatorColumn,
} from './idm-xlsx-layout.ts';

/** A problem located at sheet, row and column; `key` is under `villages.idm.file.`. */
export interface IdmSheetProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
}

/** One valid row: the desa and its complete scores. */
export interface IdmFileRow {
  row: number;
  regionId: string;
  desaCode: string;
  scores: Record<string, number>;
}

/** One desa-year as the export writes it. */
export interface IdmExportRow {
  desaCode: string;
  kecamatan: string | null;
  desa: string;
  scores: Readonly<Record<string, number>>;
  computed: readonly [string, string, string, string, string];
}

/** More data rows than this and the file is refused (a regency has a few hundred desa). */
export const MAX_IDM_ROWS = 5_000;
// SECURITY: exceljs expands these nodes per cell; whole-column ranges in a crafted file would cost seconds.
const READ_OPTIONS: Partial<XlsxReadOptions> & { maxRows: number } = {
  ignoreNodes: ['dataValidations', 'conditionalFormatting', 'mergeCells', 'hyperlinks', 'extLst'],
  maxRows: MAX_IDM_ROWS + 1,
};
type ExcelBuffer = Parameters<Workbook['xlsx']['load']>[0];
type Plain = string | number | null;

const normalize = (text: string) => text.trim().replace(/\s+/g, ' ').toUpperCase();

async function load(data: Buffer): Promise<Workbook | IdmSheetProblem> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(data as unknown as ExcelBuffer, READ_OPTIONS);
  } catch (error) {
    if (/Max row count/.test(String(error)))
      return { sheet: 'file', row: null, column: null, key: 'tooManyRows', params: { max: MAX_IDM_ROWS } };
    return { sheet: 'file', row: null, column: null, key: 'unreadable' };
  }
  return book.worksheets.length > 0 ? book : { sheet: 'file', row: null, column: null, key: 'unreadable' };
}

/** A cell as plain text/number; a formula or an Excel error is reported and gives `undefined`. */
function plainOf(value: CellValue | undefined, at: (key: string, params?: Record<string, string>) => void): Plain | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean' || value instanceof Date) return String(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    at('formula');
    return undefined;
  }
  if ('error' in value) {
    at('cellError', { value: String(value.error) });
    return undefined;
  }
  return null;
}

function headerColumns(sheet: Worksheet): Map<string, number> {
  const found = new Map<string, number>();
  const values = sheet.getRow(1).values;
  (Array.isArray(values) ? (values as CellValue[]) : []).forEach((value, column) => {
    const text = typeof value === 'string' || typeof value === 'number' ? normalize(String(value)) : '';
    if (text && !found.has(text)) found.set(text, column);
  });
  return found;
}

/** Reads an integer score 0–5 from a number or a numeric text. */
function scoreOf(cell: Plain): number | 'missing' | 'invalid' {
  if (cell === null || String(cell).trim() === '') return 'missing';
  const value = typeof cell === 'number' ? cell : /^\s*-?\d+(\.\d+)?\s*$/.test(cell) ? Number(cell) : Number.NaN;
  return Number.isInteger(value) && value >= 0 && value <= 5 ? value : 'invalid';
}

/** Reads and checks an IDM workbook; `desaByCode` maps the tenant's Kemendagri desa codes to region ids. */
export async function parseIdmFile(
  data: Buffer,
  desaByCode: ReadonlyMap<string, string>,
): Promise<{ rows: IdmFileRow[]; total: number; problems: IdmSheetProblem[] }> {
  const book = await load(data);
  if (!('worksheets' in book)) return { rows: [], total: 0, problems: [book] };
  const sheet = book.worksheets.find((w) => normalize(w.name) === normalize(IDM_SHEET)) ?? book.worksheets[0]!;
  const headers = headerColumns(sheet);
  const missing = IDM_REQUIRED_COLUMNS.filter((c) => !headers.has(normalize(c)));
  if (missing.length > 0)
    return {
      rows: [],
      total: 0,
      problems: missing.map((c) => ({ sheet: sheet.name, row: 1, column: c, key: 'headerMissing', params: { expected: c } })),
    };
  const problems: IdmSheetProblem[] = [];
  const rows: IdmFileRow[] = [];
  const firstRowOf = new Map<string, number>();
  let total = 0;
  sheet.eachRow((row, rowNumber) => {
    if (rowNumber === 1) return;
    const values = Array.isArray(row.values) ? (row.values as CellValue[]) : [];
    const before = problems.length;
    const cell = (column: string): Plain | undefined =>
      plainOf(values[headers.get(normalize(column))!], (key, params = {}) =>
        problems.push({ sheet: sheet.name, row: rowNumber, column, key, params: { column, ...params } }),
      );
    const cells = IDM_REQUIRED_COLUMNS.map((c) => cell(c));
    if (problems.length === before && cells.every((c) => c === null || String(c).trim() === '')) return;
    total += 1;
    const report = (column: string, key: string, params: Record<string, string | number> = {}) =>
      problems.push({ sheet: sheet.name, row: rowNumber, column, key, params: { column, ...params } });
    const parsed = readRow(cells, report, desaByCode);
    if (!parsed || problems.length > before) return;
    const first = firstRowOf.get(parsed.desaCode);
    if (first !== undefined) return report(IDM_ID_COLUMNS.desaCode, 'duplicateDesa', { value: parsed.desaCode, firstRow: first });
    firstRowOf.set(parsed.desaCode, rowNumber);
    rows.push({ row: rowNumber, ...parsed });
  });
  if (total === 0 && problems.length === 0) problems.push({ sheet: sheet.name, row: null, column: null, key: 'empty' });
  return { rows, total, problems };
}

function readRow(
  cells: (Plain | undefined)[],
  report: (column: string, key: string, params?: Record<string, string | number>) => void,
  desaByCode: ReadonlyMap<string, string>,
): Omit<IdmFileRow, 'row'> | null {
  const [codeCell, ...scoreCells] = cells;
  const column = IDM_ID_COLUMNS.desaCode;
  const desaCode = codeCell === null || codeCell === undefined ? '' : String(codeCell).trim();
  const regionId = typeof codeCell === 'string' ? desaByCode.get(desaCode) : undefined;
  if (typeof codeCell === 'number') report(column, 'codeAsNumber', { value: desaCode });
  else if (desaCode === '' && codeCell !== undefined) report(column, 'required');
  else if (codeCell !== undefined && !regionId) report(column, 'unknownDesa', { value: desaCode.slice(0, 40) });
  const scores: Record<string, number> = {};
  IDM_INDICATORS.forEach((indicator, i) => {
    const cell = scoreCells[i];
    if (cell === undefined) return;
    const score = scoreOf(cell);
    if (score === 'missing') report(indicatorColumn(indicator.code), 'required');
    else if (score === 'invalid') report(indicatorColumn(indicator.code), 'scoreRange', { value: String(cell).slice(0, 20) });
    else scores[indicator.code] = score;
  });
  return regionId ? { regionId, desaCode, scores } : null;
}

/** Writes rows as a workbook parseIdmFile reads back to the same scores (codes as text, scores as numbers). */
export async function writeIdmFile(rows: readonly IdmExportRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Pamong';
  const sheet = book.addWorksheet(IDM_SHEET, { views: [{ state: 'frozen', ySplit: 1, xSplit: 4 }] });
  sheet.columns = IDM_EXPORT_COLUMNS.map((header, i) => ({
    header,
    key: `c${i}`,
    width: i === 0 ? 6 : i < 4 ? 22 : 9,
    style: i > 0 && i < 4 ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const [i, r] of rows.entries()) {
    const scores = IDM_INDICATORS.map((x) => r.scores[x.code] ?? null);
    sheet.addRow([i + 1, r.desaCode, r.kecamatan ?? '', r.desa, ...scores, ...r.computed]);
  }
  const guide = book.addWorksheet('Petunjuk');
  guide.getColumn(1).width = 120;
  for (const line of IDM_GUIDE) guide.addRow([line]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
