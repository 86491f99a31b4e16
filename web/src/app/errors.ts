import type { TFunction } from 'i18next';
import { ApiError } from './api.ts';

/** A user-facing message for any thrown value: the server's translated message, or a generic one. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.status === 0) return t('errors.network');
    if (error.message && !error.message.startsWith('HTTP ')) return error.message;
    return t('errors.http', { status: error.status });
  }
  return t('errors.unexpected');
}

/** The server's message for one form field, if it sent one. */
export function fieldError(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.field === field)?.message;
}
