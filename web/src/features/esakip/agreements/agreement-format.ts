/** Pure formatting of PK values: rupiah from decimal strings (no floats), targets and rencana aksi periods. */
import type { AgreementItemView } from './agreements.api.ts';

const MONEY = /^(\d+)(?:\.(\d{1,2}))?$/;

/** True when `text` is a rupiah amount the API accepts (digits, at most two decimals, no separators). */
export const isMoneyText = (text: string) => /^\d{1,18}(?:\.\d{1,2})?$/.test(text.trim());

/**
 * A decimal string (`'1575000000.5'`) as rupiah (`Rp1.575.000.000,50` in Indonesian, `Rp1,575,000,000.50` in
 * English), exactly: the integer part is grouped as a BigInt, the cents are kept as text. Anything else is returned
 * unchanged.
 */
export function formatRupiah(text: string | null | undefined, locale: string): string {
  if (text === null || text === undefined) return '';
  const found = MONEY.exec(text.trim());
  if (!found) return text;
  const integer = new Intl.NumberFormat(locale, { useGrouping: true }).format(BigInt(found[1] as string));
  const cents = (found[2] ?? '').padEnd(2, '0');
  const decimal = locale.startsWith('en') ? '.' : ',';
  return `Rp${integer}${decimal}${cents}`;
}

/** A plain decimal (`'3.75'`) with the locale's decimal separator (`3,75`); anything else unchanged. */
export function formatDecimal(text: string | null | undefined, locale: string): string {
  if (text === null || text === undefined) return '';
  if (!/^-?\d+(\.\d+)?$/.test(text)) return text;
  return locale.startsWith('en') ? text : text.replace('.', ',');
}

/** The promised target as read: `3,75 persen`, `70–80 persen`, `Informatif`; empty when there is none. */
export function targetLabel(item: Pick<AgreementItemView, 'target' | 'unitOfMeasure'>, locale: string): string {
  const { target, unitOfMeasure } = item;
  const unit = unitOfMeasure ? ` ${unitOfMeasure}` : '';
  if (target.kind === 'number' && target.value !== null) return `${formatDecimal(target.value, locale)}${unit}`;
  if (target.kind === 'range' && target.min !== null && target.max !== null)
    return `${formatDecimal(target.min, locale)}–${formatDecimal(target.max, locale)}${unit}`;
  if (target.kind === 'text' && target.text) return target.text;
  return '';
}

/** The rencana aksi periods: the four quarters, or the twelve months. */
export const QUARTERS = ['Q1', 'Q2', 'Q3', 'Q4'] as const;
/** The twelve months as periods (`M01` … `M12`). */
export const MONTHS = Array.from({ length: 12 }, (_, i) => `M${String(i + 1).padStart(2, '0')}`);

/** `Q2` → the quarter's number, `M03` → the month's name in the locale. */
export function periodLabel(period: string, locale: string, quarterWord: string): string {
  if (period.startsWith('Q')) return `${quarterWord} ${['I', 'II', 'III', 'IV'][Number(period.slice(1)) - 1] ?? period}`;
  const month = Number(period.slice(1));
  if (!Number.isInteger(month) || month < 1 || month > 12) return period;
  return new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, month - 1, 1));
}

/** Whether an item's rencana aksi are planned per month (any monthly action) rather than per quarter. */
export const plannedMonthly = (item: Pick<AgreementItemView, 'actionPlans'>) =>
  item.actionPlans.some((p) => p.period.startsWith('M'));

/** The exact sum of rupiah decimal strings (`'15000000.5'` …) as a decimal string, summed in cents as BigInt. */
export function sumRupiah(values: readonly (string | null)[]): string {
  let cents = 0n;
  for (const value of values) {
    const found = value ? MONEY.exec(value.trim()) : null;
    if (found) cents += BigInt(found[1] as string) * 100n + BigInt((found[2] ?? '').padEnd(2, '0'));
  }
  const whole = cents / 100n;
  const rest = cents % 100n;
  if (rest === 0n) return String(whole);
  return rest % 10n === 0n ? `${whole}.${rest / 10n}` : `${whole}.${String(rest).padStart(2, '0')}`;
}
