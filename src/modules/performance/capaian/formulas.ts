/**
 * The capaian formulas of §3.1, as fractions (1 = 100 %). T = target, R = realisasi.
 * - maximize: R/T. With a range [L, U]: R/L below, 1 inside, R/U above.
 * - minimize: (2T − R)/T ("inverse_difference", ≡ the SMK 1 + (1 − R/T)) or T/R ("ratio"), the
 *   tenant's choice. With a range: the formula on L below (better than target), 1 inside, on U above.
 * - stabilize: R/T when R ≤ T, otherwise the tenant's minimize formula on T (T/R is the Sumedang
 *   rule, (2T − R)/T the SMK lower-is-better rule). With a range: R/L below, 1 inside, minimize on U above.
 * - range: as stabilize, and the target must be a range.
 */
import type { Decimal } from 'decimal.js';
import type { CapaianTarget, FormulaId, MinimizeFormula, NotComputableReason, Polarity } from './capaian.types.ts';
import { DECIMAL_KIT, type EngineNumber, type NumberKit } from './numeric.ts';

/** A numeric target as bounds: a number T is [T, T]. */
export interface TargetBounds<N = Decimal> {
  readonly lower: N;
  readonly upper: N;
  readonly isRange: boolean;
}

/** Why a formula or target gives no capaian. */
export interface FormulaFailure {
  readonly ok: false;
  readonly reason: NotComputableReason;
  readonly detail?: Readonly<Record<string, string>>;
}

/** A formula's fraction, which formula it was and the target it compared against; or why none. */
export type FormulaOutcome<N = Decimal> =
  | { readonly ok: true; readonly fraction: N; readonly formula: FormulaId; readonly targetUsed: N | null }
  | FormulaFailure;

type NumericTarget = Exclude<CapaianTarget, { kind: 'text' }>;

/** How many parsed number targets each arithmetic keeps (then it starts afresh: a bound, not a leak). */
const NUMBER_TARGETS_KEPT = 4096;

/** Parsed number targets per arithmetic, by their text (a recompute assesses one target up to 13 times). */
const parsedNumbers = new WeakMap<NumberKit<never>, Map<unknown, TargetBounds<unknown> | FormulaFailure>>();

/**
 * Parses a numeric target for a polarity; text targets are handled by the caller. A number target is parsed once per
 * text and arithmetic (so its Exact, and the text printed from it, is shared by every result that uses it).
 */
export function parseTarget<N extends EngineNumber<N> = Decimal>(
  target: NumericTarget,
  polarity: Polarity,
  kit: NumberKit<N> = DECIMAL_KIT as unknown as NumberKit<N>,
): TargetBounds<N> | FormulaFailure {
  if (target.kind === 'range') return parseRange(target, kit);
  if (polarity === 'range') return { ok: false, reason: 'target_shape_mismatch' };
  let byText = parsedNumbers.get(kit as NumberKit<never>) as Map<unknown, TargetBounds<N> | FormulaFailure> | undefined;
  if (!byText) {
    byText = new Map();
    parsedNumbers.set(kit as NumberKit<never>, byText as Map<unknown, TargetBounds<unknown> | FormulaFailure>);
  }
  let parsed = byText.get(target.value);
  if (!parsed) {
    parsed = parseNumber(target.value, kit);
    if (byText.size >= NUMBER_TARGETS_KEPT) byText.clear();
    byText.set(target.value, parsed);
  }
  return parsed;
}

/** Parses a number target T as the bounds [T, T]. */
function parseNumber<N extends EngineNumber<N>>(text: string, kit: NumberKit<N>): TargetBounds<N> | FormulaFailure {
  const value = kit.parse(text);
  if (!value) return { ok: false, reason: 'invalid_number', detail: { field: 'target' } };
  if (value.isNegative() && !value.isZero()) return { ok: false, reason: 'target_negative' };
  return { lower: value, upper: value, isRange: false };
}

/** Parses a range target [min, max]. */
function parseRange<N extends EngineNumber<N>>(
  target: Extract<CapaianTarget, { kind: 'range' }>,
  kit: NumberKit<N>,
): TargetBounds<N> | FormulaFailure {
  const lower = kit.parse(target.min);
  const upper = kit.parse(target.max);
  if (!lower || !upper) return { ok: false, reason: 'invalid_number', detail: { field: lower ? 'target.max' : 'target.min' } };
  if (lower.gt(upper)) return { ok: false, reason: 'invalid_range' };
  if (lower.isNegative() && !lower.isZero()) return { ok: false, reason: 'target_negative' };
  return { lower, upper, isRange: true };
}

/** R/T; a zero target cannot divide. */
function maximizeFraction<N extends EngineNumber<N>>(target: N, realisasi: N): FormulaOutcome<N> {
  if (target.isZero()) return { ok: false, reason: 'target_zero_ratio' };
  return { ok: true, fraction: realisasi.div(target), formula: 'r_over_t', targetUsed: target };
}

/** (2T − R)/T or T/R; a zero target, or R ≤ 0 under T/R, cannot divide. */
function minimizeFraction<N extends EngineNumber<N>>(target: N, realisasi: N, formula: MinimizeFormula): FormulaOutcome<N> {
  if (target.isZero()) return { ok: false, reason: 'target_zero_ratio' };
  if (formula === 'ratio') {
    if (realisasi.isNegative() || realisasi.isZero()) return { ok: false, reason: 'realisasi_zero_ratio' };
    return { ok: true, fraction: target.div(realisasi), formula: 't_over_r', targetUsed: target };
  }
  // 2T as T + T: the same exact sum rounded to the same precision as T × 2, in either arithmetic.
  return {
    ok: true,
    fraction: target.plus(target).minus(realisasi).div(target),
    formula: 'inverse_difference',
    targetUsed: target,
  };
}

/** The capaian fraction for a polarity, target bounds and an aggregated realisasi. */
export function capaianFraction<N extends EngineNumber<N>>(
  polarity: Polarity,
  bounds: TargetBounds<N>,
  realisasi: N,
  minimize: MinimizeFormula,
  kit: NumberKit<N>,
): FormulaOutcome<N> {
  if (!bounds.isRange) {
    // One target T (lower = upper): the same choices as below without comparing R with T twice.
    const target = bounds.lower;
    if (polarity === 'maximize') return maximizeFraction(target, realisasi);
    if (polarity === 'minimize') return minimizeFraction(target, realisasi, minimize);
    return realisasi.gt(target) ? minimizeFraction(target, realisasi, minimize) : maximizeFraction(target, realisasi);
  }
  const below = realisasi.lt(bounds.lower);
  const above = realisasi.gt(bounds.upper);
  // Exactly 100 %: the realisasi lies inside a range target (no single bound was used).
  if (!below && !above) return { ok: true, fraction: kit.one, formula: 'within_range', targetUsed: null };
  if (polarity === 'maximize') return maximizeFraction(below ? bounds.lower : bounds.upper, realisasi);
  if (polarity === 'minimize') return minimizeFraction(below ? bounds.lower : bounds.upper, realisasi, minimize);
  return above ? minimizeFraction(bounds.upper, realisasi, minimize) : maximizeFraction(bounds.lower, realisasi);
}
