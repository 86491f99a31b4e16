/** Letter dates for numbering (pure): which year and month a number belongs to, in the tenant's time zone. */

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The calendar date a number is made for. */
export interface LetterDate {
  readonly isoDate: string;
  readonly year: number;
  readonly month: number;
}

/** The calendar date of an instant in a time zone, as YYYY-MM-DD. */
export function calendarDateIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(
    instant,
  );
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** True when YYYY-MM-DD names a real day (no 2026-02-30). */
function isRealDay(year: number, month: number, day: number): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/**
 * The letter date of a number: a YYYY-MM-DD date is already a local calendar date; an ISO instant is
 * read in the tenant's time zone, so 2026-12-31T17:30Z is 1 January 2027 in Asia/Jakarta (the counter resets).
 * Undefined when the text is neither.
 */
export function letterDate(text: string, timeZone: string): LetterDate | undefined {
  let iso = text;
  if (!DATE_ONLY.test(text)) {
    const instant = /T\d{2}:\d{2}/.test(text) ? new Date(text) : undefined;
    if (!instant || Number.isNaN(instant.getTime())) return undefined;
    iso = calendarDateIn(instant, timeZone);
  }
  const match = DATE_ONLY.exec(iso);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2999 || !isRealDay(year, month, day)) return undefined;
  return { isoDate: iso, year, month };
}
