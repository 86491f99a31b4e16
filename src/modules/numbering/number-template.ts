/**
 * The number template language (pure): literal text with tokens such as `{KKA}/{URUT:3}/{UNIT}/{YYYY}`.
 * Parsing refuses unknown tokens, a missing or repeated `{URUT}`, stray braces and templates over 100
 * characters; formatting fills the tokens from the values of one number.
 */

/** Longest template and longest formatted number (OpenSID #1850: a 20-character field truncated numbers). */
export const MAX_TEMPLATE_LENGTH = 100;
/** Longest formatted number stored. */
export const MAX_NUMBER_LENGTH = 100;

/** The tokens a template may use. */
export const TOKEN_NAMES = ['KKA', 'URUT', 'UNIT', 'JENIS', 'MM', 'BULAN_ROMAWI', 'YYYY', 'YY', 'SIFAT'] as const;
/** A token name. */
export type TokenName = (typeof TOKEN_NAMES)[number];

/** A parsed piece of a template: literal text, or a token (URUT with its zero padding). */
export type TemplatePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'token'; readonly name: TokenName; readonly pad?: number };

/** A problem with a template, as an i18n key with parameters. */
export interface TemplateProblem {
  readonly message: string;
  readonly params?: Record<string, string | number>;
}

/** The outcome of parsing: the parts, or every problem found. */
export type ParsedTemplate =
  | { readonly ok: true; readonly parts: readonly TemplatePart[] }
  | { readonly ok: false; readonly problems: readonly TemplateProblem[] };

const TOKEN = /^([A-Z_]+)(?::(\d+))?$/;
const CONTROL = /\p{Cc}/u;

/** Reads one `{…}` token body; a problem when it is unknown or its padding is not 1–9. */
function tokenPart(body: string): TemplatePart | TemplateProblem {
  const match = TOKEN.exec(body);
  const name = match?.[1] as TokenName | undefined;
  if (!match || !name || !TOKEN_NAMES.includes(name))
    return { message: 'numbering.template.unknownToken', params: { token: `{${body}}` } };
  if (match[2] === undefined) return { kind: 'token', name };
  const pad = Number(match[2]);
  if (name !== 'URUT' || pad < 1 || pad > 9) return { message: 'numbering.template.badPadding', params: { token: `{${body}}` } };
  return { kind: 'token', name, pad };
}

/** Splits a template into parts, collecting brace problems and token problems. */
function splitTemplate(template: string): { parts: TemplatePart[]; problems: TemplateProblem[] } {
  const parts: TemplatePart[] = [];
  const problems: TemplateProblem[] = [];
  let rest = template;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    if (close !== -1 && (open === -1 || close < open)) {
      problems.push({ message: 'numbering.template.strayBrace' });
      break;
    }
    if (open === -1) {
      parts.push({ kind: 'text', text: rest });
      break;
    }
    if (open > 0) parts.push({ kind: 'text', text: rest.slice(0, open) });
    const end = rest.indexOf('}', open);
    if (end === -1 || rest.slice(open + 1, end).includes('{')) {
      problems.push({ message: 'numbering.template.strayBrace' });
      break;
    }
    const made = tokenPart(rest.slice(open + 1, end));
    if ('kind' in made) parts.push(made);
    else problems.push(made);
    rest = rest.slice(end + 1);
  }
  return { parts, problems };
}

/** Parses and validates a template. Pure. */
export function parseTemplate(template: string): ParsedTemplate {
  if (template.trim() === '') return { ok: false, problems: [{ message: 'numbering.template.empty' }] };
  const problems: TemplateProblem[] = [];
  if (template.length > MAX_TEMPLATE_LENGTH)
    problems.push({ message: 'numbering.template.tooLong', params: { max: MAX_TEMPLATE_LENGTH } });
  if (CONTROL.test(template)) problems.push({ message: 'numbering.template.controlCharacter' });
  const split = splitTemplate(template);
  problems.push(...split.problems);
  const urutCount = split.parts.filter((p) => p.kind === 'token' && p.name === 'URUT').length;
  if (split.problems.length === 0 && urutCount === 0) problems.push({ message: 'numbering.template.missingUrut' });
  if (urutCount > 1) problems.push({ message: 'numbering.template.repeatedUrut' });
  return problems.length ? { ok: false, problems } : { ok: true, parts: split.parts };
}

/** True when the template shows the token (e.g. `{JENIS}` puts the jenis in the counter scope). */
export function usesToken(parts: readonly TemplatePart[], name: TokenName): boolean {
  return parts.some((p) => p.kind === 'token' && p.name === name);
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** The month 1–12 in Roman numerals (I … XII), as Indonesian letter numbers write it. */
export function romanMonth(month: number): string {
  const roman = ROMAN_MONTHS[month - 1];
  if (!roman) throw new RangeError(`month out of range: ${month}`);
  return roman;
}

/** The values one number is formatted from. */
export interface NumberValues {
  readonly seq: number;
  /** Written after the sequence for a sisipan, e.g. `.A`. */
  readonly suffix?: string;
  readonly year: number;
  readonly month: number;
  readonly kka?: string;
  readonly unit?: string;
  readonly jenis?: string;
  readonly sifat?: string;
}

/** The value a token takes, or undefined when the number does not have it. */
function tokenValue(part: Extract<TemplatePart, { kind: 'token' }>, v: NumberValues): string | undefined {
  switch (part.name) {
    case 'URUT':
      return String(v.seq).padStart(part.pad ?? 1, '0') + (v.suffix ?? '');
    case 'YYYY':
      return String(v.year);
    case 'YY':
      return String(v.year % 100).padStart(2, '0');
    case 'MM':
      return String(v.month).padStart(2, '0');
    case 'BULAN_ROMAWI':
      return romanMonth(v.month);
    case 'KKA':
      return v.kka;
    case 'UNIT':
      return v.unit;
    case 'JENIS':
      return v.jenis;
    case 'SIFAT':
      return v.sifat;
  }
}

/** Tokens of the template that the values leave empty (the caller must supply them). */
export function missingTokens(parts: readonly TemplatePart[], values: NumberValues): TokenName[] {
  const missing = new Set<TokenName>();
  for (const part of parts) if (part.kind === 'token' && !tokenValue(part, values)) missing.add(part.name);
  return [...missing];
}

/** Formats one number; throws when a token has no value (check missingTokens first). Pure. */
export function formatNumber(parts: readonly TemplatePart[], values: NumberValues): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      const value = tokenValue(part, values);
      if (!value) throw new Error(`no value for {${part.name}}`);
      return value;
    })
    .join('');
}

/** Insertion suffix styles a scheme may choose; the letter is the n-th insertion after the same number. */
export const INSERTION_SUFFIX_STYLES = ['.A', 'A', '.a', 'a', '-A', '/A'] as const;
/** An insertion suffix style. */
export type InsertionSuffixStyle = (typeof INSERTION_SUFFIX_STYLES)[number];

/** The letter of the n-th (1-based, at most 26) insertion after one number: A, B, … Z. */
export function insertionLetter(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 26) throw new RangeError(`insertion index out of range: ${n}`);
  return String.fromCharCode(64 + n);
}

/** How an insertion letter is written after the sequence in a style: `.A` → `.B`, `a` → `b`. */
export function renderSuffix(style: InsertionSuffixStyle, letter: string): string {
  if (!letter) return '';
  return style.slice(0, -1) + (style.endsWith('a') ? letter.toLowerCase() : letter.toUpperCase());
}

/** Formats a number leaving tokens without a value as written (`{KKA}/16/DISKOMINFO/2026`), for void gap rows. */
export function formatWithPlaceholders(parts: readonly TemplatePart[], values: NumberValues): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      return tokenValue(part, values) || `{${part.name}}`;
    })
    .join('');
}
