/**
 * The two arithmetics the capaian engine runs on: decimal.js (the reference, and the public API) and Exact (BigInt,
 * the same rounding, about ten times faster; the recompute path). Formulas, bands, aggregation and finishing are
 * written once against `EngineNumber` and take the kit of the arithmetic they run on.
 */
import type { Decimal } from 'decimal.js';
import { Dec, fixedText, parseDecimal, plainText, roundedHalfUp } from './decimal.ts';
import { Exact } from './exact.ts';

/** The operations the formulas use; decimal.js's Decimal and Exact both have them. */
export interface EngineNumber<N> {
  plus(other: N): N;
  minus(other: N): N;
  times(other: N): N;
  div(other: N): N;
  lt(other: N): boolean;
  gt(other: N): boolean;
  lte(other: N): boolean;
  gte(other: N): boolean;
  isZero(): boolean;
  isNegative(): boolean;
}

/** How the engine makes, rounds and prints the numbers of one arithmetic. */
export interface NumberKit<N extends EngineNumber<N>> {
  readonly zero: N;
  readonly one: N;
  readonly hundred: N;
  /** A plain decimal string (the engine's parseDecimal shape); null for anything else. */
  parse(text: unknown): N | null;
  /** A small integer. */
  int(value: number): N;
  /** Canonical plain text (no exponent, no trailing zeros, '0' for zero). */
  plain(value: N): string;
  /** Rounded half-up to `decimals` places. */
  round(value: N, decimals: number): N;
  /** A value already rounded to `decimals` places, printed with exactly that many ('-0.00' never appears). */
  fixed(rounded: N, decimals: number): string;
}

/** decimal.js at 40 significant digits, half-up: the reference arithmetic. */
export const DECIMAL_KIT: NumberKit<Decimal> = {
  zero: new Dec(0),
  one: new Dec(1),
  hundred: new Dec(100),
  parse: parseDecimal,
  int: (value) => new Dec(value),
  plain: plainText,
  round: roundedHalfUp,
  fixed: fixedText,
};

/** Exact (BigInt) with decimal.js's rounding, checked operation by operation in exact.test.ts. */
export const EXACT_KIT: NumberKit<Exact> = {
  zero: Exact.int(0),
  one: Exact.int(1),
  hundred: Exact.power(2),
  parse: (text) => (typeof text === 'string' ? Exact.parse(text) : null),
  int: (value) => Exact.int(value),
  plain: (value) => value.toFixed(),
  round: (value, decimals) => value.toDecimalPlaces(decimals),
  fixed: (rounded, decimals) => rounded.toFixed(decimals),
};
