import type { DispositionView, Security, Urgency } from './eoffice.api.ts';

/** Badge colour of a security class. */
export const SECURITY_COLOR: Record<Security, string> = {
  biasa: 'gray',
  terbatas: 'yellow',
  rahasia: 'red',
  sangat_rahasia: 'grape',
};

/** Badge colour of an urgency level. */
export const URGENCY_COLOR: Record<Urgency, string> = { biasa: 'gray', segera: 'orange', sangat_segera: 'red' };

/** Badge colour of a disposition status. */
export const DISPOSITION_COLOR: Record<DispositionView['status'], string> = {
  terkirim: 'blue',
  dibaca: 'cyan',
  diteruskan: 'indigo',
  ditindaklanjuti: 'green',
  selesai: 'teal',
  dibatalkan: 'gray',
  ditolak: 'red',
};

/** Security classes in order of sensitivity. */
export const SECURITY_CODES: Security[] = ['biasa', 'terbatas', 'rahasia', 'sangat_rahasia'];

/** Urgency levels in order. */
export const URGENCY_CODES: Urgency[] = ['biasa', 'segera', 'sangat_segera'];

/** A file size in a short human form (kB below 1 MB). */
export function formatBytes(bytes: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}
