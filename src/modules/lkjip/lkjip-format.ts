/** How the LKjIP prints numbers (Indonesian: comma before decimals, dots for thousands), targets and money. Pure. */
import { Decimal } from 'decimal.js';

const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** A decimal text with Indonesian separators: `1234.5` → `1.234,5`; with `decimals`, rounded half-up to that many. */
export function numberId(text: string, decimals?: number): string {
  const value = new Dec(text);
  const fixed = decimals === undefined ? value.toFixed() : value.toDecimalPlaces(decimals).toFixed(decimals);
  const negative = fixed.startsWith('-');
  const [whole, fraction] = (negative ? fixed.slice(1) : fixed).split('.') as [string, string | undefined];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** A percentage with two decimals: `95.5` → `95,50`. */
export function percentId(text: string): string {
  return numberId(text, 2);
}

/** Rupiah with two decimals: `Rp1.250.000,00`. */
export function rupiahId(text: string): string {
  return `Rp${numberId(text, 2)}`;
}

/** A target as stored on an indicator or taken into a PK (kind null: not set). */
export interface TargetLike {
  readonly kind: 'number' | 'range' | 'text' | null;
  readonly value: string | null;
  readonly min: string | null;
  readonly max: string | null;
  readonly text: string | null;
}

/** A target as printed: `100 persen`, `70–80 unit`, or its text; `-` when none. */
export function targetId(target: TargetLike | null, unitOfMeasure: string): string {
  if (!target) return '-';
  if (target.kind === 'number' && target.value) return `${numberId(target.value)} ${unitOfMeasure}`.trim();
  if (target.kind === 'range' && target.min && target.max)
    return `${numberId(target.min)}–${numberId(target.max)} ${unitOfMeasure}`.trim();
  return target.text || '-';
}

/** A band's short name: the label without its bracketed range (`Hijau (≥ 90)` → `Hijau`); the code when unknown. */
export function bandName(code: string | null, bands: readonly { code: string; label: string }[]): string {
  if (code === null) return '-';
  const label = bands.find((b) => b.code === code)?.label ?? code;
  return label.replace(/\s*\(.*\)\s*$/, '') || code;
}

/** Sum of decimal texts. */
export function sumOf(values: readonly string[]): string {
  return values.reduce((sum, v) => sum.plus(new Dec(v)), new Dec(0)).toFixed();
}

/** Mean of decimal texts rounded to two decimals; null for none. */
export function meanOf(values: readonly string[]): string | null {
  if (values.length === 0) return null;
  return new Dec(sumOf(values)).div(values.length).toDecimalPlaces(2).toFixed(2);
}

/** a / b × 100 rounded to two decimals; null when b is zero. */
export function ratioPercent(a: string, b: string): string | null {
  const divisor = new Dec(b);
  if (divisor.isZero()) return null;
  return new Dec(a).div(divisor).times(100).toDecimalPlaces(2).toFixed(2);
}

/** a − b rounded to two decimals. */
export function difference(a: string, b: string): string {
  return new Dec(a).minus(new Dec(b)).toDecimalPlaces(2).toFixed(2);
}

/** −1, 0 or 1 as a compares with b. */
export function compare(a: string, b: string): number {
  return new Dec(a).comparedTo(new Dec(b));
}
