/** Pure formatting of the dashboard: percent texts, period names, bands and chart numbers (decimal texts in). */
import { formatDecimal } from '../agreements/agreement-format.ts';
import type { BandView } from './dashboard.api.ts';

/** Translates a key with values (the `t` of react-i18next, narrowed to what these helpers use). */
export type Translate = (key: string, values?: Record<string, unknown>) => string;

/** `'87.5'` → `87,5 %` (Indonesian) / `87.5%` (English); `—` for null. */
export function formatPercent(value: string | null | undefined, locale: string, t: Translate): string {
  if (value === null || value === undefined) return t('esakipDashboard.none');
  return t('esakipDashboard.percent', { value: formatDecimal(value, locale) });
}

/** A decimal text as a number for drawing only (charts); null stays null (a gap, not a zero). */
export function chartNumber(value: string | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** The band of the tenant's table with this code, or null (no band, or a code the table no longer has). */
export function bandOf(bands: readonly BandView[], code: string | null | undefined): BandView | null {
  if (!code) return null;
  return bands.find((b) => b.code === code) ?? null;
}

/** The neutral colour of a value without a band. */
export const NO_BAND_COLOR = '#868e96';

/** A period code in words: `Y` → Tahunan, `Q2` → Triwulan II, `M03` → Maret (month name in the locale). */
export function periodName(period: string | null, locale: string, t: Translate): string {
  if (period === null) return t('esakipDashboard.period.annual');
  if (/^(Y|S[12]|Q[1-4])$/.test(period)) return t(`esakipDashboard.period.${period}`);
  const month = /^M(\d{2})$/.exec(period);
  if (!month) return period;
  const index = Number(month[1]) - 1;
  if (index < 0 || index > 11) return period;
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, index, 1));
}

/** The short quarter names of the trend axis (`TW I` … / `Q1` …). */
export const quarterNames = (t: Translate) =>
  (['Q1', 'Q2', 'Q3', 'Q4'] as const).map((q) => t(`esakipDashboard.period.short.${q}`));

/** A decimal text rounded for reading (`'32.5714285…'` → `32,57`), formatted exactly from the text, not a float. */
export function formatRounded(value: string, locale: string, digits = 2): string {
  if (!/^-?\d+(\.\d+)?$/.test(value)) return value;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value as `${number}`);
}
