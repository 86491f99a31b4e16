import type { Decimal } from 'decimal.js';
import { ScoreDecimal } from './decimal.ts';
import type { PredikatBand, PredikatTable } from './types.ts';

/**
 * Predikat bands are half-open (lo, hi]: exactly 90.00 is A, 90.01 is AA; the lowest band also includes
 * its lo (0 is D). The value is first rounded half up to 2 decimals, the precision LHEs report, so the
 * predikat always matches the total shown (an exact 90.004 shows 90.00 and is A).
 */

/** A problem found in a predikat (or category) table. */
export interface PredikatTableProblem {
  readonly code: string;
  readonly message: string;
}

/** Bands sorted from lowest to highest. */
export function bandsAscending(table: PredikatTable): PredikatBand[] {
  return [...table].sort((a, b) => new ScoreDecimal(a.lo).comparedTo(b.lo));
}

/** Problems in a table: empty, duplicate codes, lo ≥ hi, not starting at 0, gaps/overlaps, not ending at 100. */
export function predikatTableProblems(table: PredikatTable): PredikatTableProblem[] {
  const problems: PredikatTableProblem[] = [];
  const bands = bandsAscending(table);
  if (bands.length === 0) return [{ code: 'empty', message: 'Tabel predikat kosong / empty table' }];
  if (new Set(bands.map((b) => b.code)).size !== bands.length) {
    problems.push({ code: 'duplicate_code', message: 'Kode predikat ganda / duplicate code' });
  }
  bands.forEach((band, i) => {
    if (!new ScoreDecimal(band.lo).lt(band.hi)) problems.push({ code: 'empty_band', message: `${band.code}: lo ≥ hi` });
    if (i > 0 && !new ScoreDecimal(bands[i - 1].hi).eq(band.lo)) {
      problems.push({
        code: 'gap_or_overlap',
        message: `${bands[i - 1].code}/${band.code}: batas tidak bersambung / gap or overlap`,
      });
    }
  });
  if (!new ScoreDecimal(bands[0].lo).eq(0)) problems.push({ code: 'not_from_zero', message: 'Band terendah harus mulai dari 0' });
  if (!new ScoreDecimal(bands[bands.length - 1].hi).eq(100))
    problems.push({ code: 'not_to_100', message: 'Band tertinggi harus sampai 100' });
  return problems;
}

/** The value as the table compares it: rounded half up to 2 decimals. */
export function roundedForPredikat(value: Decimal | string): Decimal {
  return new ScoreDecimal(value).toDecimalPlaces(2, ScoreDecimal.ROUND_HALF_UP);
}

/** The band containing `total` (rounded to 2 decimals) in (lo, hi], the lowest band closed at lo; RangeError outside. */
export function predikatFor(total: Decimal | string, table: PredikatTable): PredikatBand {
  const value = roundedForPredikat(total);
  const bands = bandsAscending(table);
  const found = bands.find((b, i) => (value.gt(b.lo) || (i === 0 && value.eq(b.lo))) && value.lte(b.hi));
  if (!found) throw new RangeError(`Nilai ${value.toFixed(2)} di luar tabel predikat / outside the predikat table`);
  return found;
}

/** Position of a band from the lowest (0); higher is better. */
export function bandRank(band: PredikatBand, table: PredikatTable): number {
  return bandsAscending(table).findIndex((b) => b.code === band.code);
}
