import { Decimal } from 'decimal.js';

/** Decimal constructor for village scores: 40 significant digits, ROUND_HALF_UP. */
export const VillageDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/**
 * A village category band: lo < score ≤ hi (the lowest band also includes its lo, 0), on the score rounded half up
 * to 2 decimals. Sumedang publishes integer ranges ("71–85 = B"); a band starts at its published lower limit, so
 * "71–85" covers 71.00 … 85.99 and is stored as (70.99, 85.99]: 70.99 is C, 71.00 is B, 85.99 is B, 86.00 is A.
 * `inferred` marks a band not found in the sources (shown as such in the settings screen).
 */
export interface VillageBand {
  readonly code: string;
  readonly label: string;
  readonly lo: string;
  readonly hi: string;
  readonly inferred: boolean;
}

/** Village category bands (tenant settings), in any order, covering 0..100. */
export type VillageBandSettings = readonly VillageBand[];

/** Sumedang defaults (domain notes §5.1): B 71–85 and C 56–70 published, A 86–100 and D 0–55 inferred. */
export const DEFAULT_VILLAGE_BANDS: VillageBandSettings = [
  { code: 'A', label: 'Kategori A', lo: '85.99', hi: '100', inferred: true },
  { code: 'B', label: 'Kategori B', lo: '70.99', hi: '85.99', inferred: false },
  { code: 'C', label: 'Kategori C', lo: '55.99', hi: '70.99', inferred: false },
  { code: 'D', label: 'Kategori D', lo: '0', hi: '55.99', inferred: true },
];

function ascending(settings: VillageBandSettings): VillageBand[] {
  return [...settings].sort((a, b) => new VillageDecimal(a.lo).comparedTo(b.lo));
}

/** Problems in band settings: empty, duplicate codes, empty bands, gaps/overlaps, not covering 0..100. */
export function villageBandProblems(settings: VillageBandSettings): string[] {
  const bands = ascending(settings);
  if (bands.length === 0) return ['Kategori kosong / no bands'];
  const problems: string[] = [];
  if (new Set(bands.map((b) => b.code)).size !== bands.length) problems.push('Kode kategori ganda / duplicate code');
  bands.forEach((b, i) => {
    if (!new VillageDecimal(b.lo).lt(b.hi)) problems.push(`${b.code}: batas bawah ≥ batas atas / lo ≥ hi`);
    if (i > 0 && !new VillageDecimal(bands[i - 1].hi).eq(b.lo))
      problems.push(`${bands[i - 1].code}/${b.code}: celah atau tumpang tindih / gap or overlap`);
  });
  if (!new VillageDecimal(bands[0].lo).eq(0)) problems.push('Kategori terendah harus mulai dari 0 / must start at 0');
  if (!new VillageDecimal(bands[bands.length - 1].hi).eq(100))
    problems.push('Kategori tertinggi harus sampai 100 / must end at 100');
  return problems;
}

/** A score rounded half up to 2 decimals, the precision bands and ranks compare. */
export function roundedScore(score: Decimal | string): Decimal {
  return new VillageDecimal(score).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The band of a score (rounded to 2 decimals): (lo, hi], the lowest closed at 0; RangeError outside. */
export function villageBandFor(score: Decimal | string, settings: VillageBandSettings = DEFAULT_VILLAGE_BANDS): VillageBand {
  const value = roundedScore(score);
  const found = ascending(settings).find((b, i) => (value.gt(b.lo) || (i === 0 && value.eq(b.lo))) && value.lte(b.hi));
  if (!found) throw new RangeError(`Nilai ${value.toFixed(2)} di luar kategori / outside the bands`);
  return found;
}
