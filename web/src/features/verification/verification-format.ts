/** Time zone of signing times on the public page: Pamong's regencies sign in WIB. */
export const WIB = 'Asia/Jakarta';

/** A calendar date `YYYY-MM-DD` in the long form of a locale, e.g. "5 Januari 2026"; other text is shown as given. */
export function formatLongDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}/.test(isoDate) || Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A timestamp as a long date and time in WIB, e.g. "5 Januari 2026 pukul 14.05 WIB"; empty or bad input as given. */
export function formatWib(iso: string, locale: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return iso;
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: WIB }).format(date);
  return `${text} WIB`;
}

/** The calendar date of an instant in WIB as YYYY-MM-DD (e.g. today's date for a new naskah). */
export function dateInWib(instant: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: WIB, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}
