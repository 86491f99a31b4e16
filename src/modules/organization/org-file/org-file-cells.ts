/**
 * Reading one XLSX cell into a checked plan value: formula cells give their cached result, rich text is
 * joined, hyperlinks give their text, text is trimmed, and each column kind applies its own rule.
 */
import type { CellValue } from 'exceljs';
import { NO_TEXT, NO_VALUES, type OrgColumn, YES_TEXT, YES_VALUES } from './org-file-format.ts';
import type { ImportProblemKey } from './org-file-messages.ts';

/** A cell reduced to the shapes validation cares about. */
export type RawCell = string | number | boolean | Date | { error: string } | null;

/** The value a column contributes to a plan row. */
export type FieldValue = string | boolean | null;

/** A converted cell: either its value, or the problem that stopped it. */
export type FieldResult =
  | { ok: true; value: FieldValue }
  | { ok: false; messageKey: ImportProblemKey; params: Record<string, string | number> };

// Control characters (C0, DEL, C1), lone surrogates, zero-width and bidirectional-override characters: none
// belongs in a name or code, and the bidi ones can make a text display differently from what it is.
const INVALID_TEXT = /[\p{Cc}\p{Cs}\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
const CODE_PATTERN = /^[A-Za-z0-9._\-/]+$/;
const EMAIL_PATTERN =
  /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST_DATE = /^(\d{1,2})([-/])(\d{1,2})\2(\d{4})$/;
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;

/** Reduces an exceljs cell value (formula, rich text, hyperlink, error, plain) to a RawCell. */
export function rawCellValue(value: CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return rawCellValue(value.result as CellValue);
  if ('hyperlink' in value) return rawCellValue(value.text as CellValue);
  if ('error' in value) return { error: String(value.error) };
  return null;
}

/** Converts one raw cell for `column`; empty optional cells give null (false for yes/no columns). */
export function convertField(column: OrgColumn, raw: RawCell): FieldResult {
  if (raw !== null && typeof raw === 'object' && !(raw instanceof Date)) {
    return fail('import.cellError', { value: raw.error });
  }
  const digitsProblem = lostDigits(column, raw);
  if (digitsProblem) return digitsProblem;
  const text = textOf(raw);
  if (text === '') {
    if (column.required) return fail('import.required', { column: column.header });
    return { ok: true, value: column.kind === 'yesNo' ? false : null };
  }
  if (INVALID_TEXT.test(text)) return fail('import.invalidText', { column: column.header });
  if (text.length > column.maxLength) {
    return fail('import.tooLong', { column: column.header, length: text.length, max: column.maxLength });
  }
  if (column.kind === 'date') return convertDate(raw, text);
  return convertText(column, text);
}

function convertText(column: OrgColumn, text: string): FieldResult {
  switch (column.kind) {
    case 'code':
      return CODE_PATTERN.test(text) ? pass(text) : fail('import.codeFormat', { value: text });
    case 'nip':
      return digitsOf(text, 18, 'import.nipFormat');
    case 'nik':
      return digitsOf(text, 16, 'import.nikFormat');
    case 'email':
      return EMAIL_PATTERN.test(text) ? pass(text) : fail('import.emailFormat', { value: text });
    case 'choice':
      return choiceOf(column, text);
    case 'yesNo':
      return yesNoOf(column, text);
    default:
      return pass(text);
  }
}

/**
 * An 18-digit NIP (or 16-digit NIK) typed into a number cell has already lost its last digits: Excel keeps
 * 15 significant digits and a double keeps about 16. Accepting it would import a different person's number.
 */
function lostDigits(column: OrgColumn, raw: RawCell): FieldResult | null {
  const isIdentifier = column.kind === 'nip' || column.kind === 'nik';
  if (!isIdentifier || typeof raw !== 'number' || Math.abs(raw) <= Number.MAX_SAFE_INTEGER) return null;
  return fail('import.digitsAsNumber', { column: column.header, value: String(raw) });
}

function textOf(raw: RawCell): string {
  if (raw === null) return '';
  if (typeof raw === 'string') return raw.trim();
  if (raw instanceof Date) return isoOfUtcDate(raw) ?? '';
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return String(raw);
}

function digitsOf(text: string, length: number, messageKey: ImportProblemKey): FieldResult {
  const digits = text.replace(/\s+/g, '');
  return digits.length === length && /^\d+$/.test(digits) ? pass(digits) : fail(messageKey, { value: text });
}

function choiceOf(column: OrgColumn, text: string): FieldResult {
  const lower = text.toLowerCase();
  const choices = column.choices ?? [];
  if (choices.includes(lower)) return pass(lower);
  return fail('import.unknownValue', { column: column.header, value: text, allowed: choices.join(', ') });
}

function yesNoOf(column: OrgColumn, text: string): FieldResult {
  const lower = text.toLowerCase();
  if (YES_VALUES.includes(lower)) return pass(true);
  if (NO_VALUES.includes(lower)) return pass(false);
  return fail('import.unknownValue', { column: column.header, value: text, allowed: `${YES_TEXT}, ${NO_TEXT}` });
}

function convertDate(raw: RawCell, text: string): FieldResult {
  const iso = raw instanceof Date ? isoOfUtcDate(raw) : typeof raw === 'number' ? isoOfSerial(raw) : isoOfText(text);
  return iso ? pass(iso) : fail('import.dateFormat', { value: text });
}

/** exceljs gives date cells as UTC midnight; any time of day is dropped. */
function isoOfUtcDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return isoOfParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** A date typed into a cell without a date format arrives as its Excel serial number. */
function isoOfSerial(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1) return null;
  return isoOfUtcDate(new Date(EXCEL_EPOCH_MS + Math.floor(serial) * DAY_MS));
}

function isoOfText(text: string): string | null {
  const iso = ISO_DATE.exec(text);
  if (iso) return isoOfParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = DAY_FIRST_DATE.exec(text);
  if (dayFirst) return isoOfParts(Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  return null;
}

/** Formats a calendar date as `YYYY-MM-DD`, or null when it does not exist (31 April) or is out of range. */
export function isoOfParts(year: number, month: number, day: number): string | null {
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function pass(value: FieldValue): FieldResult {
  return { ok: true, value };
}

function fail(messageKey: ImportProblemKey, params: Record<string, string | number>): FieldResult {
  return { ok: false, messageKey, params };
}
