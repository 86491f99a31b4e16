/**
 * Pure rules of automatic realisasi: which periods the job computes on a day, and whether it may write a period's
 * row (it never touches a person's entry or a verified value, and leaves an unchanged value alone).
 */
import { periodEnd, periodStart } from './realization-periods.ts';

/** Days into a new year during which the previous year's last quarter (and month) is still recomputed. */
export const PREVIOUS_YEAR_GRACE_DAYS = 7;

/** A period to compute: its year and key, and the calendar days [from, to) it covers. */
export interface AutoPeriod {
  readonly year: number;
  readonly period: string;
  readonly from: string;
  readonly to: string;
}

const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
const MONTHS = Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);

/** Shifts a YYYY-MM-DD day by whole days. */
function shiftDay(day: string, days: number): string {
  const at = new Date(`${day}T00:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/**
 * The periods computed on `today` (YYYY-MM-DD, tenant's zone): every quarter of the current year that has started,
 * and every started month too when the indicator is measured monthly; in the first days of January also the previous
 * year's last quarter (and December), so completions of its final hours are not lost.
 */
export function periodsToCompute(today: string, frequency: string): AutoPeriod[] {
  const year = Number(today.slice(0, 4));
  const keys = frequency === 'monthly' ? [...QUARTERS, ...MONTHS] : [...QUARTERS];
  const out: AutoPeriod[] = [];
  for (const y of [year - 1, year]) {
    for (const period of keys) {
      const from = periodStart(y, period);
      const last = periodEnd(y, period);
      const due = y === year ? from <= today : today <= shiftDay(last, PREVIOUS_YEAR_GRACE_DAYS);
      if (due) out.push({ year: y, period, from, to: shiftDay(last, 1) });
    }
  }
  return out;
}

/** What is stored for a period today, as far as the write rule cares. */
export interface ExistingRealization {
  readonly source: string;
  readonly status: string;
  readonly value: string | null;
}

/** What the job does with a period: insert, update, leave an equal value, leave a protected row, or skip (no data). */
export type AutoWrite = 'created' | 'updated' | 'unchanged' | 'protected' | 'no_data';

/**
 * SECURITY: the job never overwrites a realisasi entered or imported by a person, nor a verified one; an e-Office row
 * is rewritten only when its value changed (so a rerun changes nothing), and nothing is written without a value.
 */
export function autoWriteOf(existing: ExistingRealization | undefined, value: string | null): AutoWrite {
  if (existing && (existing.source !== 'eoffice' || existing.status === 'verified')) return 'protected';
  if (value === null) return 'no_data';
  if (!existing) return 'created';
  return existing.value === value ? 'unchanged' : 'updated';
}
