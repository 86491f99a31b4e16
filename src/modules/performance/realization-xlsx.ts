/**
 * The realisasi XLSX of one OPD and year (pure apart from exceljs), sheet `Realisasi`, one row per indicator × period:
 * ID Indikator | Kode Indikator | Indikator | Satuan | Periode | Realisasi | Pembilang | Penyebut | Kendala | Upaya |
 * Status. Only the ID, period and the values are read back (code, name, unit and status are there to read).
 */
import ExcelJS from 'exceljs';
import type { SheetProblem, SheetRow } from './budget-xlsx.ts';
import { textOf } from './budget-xlsx.ts';
import {
  decimalCell,
  FILE_KEYS,
  orderProblems,
  type Report,
  readDecimal,
  readSheets,
  readText,
  rowReporter,
  XLSX_KEYS,
} from './plan-xlsx-cells.ts';
import { isPeriodKey } from './realization-periods.ts';

/** The sheet name. */
export const REALIZATION_SHEET = 'Realisasi';
/** Column headers, in file order. */
export const REALIZATION_COLUMNS = {
  indicatorId: 'ID Indikator',
  code: 'Kode Indikator',
  name: 'Indikator',
  unit: 'Satuan',
  period: 'Periode',
  value: 'Realisasi',
  numerator: 'Pembilang',
  denominator: 'Penyebut',
  obstacles: 'Kendala',
  remedies: 'Upaya',
  status: 'Status',
} as const;
const HEADERS: readonly string[] = Object.values(REALIZATION_COLUMNS);
const SPECS = [{ name: REALIZATION_SHEET, headers: HEADERS }];

/** The values of a realisasi as the file holds them (decimals as text, null when empty). */
export interface RealizationValues {
  value: string | null;
  numerator: string | null;
  denominator: string | null;
  obstacles: string | null;
  remedies: string | null;
}

/** A row read back. */
export interface FileRealization extends RealizationValues {
  row: number;
  indicatorId: string;
  period: string;
}

/** A row written: the indicator as shown, the period, the values and the review status (null when none yet). */
export interface RealizationExportRow extends RealizationValues {
  indicatorId: string;
  code: string | null;
  name: string;
  unitOfMeasure: string;
  period: string;
  status: 'draft' | 'submitted' | 'verified' | 'returned' | null;
}

const STATUS_WORDS = { draft: 'draf', submitted: 'diajukan', verified: 'terverifikasi', returned: 'dikembalikan' } as const;

/** Reads a realisasi file; cross-row and database checks come after. */
export async function parseRealizationFile(
  data: Buffer,
): Promise<{ rows: FileRealization[]; total: number; problems: SheetProblem[] }> {
  const [sheet] = await readSheets(data, SPECS);
  const problems = [...(sheet?.problems ?? [])];
  if (!sheet || problems.some((p) => p.row === null || p.row === 1)) return { rows: [], total: 0, problems };
  if (sheet.rows.length === 0) problems.push({ sheet: sheet.sheet, row: null, column: null, key: `${FILE_KEYS}empty` });
  const rows: FileRealization[] = [];
  for (const raw of sheet.rows) {
    const before = problems.length;
    const row = readRow(raw, rowReporter(problems, sheet.sheet, raw, HEADERS));
    if (row && problems.length === before && raw.flagged.size === 0) rows.push(row);
  }
  return { rows, total: sheet.rows.length, problems: orderProblems(problems, SPECS) };
}

function readRow(raw: SheetRow, at: Report): FileRealization | null {
  const [id = null, , , , period = null, value = null, numerator = null, denominator = null, obstacles = null, remedies = null] =
    raw.cells;
  const C = REALIZATION_COLUMNS;
  const indicatorId = readText(id, C.indicatorId, { required: true, max: 60 }, at);
  const periodKey = readPeriod(textOf(period), at);
  const values = {
    value: readDecimal(value, C.value, at),
    numerator: readDecimal(numerator, C.numerator, at),
    denominator: readDecimal(denominator, C.denominator, at),
    obstacles: readText(obstacles, C.obstacles, { required: false, max: 4000 }, at),
    remedies: readText(remedies, C.remedies, { required: false, max: 4000 }, at),
  };
  if (!indicatorId || !periodKey) return null;
  return { row: raw.row, indicatorId, period: periodKey, ...values };
}

/** `Q1`, `s2`, `M3` (→ `M03`) or `Y`; anything else is a problem. */
function readPeriod(text: string, at: Report): string | null {
  const column = REALIZATION_COLUMNS.period;
  if (text === '') {
    at(column, `${FILE_KEYS}required`);
    return null;
  }
  const upper = text.toUpperCase().replace(/^M(\d)$/, 'M0$1');
  if (isPeriodKey(upper)) return upper;
  at(column, `${XLSX_KEYS}badPeriod`, { value: text.slice(0, 20) });
  return null;
}

const GUIDE = [
  'Petunjuk impor realisasi indikator per perangkat daerah dan tahun',
  '',
  'Satu baris per indikator dan periode pengukuran (Q1–Q4 triwulan, S1–S2 semester, M01–M12 bulan, Y tahunan).',
  'Jangan ubah kolom ID Indikator dan Periode. Kode, nama, satuan dan status hanya untuk dibaca.',
  'Realisasi, Pembilang, Penyebut: angka dengan titik desimal (12.5), tanpa pemisah ribuan; boleh kosong.',
  'Kendala dan Upaya: teks, boleh kosong. Realisasi yang diimpor disimpan sebagai draf untuk diajukan.',
  'Realisasi yang sudah diajukan atau diverifikasi, dan periode yang sudah dikunci, tidak dapat diubah lewat impor.',
  'Jika satu baris bermasalah, tidak ada yang disimpan. Jangan gabungkan sel dan jangan memakai rumus.',
];

/** Writes the rows as a workbook parseRealizationFile reads back. */
export async function writeRealizationFile(rows: readonly RealizationExportRow[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pamong';
  const sheet = workbook.addWorksheet(REALIZATION_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  const numeric = new Set<string>([REALIZATION_COLUMNS.value, REALIZATION_COLUMNS.numerator, REALIZATION_COLUMNS.denominator]);
  sheet.columns = HEADERS.map((header, i) => ({
    header,
    key: `c${i}`,
    width: header === REALIZATION_COLUMNS.name ? 50 : header === REALIZATION_COLUMNS.indicatorId ? 38 : 14,
    style: numeric.has(header) ? {} : { numFmt: '@' },
  }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows)
    sheet.addRow([
      r.indicatorId,
      r.code ?? '',
      r.name,
      r.unitOfMeasure,
      r.period,
      decimalCell(r.value),
      decimalCell(r.numerator),
      decimalCell(r.denominator),
      r.obstacles ?? '',
      r.remedies ?? '',
      r.status ? STATUS_WORDS[r.status] : '',
    ]);
  const guide = workbook.addWorksheet('Petunjuk');
  guide.getColumn(1).width = 120;
  for (const line of GUIDE) guide.addRow([line]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
