import i18next, { type i18n } from 'i18next';
import { z } from 'zod';
import { baseMessages } from './messages.ts';

/** The languages Pamong speaks; Indonesian is the default. */
export type Locale = 'id' | 'en';

type Messages = Record<string, unknown>;

const instance: i18n = i18next.createInstance();
void instance.init({
  lng: 'id',
  fallbackLng: 'id',
  initAsync: false,
  resources: { id: { translation: baseMessages.id }, en: { translation: baseMessages.en } },
  interpolation: { escapeValue: false },
});

/** Adds a module's messages under a top-level key (e.g. `import`, `identity`). */
export function addMessages(namespaceKey: string, messages: { id: Messages; en: Messages }): void {
  instance.addResourceBundle('id', 'translation', { [namespaceKey]: messages.id }, true, true);
  instance.addResourceBundle('en', 'translation', { [namespaceKey]: messages.en }, true, true);
}

/** Translates a key; unknown keys come back as the key itself so a gap is visible, not silent. */
export function translate(locale: Locale, key: string, params: Record<string, unknown> = {}): string {
  return instance.t(key, { lng: locale, ...params }) as string;
}

/** True when the key has a translation. */
export function hasMessage(key: string): boolean {
  return instance.exists(key, { lng: 'id' });
}

/** Picks the response language from `Accept-Language` (English only when asked; Indonesian otherwise). */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'id';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}

const zodLocales = { id: z.locales.id(), en: z.locales.en() };

/** Turns a zod issue into a message in the locale; custom messages that are i18n keys are translated. */
export function localizeIssue(issue: z.core.$ZodIssue, locale: Locale): string {
  if (issue.message && hasMessage(issue.message)) return translate(locale, issue.message, issue as never);
  if (issue.code === 'invalid_type' && (issue as { input?: unknown }).input === undefined) {
    return translate(locale, 'errors.required');
  }
  const made = zodLocales[locale].localeError(issue as never);
  if (typeof made === 'string') return made;
  return made?.message ?? issue.message;
}
