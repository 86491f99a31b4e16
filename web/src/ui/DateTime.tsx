import { useTranslation } from 'react-i18next';
import { currentLocale } from '../app/i18n/index.ts';

/** Formats an ISO timestamp as a medium date and time in a locale; an unparsable value is shown as given. */
export function formatDateTime(iso: string, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
}

/** A `<time>` element showing an ISO timestamp in the UI language (re-rendered when the language changes). */
export function DateTime({ iso }: { iso: string }) {
  useTranslation();
  return <time dateTime={iso}>{formatDateTime(iso, currentLocale())}</time>;
}
