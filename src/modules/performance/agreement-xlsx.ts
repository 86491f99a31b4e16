/**
 * The Perjanjian Kinerja XLSX of one PK (pure apart from exceljs). Sheet `Sasaran`, one row per item: ID Indikator |
 * Kode Indikator | Sasaran | Indikator | Satuan | Target (a number, a `min–max` range or text). Sheet `Anggaran`, one
 * row per budget row: ID Anggaran | Kode Program | Program | Kode Kegiatan | Kegiatan | Kode Sub Kegiatan | Sub
 * Kegiatan | Pagu (rupiah, exact). Indikator and Satuan are there to read; everything else is read back.
 */
import ExcelJS from 'exceljs';
import { parseMoney } from './budget-money.ts';
import type { RawCell, SheetProblem, SheetRow } from './budget-xlsx.ts';
import { textOf } from './budget-xlsx.ts';
import { parseDecimal } from './capaian/decimal.ts';
import {
  decimalCell,
  FILE_KEYS,
  type FileTarget,
  orderProblems,
  type Report,
  readSheets,
  readTarget,
  readText,
  rowReporter,
  targetCell,
} from './plan-xlsx-cells.ts';

/** Sheet names. */
export const PK_SHEETS = { items: 'Sasaran', budgets: 'Anggaran' } as const;
/** Headers of the `Sasaran` sheet. */
export const ITEM_COLUMNS = {
  indicatorId: 'ID Indikator',
  code: 'Kode Indikator',
  sasaran: 'Sasaran',
  name: 'Indikator',
  unit: 'Satuan',
  target: 'Target',
} as const;
/** Headers of the `Anggaran` sheet. */
export const BUDGET_COLUMNS = {
  id: 'ID Anggaran',
  programCode: 'Kode Program',
  programName: 'Program',
  kegiatanCode: 'Kode Kegiatan',
  kegiatanName: 'Kegiatan',
  subKegiatanCode: 'Kode Sub Kegiatan',
  subKegiatanName: 'Sub Kegiatan',
  pagu: 'Pagu',
} as const;
/** Both sheets with their headers, in file order. */
export const PK_SPECS = [
  { name: PK_SHEETS.items, headers: Object.values(ITEM_COLUMNS) as string[] },
  { name: PK_SHEETS.budgets, headers: Object.values(BUDGET_COLUMNS) as string[] },
];

/** An item row read back: the indicator by id (or, when empty, by code), the sasaran and the target. */
export interface FileItem {
  row: number;
  indicatorId: string | null;
  code: string | null;
  sasaran: string | null;
  target: FileTarget | null;
}

/** The fields of a budget row (codes and names as text, pagu as a canonical money text). */
export interface BudgetFields {
  programCode: string;
  programName: string;
  kegiatanCode: string | null;
  kegiatanName: string | null;
  subKegiatanCode: string | null;
  subKegiatanName: string | null;
  pagu: string;
}

/** A budget row read back; `id` null for a new row. */
export interface FileBudget extends BudgetFields {
  row: number;
  id: string | null;
}

/** An item as written. */
export interface ItemExportRow {
  indicatorId: string;
  code: string | null;
  sasaran: string;
  name: string;
  unitOfMeasure: string;
  target: FileTarget | null;
}

/** A budget row as written. */
export interface BudgetExportRow extends BudgetFields {
  id: string;
}

/** What a PK file holds: valid rows of both sheets, how many rows there were, and every problem. */
export interface AgreementFile {
  items: FileItem[];
  budgets: FileBudget[];
  rows: number;
  problems: SheetProblem[];
}

/** Reads a PK file: every cell checked on its own (cross-row and database checks come after). */
export async function parseAgreementFile(data: Buffer): Promise<AgreementFile> {
  const [itemSheet, budgetSheet] = await readSheets(data, PK_SPECS);
  const problems = [...(itemSheet?.problems ?? []), ...(budgetSheet?.problems ?? [])];
  const out: AgreementFile = { items: [], budgets: [], rows: 0, problems };
  if (!itemSheet || !budgetSheet || problems.some((p) => p.row === 1 || p.row === null)) return out;
  out.rows = itemSheet.rows.length + budgetSheet.rows.length;
  if (out.rows === 0) problems.push({ sheet: itemSheet.sheet, row: null, column: null, key: `${FILE_KEYS}empty` });
  for (const raw of itemSheet.rows) {
    const before = problems.length;
    const item = readItemRow(raw, rowReporter(problems, itemSheet.sheet, raw, PK_SPECS[0]!.headers));
    if (item && problems.length === before && raw.flagged.size === 0) out.items.push(item);
  }
  for (const raw of budgetSheet.rows) {
    const before = problems.length;
    const budget = readBudgetRow(raw, rowReporter(problems, budgetSheet.sheet, raw, PK_SPECS[1]!.headers));
    if (budget && problems.length === before && raw.flagged.size === 0) out.budgets.push(budget);
  }
  out.problems = orderProblems(problems, PK_SPECS);
  return out;
}

function readItemRow(raw: SheetRow, at: Report): FileItem | null {
  const [id = null, code = null, sasaran = null, , , target = null] = raw.cells;
  const C = ITEM_COLUMNS;
  const row = {
    row: raw.row,
    indicatorId: readText(id, C.indicatorId, { required: false, max: 60 }, at),
    code: readCode(code, C.code, 60, at),
    sasaran: readText(sasaran, C.sasaran, { required: false, max: 1000 }, at),
    target: readTarget(target, C.target, at),
  };
  if (row.indicatorId === null && row.code === null && textOf(id) === '' && textOf(code) === '')
    at(C.indicatorId, `${FILE_KEYS}required`);
  if (row.target?.kind === 'range' && parseDecimal(row.target.min)!.greaterThan(parseDecimal(row.target.max)!))
    at(C.target, 'performance.agreement.rangeInverted');
  return row;
}

function readBudgetRow(raw: SheetRow, at: Report): FileBudget | null {
  const [id = null, pCode = null, pName = null, kCode = null, kName = null, sCode = null, sName = null, pagu = null] = raw.cells;
  const C = BUDGET_COLUMNS;
  const row = {
    row: raw.row,
    id: readText(id, C.id, { required: false, max: 60 }, at),
    programCode: readCode(pCode, C.programCode, 40, at, true),
    programName: readText(pName, C.programName, { required: true, max: 500 }, at),
    kegiatanCode: readCode(kCode, C.kegiatanCode, 40, at),
    kegiatanName: readText(kName, C.kegiatanName, { required: false, max: 500 }, at),
    subKegiatanCode: readCode(sCode, C.subKegiatanCode, 40, at),
    subKegiatanName: readText(sName, C.subKegiatanName, { required: false, max: 500 }, at),
    pagu: readMoney(pagu, C.pagu, at),
  };
  const { programCode, programName, pagu: amount } = row;
  if (!programCode || !programName || amount === null) return null;
  return { ...row, programCode, programName, pagu: amount };
}

/** A code: text, or a whole number (a decimal number would lose zeros, e.g. 2.10 → 2.1). */
function readCode(cell: RawCell, column: string, max: number, at: Report, required = false): string | null {
  if (typeof cell === 'number' && !Number.isInteger(cell)) {
    at(column, `${FILE_KEYS}codeAsNumber`, { value: String(cell) });
    return null;
  }
  return readText(cell, column, { required, max }, at);
}

/** Rupiah: a number cell or plain digits with at most two decimals, not negative (messages of the budget import). */
function readMoney(cell: RawCell, column: string, at: Report): string | null {
  const text = textOf(cell);
  if (text === '') {
    at(column, `${FILE_KEYS}required`);
    return null;
  }
  const parsed = typeof cell === 'number' || typeof cell === 'string' ? parseMoney(cell) : null;
  if (parsed?.ok) return parsed.value;
  at(column, `${FILE_KEYS}money.${parsed?.problem ?? 'notNumber'}`, { value: text.slice(0, 40) });
  return null;
}

const GUIDE = [
  'Petunjuk impor Perjanjian Kinerja (PK)',
  '',
  'Impor hanya dapat dilakukan selama PK masih draf (sebelum dokumennya dibuat).',
  'Lembar Sasaran: satu baris per indikator. ID Indikator menunjuk indikator; jika kosong, Kode Indikator dicari di antara',
  'indikator perangkat daerah ini. Indikator baru hanya boleh indikator perangkat daerah ini. Indikator dan Satuan hanya untuk dibaca.',
  'Sasaran: uraian sasaran yang dicetak (kosong: judul sasaran di pohon rencana).',
  'Target: angka dengan titik desimal (12.5), rentang min–max (10–20), atau teks (hanya indikator beragregasi manual). Kosong: belum ada target.',
  'Lembar Anggaran: satu baris per program/kegiatan/sub kegiatan. ID Anggaran kosong untuk baris baru; jangan ubah ID yang ada.',
  'Kode ditulis sebagai Teks (mis. 2.16.02). Pagu dalam rupiah tanpa pemisah ribuan, paling banyak 2 desimal (1500000.50).',
  'Baris yang dihapus dari berkas tidak menghapus data; hapus indikator atau anggaran di aplikasi.',
  'Jika satu baris bermasalah, tidak ada yang disimpan. Jangan gabungkan sel dan jangan memakai rumus.',
];

/** Writes a PK as a workbook parseAgreementFile reads back to the same rows. */
export async function writeAgreementFile(items: readonly ItemExportRow[], budgets: readonly BudgetExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pamong';
  const wide = new Set<string>([ITEM_COLUMNS.sasaran, ITEM_COLUMNS.name, BUDGET_COLUMNS.programName]);
  const itemSheet = addTable(workbook, PK_SPECS[0]!, wide, [ITEM_COLUMNS.target]);
  for (const i of items)
    itemSheet.addRow([i.indicatorId, i.code ?? '', i.sasaran, i.name, i.unitOfMeasure, targetCell(i.target)]);
  const budgetSheet = addTable(workbook, PK_SPECS[1]!, wide, [BUDGET_COLUMNS.pagu]);
  budgetSheet.getColumn(PK_SPECS[1]!.headers.length).numFmt = '#,##0.00';
  for (const b of budgets)
    budgetSheet.addRow([
      b.id,
      b.programCode,
      b.programName,
      b.kegiatanCode ?? '',
      b.kegiatanName ?? '',
      b.subKegiatanCode ?? '',
      b.subKegiatanName ?? '',
      decimalCell(b.pagu),
    ]);
  const guide = workbook.addWorksheet('Petunjuk');
  guide.getColumn(1).width = 120;
  for (const line of GUIDE) guide.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function addTable(
  workbook: ExcelJS.Workbook,
  spec: { name: string; headers: string[] },
  wide: ReadonlySet<string>,
  numeric: readonly string[],
) {
  const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = spec.headers.map((header, i) => ({
    header,
    key: `c${i}`,
    width: wide.has(header) ? 50 : header.startsWith('ID') ? 38 : 18,
    style: numeric.includes(header) ? {} : { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  return sheet;
}
