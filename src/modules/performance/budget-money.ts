/**
 * Money as TEXT decimals: parsing (text or an Excel number cell), canonical text, sums. decimal.js only, never a
 * float sum; an Excel number is taken through its shortest decimal text, which is the value the user typed.
 */
import type { Decimal } from 'decimal.js';
import { Dec, plainText } from './capaian/decimal.ts';

/** A money amount: at most 18 integer digits and 2 decimals, not negative. */
const MONEY_TEXT = /^\d{1,18}(?:\.\d{1,2})?$/;

/** Why a money value was refused. */
export type MoneyProblem = 'notNumber' | 'negative' | 'tooManyDecimals';

/** Parses a money amount from text ('1500000', '1500000.50', '1.500.000' refused) or a finite number. */
export function parseMoney(raw: string | number): { ok: true; value: string } | { ok: false; problem: MoneyProblem } {
  const text = typeof raw === 'number' ? (Number.isFinite(raw) ? numberText(raw) : '') : raw.trim();
  if (/^-/.test(text) && MONEY_TEXT.test(text.slice(1))) return { ok: false, problem: 'negative' };
  if (/^\d{1,18}\.\d{3,}$/.test(text)) return { ok: false, problem: 'tooManyDecimals' };
  if (!MONEY_TEXT.test(text)) return { ok: false, problem: 'notNumber' };
  return { ok: true, value: plainText(new Dec(text)) };
}

/** The shortest decimal text of a number, without exponent (1e21 and above are refused by the pattern). */
function numberText(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? new Dec(value).toFixed() : text;
}

/** Exact sum of money texts (nulls count as nothing). */
export function sumMoney(values: readonly (string | null)[]): Decimal {
  return values.reduce<Decimal>((sum, value) => (value === null ? sum : sum.plus(new Dec(value))), new Dec(0));
}

/** Canonical text of a money sum. */
export function moneyText(value: Decimal): string {
  return plainText(value);
}
