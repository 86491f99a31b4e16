/** Small helpers shared by the village plans forms: server field messages and the rupiah input rule. */
import { fieldError } from '../../../app/errors.ts';

/** The server's message for a form field: zod's `body.<name>` (400) or the use case's `<name>` (422). */
export const serverFieldError = (error: unknown, name: string): string | undefined =>
  fieldError(error, `body.${name}`) ?? fieldError(error, name);

/** True for a rupiah amount the server accepts: digits with at most two decimals after a dot. */
export const isMoney = (text: string) => /^\d{1,15}(\.\d{1,2})?$/.test(text.trim());

/** A trimmed optional text, null when empty. */
export const optionalText = (text: string) => (text.trim() === '' ? null : text.trim());
