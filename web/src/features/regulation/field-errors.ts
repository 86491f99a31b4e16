import { ApiError } from '../../app/api.ts';

const bare = (field: string) => field.replace(/^(body|params)\./, '');

/**
 * The server's message for one field of a request body or path, e.g. `name`, `security.2.label` or `code`
 * (the API names them `body.name`, `body.security.2.label`, `params.code`). With `nested`, messages of the
 * field's items count too (`signerLevels.1` for `signerLevels`).
 */
export function serverFieldError(error: unknown, field: string, nested = false): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const matches = (name: string) => name === field || (nested && name.startsWith(`${field}.`));
  return error.fields.find((f) => matches(bare(f.field)))?.message;
}
