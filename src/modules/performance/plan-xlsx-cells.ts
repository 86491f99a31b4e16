/**
 * Cell readers and writers shared by the plan (RPJMD, Renstra) and realisasi XLSX files: plain text, codes, decimals,
 * choices, yes/no, years and targets (number, `min–max` range or text). Reading reports located problems with full
 * message keys and never throws; writing keeps decimals exact (a number cell only when it round-trips).
 */

import { type RawCell, readSheet, type SheetProblem, type SheetRow, textOf } from './budget-xlsx.ts';
import { Dec, parseDecimal } from './capaian/decimal.ts';

/** Prefix of the file-level messages shared with the budget import (merged cells, formula, header …). */
export const FILE_KEYS = 'performance.budget.file.';
/** Prefix of the messages of these files (plan-xlsx.messages.ts). */
export const XLSX_KEYS = 'performance.xlsx.';

/** Reports a problem in a column of the current row; `key` is a full message key. */
export type Report = (column: string, key: string, params?: Record<string, string | number>) => void;

const INVALID_TEXT = /[\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const RANGE = /^(-?\d{1,30}(?:\.\d{1,20})?)\s*[-–—]\s*(-?\d{1,30}(?:\.\d{1,20})?)$/;

/** A target as written in a year cell. */
export type FileTarget =
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'range'; readonly min: string; readonly max: string }
  | { readonly kind: 'text'; readonly text: string };

/** One sheet as read: its name, data rows and problems (keys already full). */
export interface ReadSheet {
  sheet: string;
  rows: SheetRow[];
  problems: SheetProblem[];
}

/**
 * Reads several sheets of one workbook; a file-level refusal (unreadable, merged cells …) is reported once, and an
 * empty sheet is no problem here (a plan may have no indicators yet) — the caller refuses a file with no rows at all.
 */
export async function readSheets(
  data: Buffer,
  specs: readonly { name: string; headers: readonly string[] }[],
): Promise<ReadSheet[]> {
  const out: ReadSheet[] = [];
  for (const spec of specs) {
    const read = await readSheet(data, spec.name, spec.headers);
    const problems = read.problems.filter((p) => p.key !== 'empty').map((p) => ({ ...p, key: `${FILE_KEYS}${p.key}` }));
    out.push({ sheet: read.sheet, rows: read.rows, problems });
    if (problems.some((p) => p.row === null)) return out;
  }
  return out;
}

/** A reporter for one row: pushes located problems, skipping cells already refused (formula, Excel error). */
export function rowReporter(problems: SheetProblem[], sheet: string, raw: SheetRow, headers: readonly string[]): Report {
  return (column, key, params = {}) => {
    if (!raw.flagged.has(headers.indexOf(column)))
      problems.push({ sheet, row: raw.row, column, key, params: { column, ...params } });
  };
}

function refuse(at: Report, column: string, key: string, params?: Record<string, string | number>): null {
  at(column, key, params);
  return null;
}

/** Text of a cell (trimmed), or null when empty; refuses control characters and text over `max`. */
export function readText(cell: RawCell, column: string, opts: { required: boolean; max: number }, at: Report): string | null {
  const text = textOf(cell);
  if (text === '') return opts.required ? refuse(at, column, `${FILE_KEYS}required`) : null;
  if (INVALID_TEXT.test(text)) return refuse(at, column, `${FILE_KEYS}invalidText`);
  if (text.length > opts.max) return refuse(at, column, `${FILE_KEYS}tooLong`, { length: text.length, max: opts.max });
  return text;
}

/** A code: text, or a whole number (a decimal number would lose zeros, e.g. 1.10 → 1.1). */
export function readCode(cell: RawCell, column: string, required: boolean, at: Report): string | null {
  if (typeof cell === 'number' && !Number.isInteger(cell))
    return refuse(at, column, `${FILE_KEYS}codeAsNumber`, { value: String(cell) });
  return readText(cell, column, { required, max: 60 }, at);
}

/** Exact decimal text of a number cell (no exponent). */
export function numberText(value: number): string {
  const plain = String(value);
  return /e/i.test(plain) ? new Dec(value).toFixed() : plain;
}

/** A decimal (number cell or text like `12.5`), or null when empty; anything else is "text where a number is expected". */
export function readDecimal(cell: RawCell, column: string, at: Report): string | null {
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? numberText(cell) : refuse(at, column, `${XLSX_KEYS}notNumber`, { value: '' });
  const text = textOf(cell);
  if (text === '') return null;
  if (typeof cell === 'string' && parseDecimal(text)) return text;
  return refuse(at, column, `${XLSX_KEYS}notNumber`, { value: text.slice(0, 40) });
}

/** A whole year 2000–2100, or null when empty. */
export function readYear(cell: RawCell, column: string, at: Report): number | null {
  const text = textOf(cell);
  if (text === '') return null;
  const year = Number(text);
  if (Number.isInteger(year) && year >= 2000 && year <= 2100 && /^\d{4}$/.test(text)) return year;
  return refuse(at, column, `${XLSX_KEYS}notYear`, { value: text.slice(0, 40) });
}

/** One of the listed words (case and spacing ignored), or null (required → a problem listing the choices). */
export function readChoice<T extends string>(
  cell: RawCell,
  column: string,
  words: Readonly<Record<string, T>>,
  at: Report,
): T | null {
  const text = textOf(cell)
    .toLowerCase()
    .replace(/[\s_]+/g, ' ');
  if (text === '') return refuse(at, column, `${FILE_KEYS}required`);
  const found = words[text];
  if (found) return found;
  const choices = [...new Set(Object.keys(words))].join(', ');
  return refuse(at, column, `${XLSX_KEYS}unknownChoice`, { value: text.slice(0, 40), choices });
}

const YES = new Set(['ya', 'y', 'yes', 'true', '1', 'iku']);
const NO = new Set(['', 'tidak', 't', 'no', 'n', 'false', '0', '-']);

/** Yes/no (ya/tidak, a boolean cell, 1/0); empty is no. */
export function readYesNo(cell: RawCell, column: string, at: Report): boolean {
  if (typeof cell === 'boolean') return cell;
  const text = textOf(cell).toLowerCase();
  if (YES.has(text)) return true;
  if (!NO.has(text)) at(column, `${XLSX_KEYS}notYesNo`, { value: text.slice(0, 40) });
  return false;
}

/** A target cell: a number, a `min–max` range, or text (whether text is allowed is decided by the caller). */
export function readTarget(cell: RawCell, column: string, at: Report): FileTarget | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: numberText(cell) } : null;
  const text = textOf(cell);
  if (text === '') return null;
  if (typeof cell === 'string' && parseDecimal(text)) return { kind: 'number', value: text };
  const range = RANGE.exec(text);
  if (range) return { kind: 'range', min: range[1]!, max: range[2]! };
  const checked = readText(cell, column, { required: false, max: 500 }, at);
  return checked === null ? null : { kind: 'text', text: checked };
}

/** The cell to write for a decimal: a number when it survives a double exactly, else the text. */
export function decimalCell(value: string | null): number | string | null {
  if (value === null) return null;
  return String(Number(value)) === value ? Number(value) : value;
}

/** The cell to write for a target. */
export function targetCell(target: FileTarget | null): number | string | null {
  if (!target) return null;
  if (target.kind === 'number') return decimalCell(target.value);
  return target.kind === 'range' ? `${target.min}–${target.max}` : target.text;
}

/** Two decimals (or both empty) are equal in value ('12.50' = '12.5'). */
export function sameDecimal(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = parseDecimal(a ?? null);
  const y = parseDecimal(b ?? null);
  if (!x || !y) return (a ?? null) === (b ?? null);
  return x.equals(y);
}

/** Two targets (or both empty) are equal in kind and value. */
export function sameTarget(a: FileTarget | null, b: FileTarget | null): boolean {
  if (!a || !b) return a === b;
  if (a.kind === 'number' && b.kind === 'number') return sameDecimal(a.value, b.value);
  if (a.kind === 'range' && b.kind === 'range') return sameDecimal(a.min, b.min) && sameDecimal(a.max, b.max);
  return a.kind === 'text' && b.kind === 'text' && a.text === b.text;
}

/** Orders problems by sheet order, then row (file-level first), then column order. */
export function orderProblems(
  problems: readonly SheetProblem[],
  sheets: readonly { name: string; headers: readonly string[] }[],
) {
  const sheetRank = (p: SheetProblem) => {
    const i = sheets.findIndex((s) => s.name === p.sheet);
    return i < 0 ? -1 : i;
  };
  const columnRank = (p: SheetProblem) => (p.column === null ? -1 : (sheets[sheetRank(p)]?.headers.indexOf(p.column) ?? -1));
  return [...problems].sort(
    (a, b) => sheetRank(a) - sheetRank(b) || (a.row ?? 0) - (b.row ?? 0) || columnRank(a) - columnRank(b),
  );
}
