/**
 * An exact decimal on BigInt (value = m × 10^e) that rounds exactly as the engine's decimal.js does: every result of
 * plus, minus, times and div is rounded to 40 significant digits, half away from zero (decimal.js ROUND_HALF_UP,
 * correctly rounded). About ten times faster than decimal.js for the short decimals capaian are made of; the
 * recompute path uses it, and exact.test.ts checks it operation by operation against decimal.js.
 */

/** Significant digits kept by every operation (the engine's decimal.js precision). */
export const EXACT_PRECISION = 40;

const TEN = 10n;
const LIMIT = TEN ** BigInt(EXACT_PRECISION);
const POWERS: bigint[] = Array.from({ length: 2 * EXACT_PRECISION + 64 }, (_, i) => TEN ** BigInt(i));

/** 10^n for small n (cached). */
function pow10(n: number): bigint {
  return POWERS[n] ?? TEN ** BigInt(n);
}

/** 2^53: below it a BigInt converts to a double exactly. */
const SAFE = 2n ** 53n;
/** 10^n as the double nearest to it (parsed from text, so correctly rounded even where `10 ** n` is not). */
const DOUBLE_POWERS: number[] = Array.from({ length: POWERS.length }, (_, i) => Number(`1e${i}`));

/**
 * Number of decimal digits of a non-negative BigInt (1 for zero): counted on the double for the short mantissas
 * capaian are made of, otherwise a binary search over the cached powers of ten.
 */
function digitCount(n: bigint): number {
  if (n < SAFE) {
    const value = Number(n);
    let digits = 1;
    while (digits < 16 && value >= DOUBLE_POWERS[digits]) digits++;
    return digits;
  }
  const last = POWERS.length - 1;
  if (n >= POWERS[last]) return n.toString().length;
  let low = 0;
  let high = last;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (POWERS[middle] <= n) low = middle;
    else high = middle - 1;
  }
  return low + 1;
}

/** magnitude ÷ divisor (both non-negative), rounded half up: the remainder decides whether the quotient goes up. */
function dividedHalfUp(magnitude: bigint, divisor: bigint): bigint {
  const kept = magnitude / divisor;
  return (magnitude - kept * divisor) * 2n >= divisor ? kept + 1n : kept;
}

const MINUS = 45;
const POINT = 46;
const ZERO = 48;

/** True for the character code of an ASCII digit. */
function isDigit(code: number): boolean {
  return code >= ZERO && code <= ZERO + 9;
}

/** An exact decimal m × 10^e; immutable. */
export class Exact {
  /** The plain text, made once (a target is printed with each of its up to 13 results). */
  private plainText: string | undefined;

  private constructor(
    readonly m: bigint,
    readonly e: number,
  ) {}

  /** A value from m and e, rounded to the precision (half away from zero). */
  static of(m: bigint, e: number): Exact {
    const negative = m < 0n;
    let magnitude = negative ? -m : m;
    if (magnitude >= LIMIT) {
      const drop = digitCount(magnitude) - EXACT_PRECISION;
      magnitude = dividedHalfUp(magnitude, pow10(drop));
      e += drop;
      if (magnitude >= LIMIT) {
        magnitude /= TEN;
        e += 1;
      }
    }
    return new Exact(negative ? -magnitude : magnitude, e);
  }

  /**
   * Parses the engine's plain decimal text (optional minus, 1–30 digits, optional point and 1–20 digits); null for
   * anything else, as parseDecimal. Scanned by hand: up to 15 digits gather in a double exactly, so the common short
   * decimal costs no regular-expression match and no joined digit string.
   */
  static parse(text: string): Exact | null {
    const length = text.length;
    const negative = text.charCodeAt(0) === MINUS;
    const wholeStart = negative ? 1 : 0;
    let at = wholeStart;
    let small = 0;
    while (at < length && isDigit(text.charCodeAt(at))) small = small * 10 + (text.charCodeAt(at++) - ZERO);
    const wholeDigits = at - wholeStart;
    if (wholeDigits < 1 || wholeDigits > 30) return null;
    let fractionDigits = 0;
    if (at < length) {
      if (text.charCodeAt(at++) !== POINT) return null;
      while (at < length && isDigit(text.charCodeAt(at))) {
        small = small * 10 + (text.charCodeAt(at++) - ZERO);
        fractionDigits++;
      }
      if (fractionDigits < 1 || fractionDigits > 20 || at !== length) return null;
    }
    const magnitude =
      wholeDigits + fractionDigits <= 15
        ? BigInt(small)
        : BigInt(text.slice(wholeStart, wholeStart + wholeDigits) + text.slice(wholeStart + wholeDigits + 1));
    return Exact.of(negative ? -magnitude : magnitude, -fractionDigits);
  }

  /** 10^n exactly (multiplying by it only moves the exponent). */
  static power(n: number): Exact {
    return new Exact(1n, n);
  }

  /** A small integer. */
  static int(n: number): Exact {
    return new Exact(BigInt(n), 0);
  }

  /** The two mantissas on the smaller exponent. */
  private aligned(other: Exact): [bigint, bigint, number] {
    if (this.e === other.e) return [this.m, other.m, this.e];
    if (this.e > other.e) return [this.m * pow10(this.e - other.e), other.m, other.e];
    return [this.m, other.m * pow10(other.e - this.e), this.e];
  }

  /** this + other, rounded. */
  plus(other: Exact): Exact {
    const [a, b, e] = this.aligned(other);
    return Exact.of(a + b, e);
  }

  /** this − other, rounded. */
  minus(other: Exact): Exact {
    const [a, b, e] = this.aligned(other);
    return Exact.of(a - b, e);
  }

  /** this × other, rounded (a power of ten only moves the exponent: the mantissa is already within the precision). */
  times(other: Exact): Exact {
    if (other.m === 1n) return new Exact(this.m, this.e + other.e);
    return Exact.of(this.m * other.m, this.e + other.e);
  }

  /** this ÷ other, correctly rounded to the precision (half away from zero); the divisor must not be zero. */
  div(other: Exact): Exact {
    if (other.m === 0n) throw new RangeError('division by zero');
    if (this.m === 0n) return new Exact(0n, 0);
    const negative = this.m < 0n !== other.m < 0n;
    const top = this.m < 0n ? -this.m : this.m;
    const bottom = other.m < 0n ? -other.m : other.m;
    // Scale the dividend so the integer quotient has one or two digits more than the precision; they decide rounding.
    const scale = EXACT_PRECISION + 1 + digitCount(bottom) - digitCount(top);
    if (scale < 0) return Exact.of(negative ? -(top / bottom) : top / bottom, this.e - other.e);
    const quotient = (top * pow10(scale)) / bottom;
    const extra = quotient >= POWERS[EXACT_PRECISION + 1] ? 2 : 1;
    // The truncated digits decide as the exact ones would: the remainder is an integer and the half is 5 or 50.
    let magnitude = dividedHalfUp(quotient, POWERS[extra]);
    let e = this.e - other.e - scale + extra;
    if (magnitude >= LIMIT) {
      magnitude /= TEN;
      e += 1;
    }
    return new Exact(negative ? -magnitude : magnitude, e);
  }

  /** Compares with another value: −1, 0 or 1 (by sign, then on a shared exponent; no allocation when either decides). */
  cmp(other: Exact): number {
    const a = this.m;
    const b = other.m;
    const signA = a > 0n ? 1 : a < 0n ? -1 : 0;
    const signB = b > 0n ? 1 : b < 0n ? -1 : 0;
    if (signA !== signB) return signA < signB ? -1 : 1;
    if (this.e === other.e) return a < b ? -1 : a > b ? 1 : 0;
    const scaledA = this.e > other.e ? a * pow10(this.e - other.e) : a;
    const scaledB = other.e > this.e ? b * pow10(other.e - this.e) : b;
    return scaledA < scaledB ? -1 : scaledA > scaledB ? 1 : 0;
  }

  /** this < other. */
  lt(other: Exact): boolean {
    return this.cmp(other) < 0;
  }

  /** this > other. */
  gt(other: Exact): boolean {
    return this.cmp(other) > 0;
  }

  /** this ≤ other. */
  lte(other: Exact): boolean {
    return this.cmp(other) <= 0;
  }

  /** this ≥ other. */
  gte(other: Exact): boolean {
    return this.cmp(other) >= 0;
  }

  /** True for zero. */
  isZero(): boolean {
    return this.m === 0n;
  }

  /** True below zero. */
  isNegative(): boolean {
    return this.m < 0n;
  }

  /**
   * Rounded half away from zero to `decimals` places. The kept digits usually come from the double nearest the
   * value (relative error under 2^-50): when no integer and no half lies within 10^-14 of it, rounding it rounds the
   * exact value the same way; otherwise (a tie, or nearly one) the BigInt division decides.
   */
  toDecimalPlaces(decimals: number): Exact {
    if (this.e >= -decimals) return this;
    const drop = -decimals - this.e;
    const negative = this.m < 0n;
    const magnitude = negative ? -this.m : this.m;
    const approximate = Number(magnitude) / (DOUBLE_POWERS[drop] ?? Number(`1e${drop}`));
    const whole = Math.floor(approximate);
    const fraction = approximate - whole;
    const tolerance = approximate * 1e-14;
    if (approximate < 2 ** 50 && fraction > tolerance && 1 - fraction > tolerance && Math.abs(fraction - 0.5) > tolerance) {
      const rounded = BigInt(fraction > 0.5 ? whole + 1 : whole);
      return new Exact(negative ? -rounded : rounded, -decimals);
    }
    const rounded = dividedHalfUp(magnitude, pow10(drop));
    return new Exact(negative ? -rounded : rounded, -decimals);
  }

  /** Plain notation: every significant digit without trailing zeros ('0' for zero), or exactly `decimals` places. */
  toFixed(decimals?: number): string {
    if (decimals !== undefined) return this.printed(decimals);
    this.plainText ??= this.printed(undefined);
    return this.plainText;
  }

  /** The text of toFixed: the mantissa's digits printed once, the point placed by slicing them. */
  private printed(decimals: number | undefined): string {
    if (this.m === 0n) return decimals ? `0.${'0'.repeat(decimals)}` : '0';
    const text = this.m.toString();
    const start = text.charCodeAt(0) === MINUS ? 1 : 0;
    let end = text.length;
    let e = this.e;
    // Trailing zeros of the fraction are not significant (decimal.js keeps none).
    if (decimals === undefined)
      while (e < 0 && text.charCodeAt(end - 1) === ZERO) {
        end--;
        e++;
      }
    const places = decimals ?? Math.max(-e, 0);
    const shift = e + places;
    if (shift < 0) throw new RangeError('toFixed would round; round with toDecimalPlaces first');
    const sign = start === 1 ? '-' : '';
    if (shift === 0 && end - start > places) {
      const point = end - places;
      return places > 0 ? `${sign}${text.slice(start, point)}.${text.slice(point, end)}` : `${sign}${text.slice(start, end)}`;
    }
    const digits = text.slice(start, end) + '0'.repeat(shift);
    const whole = digits.length > places ? digits.slice(0, digits.length - places) : '0';
    const fraction = digits.length > places ? digits.slice(digits.length - places) : digits.padStart(places, '0');
    return `${sign}${whole}${places > 0 ? `.${fraction}` : ''}`;
  }
}
