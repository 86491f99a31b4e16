import { ApiError, type FieldError } from '../../app/api.ts';
import { currentLanguage } from '../../app/i18n/index.ts';

async function errorOf(response: Response): Promise<ApiError> {
  const payload = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; fields?: FieldError[] };
  } | null;
  return new ApiError({
    status: response.status,
    code: payload?.error?.code ?? `http_${response.status}`,
    message: payload?.error?.message ?? `HTTP ${response.status}`,
    fields: payload?.error?.fields,
  });
}

/**
 * POSTs JSON and returns the PDF the server answers (e.g. the document preview). `api()` reads JSON only,
 * so this sends the same headers itself: session cookie, CSRF token, UI language. Throws ApiError.
 */
export async function postForPdf(path: string, body: unknown, csrfToken: string): Promise<Blob> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/pdf, application/json',
        'Accept-Language': currentLanguage(),
        'Content-Type': 'application/json',
        'x-csrf-token': csrfToken,
      },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network', message: 'network' });
  }
  if (!response.ok) throw await errorOf(response);
  return response.blob();
}

/** The first server message for a field or any field below it (`body.signers` also matches `body.signers.0.jabatan`). */
export function fieldErrorUnder(error: unknown, field: string): string | undefined {
  if (!(error instanceof ApiError)) return undefined;
  return error.fields.find((f) => f.field === field || f.field.startsWith(`${field}.`))?.message;
}
