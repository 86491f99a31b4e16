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
import { Dec, parseDecimal } from './decimal.ts';

/** A numeric target as bounds: a number T is [T, T]. */
export interface TargetBounds {
  readonly lower: Decimal;
  readonly upper: Decimal;
  readonly isRange: boolean;
}

/** Why a formula or target gives no capaian. */
export interface FormulaFailure {
  readonly ok: false;
  readonly reason: NotComputableReason;
  readonly detail?: Readonly<Record<string, string>>;
}

/** A formula's fraction, which formula it was and the target it compared against; or why none. */
export type FormulaOutcome =
  | { readonly ok: true; readonly fraction: Decimal; readonly formula: FormulaId; readonly targetUsed: Decimal | null }
  | FormulaFailure;

type NumericTarget = Exclude<CapaianTarget, { kind: 'text' }>;

/** Parsed targets per target object and polarity (a recompute assesses one target object up to 13 times). */
const parsedTargets = new WeakMap<NumericTarget, Map<Polarity, TargetBounds | FormulaFailure>>();

/** Parses a numeric target for a polarity, once per target object; text targets are handled by the caller. */
export function parseTarget(target: NumericTarget, polarity: Polarity): TargetBounds | FormulaFailure {
  let byPolarity = parsedTargets.get(target);
  if (!byPolarity) {
    byPolarity = new Map();
    parsedTargets.set(target, byPolarity);
  }
  let parsed = byPolarity.get(polarity);
  if (!parsed) {
    parsed = parseTargetOnce(target, polarity);
    byPolarity.set(polarity, parsed);
  }
  return parsed;
}

/** Parses a numeric target for a polarity. */
function parseTargetOnce(target: NumericTarget, polarity: Polarity): TargetBounds | FormulaFailure {
  if (target.kind === 'number') {
    if (polarity === 'range') return { ok: false, reason: 'target_shape_mismatch' };
    const value = parseDecimal(target.value);
    if (!value) return { ok: false, reason: 'invalid_number', detail: { field: 'target' } };
    if (value.isNegative() && !value.isZero()) return { ok: false, reason: 'target_negative' };
    return { lower: value, upper: value, isRange: false };
  }
  const lower = parseDecimal(target.min);
  const upper = parseDecimal(target.max);
  if (!lower || !upper) return { ok: false, reason: 'invalid_number', detail: { field: lower ? 'target.max' : 'target.min' } };
  if (lower.gt(upper)) return { ok: false, reason: 'invalid_range' };
  if (lower.isNegative() && !lower.isZero()) return { ok: false, reason: 'target_negative' };
  return { lower, upper, isRange: true };
}

/** R/T; a zero target cannot divide. */
function maximizeFraction(target: Decimal, realisasi: Decimal): FormulaOutcome {
  if (target.isZero()) return { ok: false, reason: 'target_zero_ratio' };
  return { ok: true, fraction: realisasi.div(target), formula: 'r_over_t', targetUsed: target };
}

/** (2T − R)/T or T/R; a zero target, or R ≤ 0 under T/R, cannot divide. */
function minimizeFraction(target: Decimal, realisasi: Decimal, formula: MinimizeFormula): FormulaOutcome {
  if (target.isZero()) return { ok: false, reason: 'target_zero_ratio' };
  if (formula === 'ratio') {
    if (!realisasi.isPositive() || realisasi.isZero()) return { ok: false, reason: 'realisasi_zero_ratio' };
    return { ok: true, fraction: target.div(realisasi), formula: 't_over_r', targetUsed: target };
  }
  return { ok: true, fraction: target.times(2).minus(realisasi).div(target), formula: 'inverse_difference', targetUsed: target };
}

/** Exactly 100 %: the realisasi lies inside a range target (no single bound was used). */
function withinRange(): FormulaOutcome {
  return { ok: true, fraction: new Dec(1), formula: 'within_range', targetUsed: null };
}

/** The capaian fraction for a polarity, target bounds and an aggregated realisasi. */
export function capaianFraction(
  polarity: Polarity,
  bounds: TargetBounds,
  realisasi: Decimal,
  minimize: MinimizeFormula,
): FormulaOutcome {
  const below = realisasi.lt(bounds.lower);
  const above = realisasi.gt(bounds.upper);
  if (bounds.isRange && !below && !above) return withinRange();
  if (polarity === 'maximize') return maximizeFraction(below ? bounds.lower : bounds.upper, realisasi);
  if (polarity === 'minimize') return minimizeFraction(below ? bounds.lower : bounds.upper, realisasi, minimize);
  return above ? minimizeFraction(bounds.upper, realisasi, minimize) : maximizeFraction(bounds.lower, realisasi);
}
