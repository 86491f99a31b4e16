/**
 * The budget XLSX in a DPA/SIPD-like layout, one OPD and year per file (chosen on upload), sheet `DPA`:
 * Kode Sub Kegiatan | Kode Rekening | Uraian | Sumber Dana | Pagu | Realisasi Januari … Realisasi Desember.
 * Money cells may be numbers or text (`1500000.50`, no thousands separators, at most 2 decimals). Reading
 * with row problems, and writing (template and export) so that export → import gives the same data.
 */
import ExcelJS from 'exceljs';
import { INDONESIAN_MONTHS } from '../../platform/pdf/indonesian-date.ts';
import { parseMoney, sumMoney } from './budget-money.ts';
import { type RawCell, readSheet, type SheetProblem, sortProblems, textOf } from './budget-xlsx.ts';
import { isNomenclatureCode } from './nomenclature-code.ts';

/** The sheet of the template. */
export const BUDGET_SHEET = 'DPA';
/** Month names used in the realisasi headers (the same Indonesian names the naskah renderer prints). */
export const MONTH_NAMES = INDONESIAN_MONTHS;
/** Column headers, in template order. */
export const BUDGET_COLUMNS = {
  subKegiatan: 'Kode Sub Kegiatan',
  account: 'Kode Rekening',
  description: 'Uraian',
  fundingSource: 'Sumber Dana',
  pagu: 'Pagu',
} as const;
const HEADERS = [...Object.values(BUDGET_COLUMNS), ...MONTH_NAMES.map((m) => `Realisasi ${m}`)];
const ACCOUNT_CODE = /^\d{1,2}(?:\.\d{1,4}){0,6}$/;
const INVALID_TEXT = /[\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;

/** One budget line as in the file (money as canonical decimal text; months null when empty). */
export interface BudgetFileLine {
  subKegiatanCode: string;
  accountCode: string | null;
  description: string;
  fundingSource: string | null;
  pagu: string;
  realisasi: (string | null)[];
}

type Report = (column: string, key: string, params?: Record<string, string | number>) => void;

/** Reports a problem and gives no value. */
function refuse(at: Report, column: string, key: string, params?: Record<string, string | number>): null {
  at(column, key, params);
  return null;
}

/** Reads and checks a budget file; `knownSubKegiatan` (when not empty) lists the codes the nomenclature has. */
export async function parseBudgetFile(
  data: Buffer,
  knownSubKegiatan: ReadonlySet<string>,
): Promise<{ lines: (BudgetFileLine & { row: number })[]; total: number; problems: SheetProblem[] }> {
  const sheet = await readSheet(data, BUDGET_SHEET, HEADERS);
  const problems = [...sheet.problems];
  const lines: (BudgetFileLine & { row: number })[] = [];
  const firstRowOf = new Map<string, number>();
  for (const raw of sheet.rows) {
    const before = problems.length;
    // A cell already refused (formula, Excel error) gets no second problem.
    const at = (column: string, key: string, params: Record<string, string | number> = {}) => {
      if (!raw.flagged.has(HEADERS.indexOf(column)))
        problems.push({ sheet: sheet.sheet, row: raw.row, column, key, params: { column, ...params } });
    };
    const line = readLine(raw.cells, knownSubKegiatan, at);
    if (!line || problems.length > before || raw.flagged.size > 0) continue;
    const key = `${line.subKegiatanCode}|${line.accountCode ?? ''}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) at(BUDGET_COLUMNS.account, 'duplicateLine', { value: key.replace('|', ' / '), firstRow: first });
    else {
      firstRowOf.set(key, raw.row);
      lines.push({ ...line, row: raw.row });
    }
  }
  return { lines, total: sheet.rows.length, problems: sortProblems(problems, HEADERS) };
}

function readLine(cells: RawCell[], known: ReadonlySet<string>, at: Report): BudgetFileLine | null {
  const [sub = null, account = null, description = null, source = null, pagu = null, ...months] = cells;
  const subKegiatanCode = readSubKegiatan(sub, known, at);
  const accountText = textOf(account);
  if (typeof account === 'number') at(BUDGET_COLUMNS.account, 'codeAsNumber', { value: accountText });
  else if (accountText !== '' && !ACCOUNT_CODE.test(accountText))
    at(BUDGET_COLUMNS.account, 'accountShape', { value: accountText.slice(0, 40) });
  const text = readText(description, BUDGET_COLUMNS.description, true, at);
  const fundingSource = readText(source, BUDGET_COLUMNS.fundingSource, false, at);
  const paguValue = readMoney(pagu, BUDGET_COLUMNS.pagu, true, at);
  const realisasi = MONTH_NAMES.map((m, i) => readMoney(months[i] ?? null, `Realisasi ${m}`, false, at));
  if (paguValue !== null && sumMoney(realisasi).gt(paguValue))
    at(BUDGET_COLUMNS.pagu, 'realisasiAbovePagu', { pagu: paguValue, realisasi: sumMoney(realisasi).toFixed() });
  if (subKegiatanCode === null || text === null || paguValue === null) return null;
  return { subKegiatanCode, accountCode: accountText || null, description: text, fundingSource, pagu: paguValue, realisasi };
}

function readSubKegiatan(cell: RawCell, known: ReadonlySet<string>, at: Report): string | null {
  const column = BUDGET_COLUMNS.subKegiatan;
  const code = textOf(cell);
  if (typeof cell === 'number') return refuse(at, column, 'codeAsNumber', { value: code });
  if (code === '') return refuse(at, column, 'required');
  if (!isNomenclatureCode('sub_kegiatan', code)) return refuse(at, column, 'subKegiatanShape', { value: code.slice(0, 40) });
  if (known.size > 0 && !known.has(code)) return refuse(at, column, 'subKegiatanUnknown', { value: code });
  return code;
}

function readText(cell: RawCell, column: string, required: boolean, at: Report): string | null {
  const text = textOf(cell);
  if (text === '') return required ? refuse(at, column, 'required') : null;
  if (INVALID_TEXT.test(text)) return refuse(at, column, 'invalidText');
  if (text.length > 500) return refuse(at, column, 'tooLong', { length: text.length, max: 500 });
  return text;
}

function readMoney(cell: RawCell, column: string, required: boolean, at: Report): string | null {
  if (cell === null || textOf(cell) === '') return required ? refuse(at, column, 'required') : null;
  if (typeof cell !== 'number' && typeof cell !== 'string') return refuse(at, column, 'moneyNotNumber', { value: textOf(cell) });
  const parsed = parseMoney(cell);
  if (parsed.ok) return parsed.value;
  return refuse(at, column, `money.${parsed.problem}`, { value: textOf(cell).slice(0, 40) });
}

const GUIDE = [
  'Petunjuk impor anggaran (DPA) per perangkat daerah dan tahun',
  '',
  'Satu berkas untuk satu perangkat daerah dan satu tahun anggaran; keduanya dipilih saat mengunggah.',
  'Satu baris per rekening belanja: Kode Sub Kegiatan (mis. 2.16.02.1.01.0001, format Teks), Kode Rekening',
  '(mis. 5.1.02.01.01.0024, boleh kosong untuk pagu tingkat sub kegiatan), Uraian, Sumber Dana (boleh kosong), Pagu.',
  'Realisasi Januari … Desember: realisasi per bulan (bukan kumulatif), boleh kosong. Jumlahnya tidak boleh melebihi pagu.',
  'Angka tanpa pemisah ribuan, paling banyak 2 desimal dengan titik (1500000.50). Tidak boleh negatif.',
  'Jangan gabungkan sel dan jangan memakai rumus (termasuk baris jumlah): salin lalu tempel sebagai nilai.',
  'Baris yang sudah ada (sub kegiatan + rekening sama) diperbarui; baris lain tidak dihapus.',
];

/** Writes lines as a workbook parseBudgetFile reads back (money exact: numbers when exact, else text). */
export async function writeBudgetFile(lines: readonly BudgetFileLine[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pamong';
  const sheet = workbook.addWorksheet(BUDGET_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HEADERS.map((header, i) => ({
    header,
    key: `c${i}`,
    width: i < 4 ? 24 : 16,
    style: i < 4 ? { numFmt: '@' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const line of lines)
    sheet.addRow([
      line.subKegiatanCode,
      line.accountCode ?? '',
      line.description,
      line.fundingSource ?? '',
      moneyCell(line.pagu),
      ...line.realisasi.map((value) => (value === null ? null : moneyCell(value))),
    ]);
  const guide = workbook.addWorksheet('Petunjuk');
  guide.getColumn(1).width = 120;
  for (const line of GUIDE) guide.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A number when it round-trips exactly through a double, otherwise the text (never a changed amount). */
function moneyCell(value: string): number | string {
  return String(Number(value)) === value ? Number(value) : value;
}

/** Example lines of the template. */
export const BUDGET_EXAMPLE: readonly BudgetFileLine[] = [
  {
    subKegiatanCode: '2.16.02.1.01.0001',
    accountCode: '5.1.02.01.01.0024',
    description: 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor',
    fundingSource: 'PAD',
    pagu: '12500000',
    realisasi: ['1000000', '1250000.5', null, null, null, null, null, null, null, null, null, null],
  },
];
