import type { TFunction } from 'i18next';
import type { RealizationCellView } from './realizations.api.ts';

type Target = RealizationCellView['target'];
type Lock = RealizationCellView['lock'];

const K = 'esakipRealizations';

/** The name of a period key (Q2 → "Triwulan II", M05 → "Bulan 5"). */
export function periodLabel(t: TFunction, period: string): string {
  if (period.startsWith('M')) return t(`${K}.periods.M`, { month: Number(period.slice(1)) });
  return t(`${K}.periods.${period}`);
}

/** A target as text: a number, a range "a–b" or its text (a grid target or a ledger entry's). */
export function targetText(
  t: TFunction,
  target: Pick<NonNullable<Target>, 'kind' | 'value' | 'min' | 'max' | 'text'> | null,
): string {
  if (!target) return t(`${K}.noTarget`);
  if (target.kind === 'number') return target.value ?? '';
  if (target.kind === 'range') return `${target.min ?? ''}–${target.max ?? ''}`;
  return target.text ?? '';
}

/** The day before an ISO date (a period is open until the day before it locks). */
export function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A calendar day (YYYY-MM-DD) as people read it, e.g. "15 Jan 2027" (the day itself, no time-zone shift). */
export function dayText(date: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  return format.format(new Date(`${date}T00:00:00Z`));
}

/** The lock badge of a period: its colour and text, with the day in the reader's language. */
export function lockBadge(t: TFunction, lock: Lock, locale = 'id'): { color: string; label: string } {
  const day = (date: string) => dayText(date, locale);
  if (lock.state === 'locked') return { color: 'red', label: t(`${K}.lock.locked`, { date: day(lock.locksOn) }) };
  if (lock.state === 'not_started') return { color: 'gray', label: t(`${K}.lock.notStarted`, { date: day(lock.startsOn) }) };
  if (lock.reopenedUntil) return { color: 'orange', label: t(`${K}.lock.reopened`, { date: day(lock.reopenedUntil) }) };
  return { color: 'green', label: t(`${K}.lock.open`, { date: day(dayBefore(lock.locksOn)) }) };
}

/** The colour of a review status badge. */
export const STATUS_COLOR: Record<string, string> = {
  none: 'gray',
  draft: 'blue',
  submitted: 'yellow',
  verified: 'green',
  returned: 'orange',
};
