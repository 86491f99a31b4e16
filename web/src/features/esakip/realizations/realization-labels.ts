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

/** A target as text: a number, a range "a–b" or its text. */
export function targetText(t: TFunction, target: Target): string {
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

/** The lock badge of a period: its colour and text. */
export function lockBadge(t: TFunction, lock: Lock): { color: string; label: string } {
  if (lock.state === 'locked') return { color: 'red', label: t(`${K}.lock.locked`, { date: lock.locksOn }) };
  if (lock.state === 'not_started') return { color: 'gray', label: t(`${K}.lock.notStarted`, { date: lock.startsOn }) };
  if (lock.reopenedUntil) return { color: 'orange', label: t(`${K}.lock.reopened`, { date: lock.reopenedUntil }) };
  return { color: 'green', label: t(`${K}.lock.open`, { date: dayBefore(lock.locksOn) }) };
}

/** The colour of a review status badge. */
export const STATUS_COLOR: Record<string, string> = {
  none: 'gray',
  draft: 'blue',
  submitted: 'yellow',
  verified: 'green',
  returned: 'orange',
};
