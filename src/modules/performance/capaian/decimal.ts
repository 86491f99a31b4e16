/** Decimal-exact arithmetic for the capaian engine (decimal.js, isolated configuration). */
import { Decimal } from 'decimal.js';

/** decimal.js with 40 significant digits and half-up rounding, isolated from the global configuration. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A plain decimal: optional minus, digits, optional fraction; no exponent, no NaN/Infinity, no separators. */
const DECIMAL_TEXT = /^-?\d{1,30}(?:\.\d{1,20})?$/;

/** Parses a decimal string; null for anything else (including numbers, '', '1e5', 'NaN', '1,5'). */
export function parseDecimal(text: unknown): Decimal | null {
  if (typeof text !== 'string' || !DECIMAL_TEXT.test(text)) return null;
  return new Dec(text);
}

/** Canonical plain text of a decimal (no exponent, no trailing zeros, '-0' becomes '0'). */
export function plainText(value: Decimal): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** Rounds half-up to `decimals` places. */
export function roundedHalfUp(value: Decimal, decimals: number): Decimal {
  return value.toDecimalPlaces(decimals, Dec.ROUND_HALF_UP);
}

/** Prints a value already rounded to `decimals` places with exactly that many decimals ('-0.00' becomes '0.00'). */
export function fixedText(rounded: Decimal, decimals: number): string {
  return (rounded.isZero() ? new Dec(0) : rounded).toFixed(decimals);
}

/** Rounds half-up to `decimals` places and prints exactly that many decimals. */
export function roundedText(value: Decimal, decimals: number): string {
  return fixedText(roundedHalfUp(value, decimals), decimals);
}
