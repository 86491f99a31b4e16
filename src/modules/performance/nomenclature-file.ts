/**
 * The nomenclature XLSX (sheet `Nomenklatur`: Tingkat | Kode | Kode Induk | Nama): reading rows with their
 * problems, the cross-row checks (duplicate code, parent missing, parent not matching the code), and the
 * template writer. Pure apart from exceljs; no database.
 */
import ExcelJS from 'exceljs';
import type { NomenclatureLevel } from '../../db/schema/performance-budget.ts';
import { readSheet, type SheetProblem, sortProblems, textOf } from './budget-xlsx.ts';
import { compareNomenclatureCodes, isNomenclatureCode, levelOfCode, parentNomenclatureCode } from './nomenclature-code.ts';

/** The sheet of the template. */
export const NOMENCLATURE_SHEET = 'Nomenklatur';
/** Column headers, in template order. */
export const NOMENCLATURE_COLUMNS = { level: 'Tingkat', code: 'Kode', parent: 'Kode Induk', name: 'Nama' } as const;
const HEADERS: readonly string[] = Object.values(NOMENCLATURE_COLUMNS);
const LEVEL_WORDS: Record<string, NomenclatureLevel> = {
  program: 'program',
  kegiatan: 'kegiatan',
  'sub kegiatan': 'sub_kegiatan',
  'sub-kegiatan': 'sub_kegiatan',
  sub_kegiatan: 'sub_kegiatan',
  subkegiatan: 'sub_kegiatan',
};
const MAX_NAME = 500;
const INVALID_TEXT = /[\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** A valid nomenclature row, ready to write. */
export interface NomenclatureRow {
  row: number;
  level: NomenclatureLevel;
  code: string;
  parentCode: string | null;
  name: string;
}

/** Reads and checks a nomenclature file against the codes already in the edition. */
export async function parseNomenclatureFile(
  data: Buffer,
  existingCodes: ReadonlySet<string>,
): Promise<{ rows: NomenclatureRow[]; total: number; problems: SheetProblem[] }> {
  const sheet = await readSheet(data, NOMENCLATURE_SHEET, HEADERS);
  const problems = [...sheet.problems];
  const rows: NomenclatureRow[] = [];
  for (const raw of sheet.rows) {
    const before = problems.length;
    // A cell already refused (formula, Excel error) gets no second problem.
    const at = (column: string, key: string, params: Record<string, string | number> = {}) => {
      if (!raw.flagged.has(HEADERS.indexOf(column)))
        problems.push({ sheet: sheet.sheet, row: raw.row, column, key, params: { column, ...params } });
    };
    const row = readRow(raw.row, raw.cells, at);
    if (row && problems.length === before && raw.flagged.size === 0) rows.push(row);
  }
  problems.push(...crossRowProblems(sheet.sheet, rows, existingCodes));
  const bad = new Set(problems.map((p) => p.row));
  return { rows: rows.filter((r) => !bad.has(r.row)), total: sheet.rows.length, problems: sortProblems(problems, HEADERS) };
}

type Report = (column: string, key: string, params?: Record<string, string | number>) => void;

function readRow(row: number, cells: (string | number | boolean | Date | null)[], at: Report): NomenclatureRow | null {
  const [levelCell = null, codeCell = null, parentCell = null, nameCell = null] = cells;
  const levelText = textOf(levelCell).toLowerCase().replace(/\s+/g, ' ');
  const level = LEVEL_WORDS[levelText] ?? null;
  if (levelText === '') at(NOMENCLATURE_COLUMNS.level, 'required');
  else if (!level) at(NOMENCLATURE_COLUMNS.level, 'unknownLevel', { value: levelText.slice(0, 40) });
  const code = textOf(codeCell);
  if (typeof codeCell === 'number') at(NOMENCLATURE_COLUMNS.code, 'codeAsNumber', { value: code });
  else if (code === '') at(NOMENCLATURE_COLUMNS.code, 'required');
  else if (level && !isNomenclatureCode(level, code))
    at(NOMENCLATURE_COLUMNS.code, 'codeShape', { value: code.slice(0, 40), level: levelText, found: levelOfCode(code) ?? '-' });
  const parentCode = textOf(parentCell) || null;
  const name = textOf(nameCell);
  if (name === '') at(NOMENCLATURE_COLUMNS.name, 'required');
  else if (INVALID_TEXT.test(name)) at(NOMENCLATURE_COLUMNS.name, 'invalidText');
  else if (name.length > MAX_NAME) at(NOMENCLATURE_COLUMNS.name, 'tooLong', { length: name.length, max: MAX_NAME });
  if (!level || code === '' || typeof codeCell === 'number') return null;
  const expected = parentNomenclatureCode(level, code);
  if (isNomenclatureCode(level, code) && parentCode !== expected)
    at(NOMENCLATURE_COLUMNS.parent, 'parentMismatch', { value: parentCode ?? '', expected: expected ?? '' });
  return { row, level, code, parentCode, name };
}

function crossRowProblems(sheet: string, rows: readonly NomenclatureRow[], existing: ReadonlySet<string>): SheetProblem[] {
  const problems: SheetProblem[] = [];
  const firstRowOf = new Map<string, number>();
  const column = NOMENCLATURE_COLUMNS.code;
  for (const row of rows) {
    const first = firstRowOf.get(row.code);
    if (first === undefined) firstRowOf.set(row.code, row.row);
    else problems.push({ sheet, row: row.row, column, key: 'duplicate', params: { column, value: row.code, firstRow: first } });
  }
  for (const row of rows)
    if (row.parentCode !== null && !firstRowOf.has(row.parentCode) && !existing.has(row.parentCode))
      problems.push({
        sheet,
        row: row.row,
        column: NOMENCLATURE_COLUMNS.parent,
        key: 'parentMissing',
        params: { column: NOMENCLATURE_COLUMNS.parent, value: row.code, parent: row.parentCode },
      });
  return problems;
}

/** Rows parents-first, so every parent exists before its children. */
export function nomenclatureInParentOrder<T extends { code: string }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => compareNomenclatureCodes(a.code, b.code));
}

/** Example rows of the template (Kepmendagri: Urusan Komunikasi dan Informatika). */
export const NOMENCLATURE_EXAMPLE: readonly Omit<NomenclatureRow, 'row'>[] = [
  { level: 'program', code: '2.16.02', parentCode: null, name: 'Program Informasi dan Komunikasi Publik' },
  {
    level: 'kegiatan',
    code: '2.16.02.1.01',
    parentCode: '2.16.02',
    name: 'Pengelolaan Informasi dan Komunikasi Publik Pemerintah Daerah Kabupaten/Kota',
  },
  {
    level: 'sub_kegiatan',
    code: '2.16.02.1.01.0001',
    parentCode: '2.16.02.1.01',
    name: 'Perumusan Kebijakan Teknis Informasi dan Komunikasi Publik',
  },
];

const GUIDE = [
  'Petunjuk impor nomenklatur program/kegiatan/sub kegiatan (Kepmendagri)',
  '',
  'Isi lembar Nomenklatur, satu kode per baris. Kolom Kode dan Kode Induk berformat Teks.',
  'Tingkat: program, kegiatan atau sub kegiatan. Bentuk kode: program 2.16.02, kegiatan 2.16.02.1.01,',
  'sub kegiatan 2.16.02.1.01.0001. Kode Induk: kosong untuk program, kode program untuk kegiatan, kode kegiatan',
  'untuk sub kegiatan; induk harus ada di berkas ini atau sudah ada di edisi yang sama.',
  'Edisi (mis. Kepmendagri 900.1.15.5-1317/2023) dipilih saat mengunggah. Kode yang sudah ada di edisi itu diperbarui.',
  'Jangan gabungkan sel dan jangan memakai rumus: salin lalu tempel sebagai nilai.',
];

/** Writes nomenclature rows as a workbook parseNomenclatureFile reads back. */
export async function writeNomenclatureFile(rows: readonly Omit<NomenclatureRow, 'row'>[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pamong';
  const sheet = workbook.addWorksheet(NOMENCLATURE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: NOMENCLATURE_COLUMNS.level, key: 'level', width: 14, style: { numFmt: '@' } },
    { header: NOMENCLATURE_COLUMNS.code, key: 'code', width: 22, style: { numFmt: '@' } },
    { header: NOMENCLATURE_COLUMNS.parent, key: 'parent', width: 18, style: { numFmt: '@' } },
    { header: NOMENCLATURE_COLUMNS.name, key: 'name', width: 80, style: { numFmt: '@' } },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows)
    sheet.addRow({ level: r.level.replace('_', ' '), code: r.code, parent: r.parentCode ?? '', name: r.name });
  const guide = workbook.addWorksheet('Petunjuk');
  guide.getColumn(1).width = 110;
  for (const line of GUIDE) guide.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
