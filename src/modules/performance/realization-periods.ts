/**
 * Realisasi periods of a year and when they lock (pure). Keys: `Q1`–`Q4`, `S1`–`S2`, `M01`–`M12` and `Y` (the whole
 * year). A period locks `lockAfterDays` days after its last day (dates are the tenant's calendar days, YYYY-MM-DD);
 * a reopening for the unit lets entries in until its `openUntil` day (inclusive).
 */

/** A realisasi period key. */
export type PeriodKey = string;

const PERIOD_KEY = /^(Q[1-4]|S[12]|M(0[1-9]|1[0-2])|Y)$/;

/** True for a well-formed period key. */
export function isPeriodKey(key: string): boolean {
  return PERIOD_KEY.test(key);
}

const MONTHLY: readonly PeriodKey[] = Object.freeze(Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`));
const QUARTERLY: readonly PeriodKey[] = Object.freeze(['Q1', 'Q2', 'Q3', 'Q4']);
const SEMESTERS: readonly PeriodKey[] = Object.freeze(['S1', 'S2']);
const YEARLY: readonly PeriodKey[] = Object.freeze(['Y']);

/** The periods an indicator of a frequency reports, in chronological order (yearly → `Y`); shared, frozen lists. */
export function periodsOfFrequency(frequency: string): readonly PeriodKey[] {
  if (frequency === 'monthly') return MONTHLY;
  if (frequency === 'quarterly') return QUARTERLY;
  if (frequency === 'semester') return SEMESTERS;
  return YEARLY;
}

/** The last month (1–12) a period covers. */
function lastMonthOf(key: PeriodKey): number {
  if (key === 'Y') return 12;
  const n = Number(key.slice(1));
  if (key.startsWith('Q')) return n * 3;
  if (key.startsWith('S')) return n * 6;
  return n;
}

/** The first month (1–12) a period covers. */
function firstMonthOf(key: PeriodKey): number {
  if (key === 'Y') return 1;
  const n = Number(key.slice(1));
  if (key.startsWith('Q')) return n * 3 - 2;
  if (key.startsWith('S')) return n * 6 - 5;
  return n;
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** First day of the period (YYYY-MM-DD). */
export function periodStart(year: number, key: PeriodKey): string {
  return iso(new Date(Date.UTC(year, firstMonthOf(key) - 1, 1)));
}

/** Last day of the period (YYYY-MM-DD). */
export function periodEnd(year: number, key: PeriodKey): string {
  return iso(new Date(Date.UTC(year, lastMonthOf(key), 0)));
}

/** The first day on which the period is locked: `lockAfterDays` days after its last day. */
export function periodLocksOn(year: number, key: PeriodKey, lockAfterDays: number): string {
  const end = new Date(`${periodEnd(year, key)}T00:00:00Z`);
  end.setUTCDate(end.getUTCDate() + lockAfterDays + 1);
  return iso(end);
}

/** Where a period stands on a day: not yet started, open for entry, or locked (and whether a reopening holds it open). */
export type PeriodState =
  | { readonly state: 'not_started'; readonly startsOn: string }
  | { readonly state: 'open'; readonly locksOn: string; readonly reopenedUntil: string | null }
  | { readonly state: 'locked'; readonly lockedSince: string };

/**
 * SECURITY: the lock rule. A period accepts entries from its first day until the day before it locks; after that
 * only while a reopening of the unit covers today. Realisasi for a period that has not started are refused too.
 */
export function periodState(
  year: number,
  key: PeriodKey,
  today: string,
  rule: { lockAfterDays: number; reopenedUntil?: readonly string[] },
): PeriodState {
  const startsOn = periodStart(year, key);
  if (today < startsOn) return { state: 'not_started', startsOn };
  const locksOn = periodLocksOn(year, key, rule.lockAfterDays);
  if (today < locksOn) return { state: 'open', locksOn, reopenedUntil: null };
  const reopenedUntil = [...(rule.reopenedUntil ?? [])].sort().at(-1) ?? null;
  if (reopenedUntil !== null && today <= reopenedUntil) return { state: 'open', locksOn, reopenedUntil };
  return { state: 'locked', lockedSince: locksOn };
}
