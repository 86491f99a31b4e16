/**
 * Pure reading of APBDes rows (layout: village-apbdes-layout.ts): codes normalised and classified into pendapatan,
 * the belanja tree (bidang → sub-bidang → kegiatan → rekening) and pembiayaan; Indonesian or plain amounts read
 * decimal-exact; every subtotal checked against the sum of its rows. Never throws on bad input: problems are returned.
 */
import { Decimal } from 'decimal.js';
import { ACCOUNT_LEVELS, CODE_PATTERNS } from './village-apbdes-layout.ts';
import type { BudgetLevel, BudgetTotals } from './village-plans.contract.ts';

/** A cell value as read (plain text or number, null when empty). */
export type BudgetCell = string | number | null;
/** One coded row of the sheet before checking. */
export interface RawBudgetRow {
  row: number;
  kode: BudgetCell;
  uraian: BudgetCell;
  anggaran: BudgetCell;
  sumberDana: BudgetCell;
}
/** Part of the APBDes a line belongs to. */
export type BudgetKind = 'pendapatan' | 'belanja' | 'pembiayaan';
/** A checked line; `rank` is its depth in its part (belanja: 0 akun, 1 bidang … 4 rekening). */
export interface BudgetLine {
  row: number;
  kode: string;
  uraian: string;
  kind: BudgetKind;
  level: BudgetLevel;
  bidang: number | null;
  anggaran: string;
  sumberDana: string | null;
  rank: number;
}
/** A problem at a row and column (`column`: kode, uraian, anggaran, sumberDana); `key` is under `villages.plans.file.`. */
export interface BudgetProblem {
  row: number | null;
  column: keyof RawBudgetRow | null;
  key: string;
  params?: Record<string, string | number>;
}

/** The code as dotted digit groups (`'1.1.01.'` and `'1 1 01'` → `'1.1.01'`), `''` when empty, null when not a code. */
export function normalizeKode(cell: BudgetCell): string | null {
  if (cell === null) return '';
  const text = String(cell).trim().replace(/\.+$/, '');
  if (text === '') return '';
  const dotted = text.replace(/\s*[.\s]\s*/g, '.');
  return CODE_PATTERNS.any.test(dotted) ? dotted : null;
}

const INDONESIAN = /^\d{1,3}(\.\d{3})+(,\d+)?$|^\d+,\d+$/;
const ENGLISH = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const PLAIN = /^\d+(\.\d+)?$/;

/** Reads a rupiah amount: a number, `1.234.567,00`, `1,234,567.00`, `1234567.5`, `Rp 1.000`, or `-` (zero). */
export function parseAmount(cell: BudgetCell): Decimal | 'missing' | 'invalid' | 'negative' {
  if (cell === null) return 'missing';
  let value: Decimal;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return 'invalid';
    value = new Decimal(String(cell));
  } else {
    const text = cell.replace(/^\s*Rp\.?/i, '').replace(/[\s\u00a0]/g, '');
    if (text === '') return 'missing';
    if (text === '-') return new Decimal(0);
    const negative = /^-|^\(.*\)$/.test(text);
    const body = text.replace(/^-|^\(|\)$/g, '');
    let plain: string | null = null;
    if (INDONESIAN.test(body)) plain = body.replace(/\./g, '').replace(',', '.');
    else if (ENGLISH.test(body)) plain = body.replace(/,/g, '');
    else if (PLAIN.test(body)) plain = body;
    if (plain === null) return 'invalid';
    value = new Decimal(plain);
    if (negative && !value.isZero()) return 'negative';
  }
  if (value.isNegative() && !value.isZero()) return 'negative';
  return value.decimalPlaces() > 2 ? 'invalid' : value;
}

type Section = 'none' | BudgetKind;
type Classified = Pick<BudgetLine, 'kind' | 'level' | 'bidang' | 'rank'>;

/** Pendapatan (4.x) or pembiayaan (6.x) by the number of code segments. */
function accountLine(kind: BudgetKind, kode: string): Classified {
  const segments = kode.split('.').length;
  return { kind, level: ACCOUNT_LEVELS[Math.min(segments, 4) - 1]!, bidang: null, rank: segments };
}

/** Classifies a code in context (the part read so far and the open kegiatan's bidang), or names the problem. */
function classify(kode: string, uraian: string, section: Section, kegiatanBidang: number | null): Classified | string {
  const first = kode.split('.')[0]!;
  if (first === '4' && (section === 'none' || section === 'pendapatan')) return accountLine('pendapatan', kode);
  if (first === '6') return accountLine('pembiayaan', kode);
  if (kode === '5' && /^\s*belanja/i.test(uraian)) return { kind: 'belanja', level: 'akun', bidang: null, rank: 0 };
  if (kegiatanBidang !== null && CODE_PATTERNS.rekening.test(kode))
    return { kind: 'belanja', level: 'rekening', bidang: kegiatanBidang, rank: 4 };
  const bidang = Number(first);
  if (CODE_PATTERNS.bidang.test(kode)) return { kind: 'belanja', level: 'bidang', bidang, rank: 1 };
  if (CODE_PATTERNS.subBidang.test(kode)) return { kind: 'belanja', level: 'sub_bidang', bidang, rank: 2 };
  if (CODE_PATTERNS.kegiatan.test(kode)) return { kind: 'belanja', level: 'kegiatan', bidang, rank: 3 };
  return CODE_PATTERNS.rekening.test(kode) ? 'rekeningOutsideKegiatan' : 'unknownCode';
}

/** The parent of each line: the nearest line before it in the same part with a smaller rank (null at the top). */
export function parentIndexes(lines: readonly Pick<BudgetLine, 'kind' | 'rank'>[]): (number | null)[] {
  const stack: number[] = [];
  return lines.map((line, i) => {
    const previous = i > 0 ? lines[i - 1]! : null;
    if (previous && previous.kind !== line.kind) stack.length = 0;
    while (stack.length > 0 && lines[stack[stack.length - 1]!]!.rank >= line.rank) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null;
    stack.push(i);
    return parent;
  });
}

const textOf = (cell: BudgetCell) => (cell === null ? '' : String(cell).trim());

/** Reads one coded row into a line, or reports its problems. */
function readLine(raw: RawBudgetRow, kode: string, section: Section, kegiatanBidang: number | null, report: Report) {
  const uraian = textOf(raw.uraian);
  if (uraian === '') report('uraian', 'required');
  else if (uraian.length > 500) report('uraian', 'tooLong');
  const sumberDana = textOf(raw.sumberDana);
  if (sumberDana.length > 60) report('sumberDana', 'tooLong');
  const amount = parseAmount(raw.anggaran);
  if (amount === 'missing') report('anggaran', 'required');
  else if (amount === 'negative') report('anggaran', 'negativeAmount', { value: textOf(raw.anggaran).slice(0, 30) });
  else if (amount === 'invalid') report('anggaran', 'badAmount', { value: textOf(raw.anggaran).slice(0, 30) });
  const classified = classify(kode, uraian, section, kegiatanBidang);
  if (typeof classified === 'string') report('kode', classified, { value: kode });
  if (typeof classified === 'string' || !(amount instanceof Decimal) || uraian === '') return null;
  const line: BudgetLine = { row: raw.row, kode, uraian, ...classified, anggaran: amount.toFixed(2), sumberDana: null };
  line.sumberDana = sumberDana === '' ? null : sumberDana;
  return line;
}

type Report = (column: keyof RawBudgetRow, key: string, params?: Record<string, string | number>) => void;

/** Reads the sheet's rows (those without a code are skipped) and checks codes, amounts, nesting and subtotals. */
export function readBudgetRows(rows: readonly RawBudgetRow[]): { lines: BudgetLine[]; problems: BudgetProblem[] } {
  const problems: BudgetProblem[] = [];
  const lines: BudgetLine[] = [];
  const seen = new Map<string, number>();
  let section: Section = 'none';
  let kegiatanBidang: number | null = null;
  for (const raw of rows) {
    const report: Report = (column, key, params = {}) => problems.push({ row: raw.row, column, key, params });
    const kode = normalizeKode(raw.kode);
    if (kode === '') continue;
    if (kode === null) {
      report('kode', 'badCode', { value: textOf(raw.kode).slice(0, 30) });
      continue;
    }
    const line = readLine(raw, kode, section, kegiatanBidang, report);
    if (!line) continue;
    const key = `${line.kind}:${line.level}:${kode}`;
    if (line.level !== 'rekening' && seen.has(key)) report('kode', 'duplicateCode', { value: kode, firstRow: seen.get(key)! });
    else {
      seen.set(key, raw.row);
      section = line.kind;
      if (line.level === 'kegiatan') kegiatanBidang = line.bidang;
      else if (line.level !== 'rekening') kegiatanBidang = null;
      lines.push(line);
    }
  }
  return { lines, problems: [...problems, ...nestingProblems(lines)] };
}

/** A line whose code does not extend its parent's, and a parent whose amount differs from the sum of its rows. */
export function nestingProblems(lines: readonly BudgetLine[]): BudgetProblem[] {
  const parents = parentIndexes(lines);
  const problems: BudgetProblem[] = [];
  const sums = new Map<number, Decimal>();
  lines.forEach((line, i) => {
    const p = parents[i];
    if (p === null || p === undefined) return;
    const parent = lines[p]!;
    const underAkun = parent.level === 'akun' && line.kind === 'belanja';
    const nests = line.level === 'rekening' || underAkun || line.kode.startsWith(`${parent.kode}.`);
    if (!nests)
      problems.push({ row: line.row, column: 'kode', key: 'wrongParent', params: { value: line.kode, parent: parent.kode } });
    sums.set(p, (sums.get(p) ?? new Decimal(0)).plus(line.anggaran));
  });
  for (const [p, sum] of sums) {
    const parent = lines[p]!;
    // Pembiayaan (6) holds penerimaan and pengeluaran, which do not add up; its amount is not checked.
    const netted = parent.kind === 'pembiayaan' && parent.level === 'akun';
    if (!netted && !sum.equals(parent.anggaran))
      problems.push({
        row: parent.row,
        column: 'anggaran',
        key: 'subtotalMismatch',
        params: { value: parent.anggaran, sum: sum.toFixed(2), kode: parent.kode },
      });
  }
  return problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/** Lines without rows under them (the amounts every total is made of). */
export function leafLines<T extends Pick<BudgetLine, 'kind' | 'rank'>>(lines: readonly T[]): T[] {
  const parents = new Set(parentIndexes(lines).filter((p): p is number => p !== null));
  return lines.filter((_, i) => !parents.has(i));
}

/** Totals of pendapatan, belanja and pembiayaan (penerimaan 6.1, pengeluaran 6.2) from the lowest lines. */
export function budgetTotals(lines: readonly Pick<BudgetLine, 'kind' | 'rank' | 'kode' | 'anggaran'>[]): BudgetTotals {
  const sum = (keep: (l: (typeof lines)[number]) => boolean) =>
    leafLines(lines)
      .filter(keep)
      .reduce((acc, l) => acc.plus(l.anggaran), new Decimal(0))
      .toFixed(2);
  return {
    pendapatan: sum((l) => l.kind === 'pendapatan'),
    belanja: sum((l) => l.kind === 'belanja'),
    pembiayaanPenerimaan: sum((l) => l.kind === 'pembiayaan' && l.kode.startsWith('6.1')),
    pembiayaanPengeluaran: sum((l) => l.kind === 'pembiayaan' && l.kode.startsWith('6.2')),
  };
}

/** The depth of a stored line, as readBudgetRows gave it (belanja by level, other parts by code segments). */
export function rankOf(kind: BudgetKind, level: BudgetLevel, kode: string): number {
  if (kind !== 'belanja') return kode.split('.').length;
  return ['akun', 'bidang', 'sub_bidang', 'kegiatan', 'rekening'].indexOf(level);
}
