import { Decimal } from 'decimal.js';

/** Decimal constructor for scores: 40 significant digits, ROUND_HALF_UP. */
export const ScoreDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A score value at full precision. */
export type ScoreValue = Decimal;

/** Rounds to `places` decimals, half up, and writes fixed-point text (the display form). */
export function toDisplay(value: Decimal, places = 2): string {
  return value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed(places);
}

/** Full-precision text without exponent notation. */
export function toExact(value: Decimal): string {
  return value.toFixed();
}
