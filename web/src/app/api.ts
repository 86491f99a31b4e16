/** One field-level validation message returned by the server. */
export interface FieldError {
  field: string;
  message: string;
}

/** An error answered by the API (`{ error: { code, message, fields? } }`), or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: FieldError[];
  /** Seconds to wait before retrying, from `Retry-After` (rate limiting), when the server sent one. */
  readonly retryAfterSeconds: number | null;

  constructor(init: { status: number; code: string; message: string; fields?: FieldError[]; retryAfterSeconds?: number | null }) {
    super(init.message);
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds ?? null;
  }
}

let csrfToken: string | null = null;
let csrfTokenChanges = 0;
let languageOf: () => string = () => 'id';

/** Remembers the CSRF token of the current session; every non-GET request sends it. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
  csrfTokenChanges += 1;
}

/**
 * A setter for an answer that may arrive late (the session probe): it sets the token only if no other token was set
 * since the setter was made, so a probe sent before a login, a TOTP step or a logout cannot undo what they set.
 */
export function csrfTokenSetterFromNow(): (token: string | null) => void {
  const changesWhenMade = csrfTokenChanges;
  return (token) => {
    if (csrfTokenChanges === changesWhenMade) setCsrfToken(token);
  };
}

/** Tells the client where to read the UI language from, for the `Accept-Language` header. */
export function setLanguageSource(source: () => string): void {
  languageOf = source;
}

/** Options of one API call. `body` is sent as JSON unless it is FormData (multipart uploads). */
export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

function buildHeaders(method: string, body: unknown): Headers {
  const headers = new Headers({ Accept: 'application/json', 'Accept-Language': languageOf() });
  if (body !== undefined && !(body instanceof FormData)) headers.set('Content-Type', 'application/json');
  if (method !== 'GET' && csrfToken) headers.set('x-csrf-token', csrfToken);
  return headers;
}

async function toApiError(response: Response): Promise<ApiError> {
  const retry = Number(response.headers.get('retry-after'));
  const retryAfterSeconds = Number.isFinite(retry) && retry > 0 ? retry : null;
  const payload = (await response.json().catch(() => null)) as { error?: Partial<ApiError> & { fields?: FieldError[] } } | null;
  const error = payload?.error;
  return new ApiError({
    status: response.status,
    code: error?.code ?? `http_${response.status}`,
    message: error?.message ?? response.statusText ?? `HTTP ${response.status}`,
    fields: error?.fields,
    retryAfterSeconds,
  });
}

/** Calls the Pamong API with the session cookie, CSRF header and UI language; throws ApiError on failure. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const method = options.method ?? (options.body === undefined ? 'GET' : 'POST');
  const { body } = options;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: buildHeaders(method, body),
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError({ status: 0, code: 'network', message: 'network' });
  }
  if (!response.ok) throw await toApiError(response);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Builds a query string from defined, non-empty values. */
export function queryString(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
