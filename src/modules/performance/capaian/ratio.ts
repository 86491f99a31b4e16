/** Realisasi from a numerator and denominator (e.g. 23 of 50 desa → 46 %). */
import type { Decimal } from 'decimal.js';
import { plainText } from './decimal.ts';
import { DECIMAL_KIT, type EngineNumber, type NumberKit } from './numeric.ts';

/** The outcome of a ratio: the value, or why there is none. */
export type RatioOutcome<N = Decimal> =
  | { readonly ok: true; readonly value: N }
  | { readonly ok: false; readonly reason: 'invalid_number' | 'denominator_zero' };

/** numerator × multiplier / denominator (multiplied first, so 1 of 3 × 300 is exactly 100); a zero denominator or a non-decimal input gives a reason. */
export function ratioOf<N extends EngineNumber<N> = Decimal>(
  numerator: string,
  denominator: string,
  multiplier = '100',
  kit: NumberKit<N> = DECIMAL_KIT as unknown as NumberKit<N>,
): RatioOutcome<N> {
  const top = kit.parse(numerator);
  const bottom = kit.parse(denominator);
  const factor = kit.parse(multiplier);
  if (!top || !bottom || !factor) return { ok: false, reason: 'invalid_number' };
  if (bottom.isZero()) return { ok: false, reason: 'denominator_zero' };
  return { ok: true, value: top.times(factor).div(bottom) };
}

/** String form of `ratioOf` for callers outside the engine (value as a canonical decimal string). */
export function ratioValue(
  numerator: string,
  denominator: string,
  multiplier = '100',
):
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly reason: 'invalid_number' | 'denominator_zero' } {
  const outcome = ratioOf(numerator, denominator, multiplier);
  return outcome.ok ? { ok: true, value: plainText(outcome.value) } : outcome;
}
