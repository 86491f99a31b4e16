/** Sends outbox entries to the server: the realisasi as JSON, then each photo as a raw image body (both idempotent PUTs). */
import type { OutboxFieldError, OutboxItem, OutboxPhoto } from './outbox-core.ts';

/** The server's answer reduced to what the outbox needs (status 0: no answer at all). */
export interface SendResult {
  status: number;
  fields: OutboxFieldError[];
  retryAfterSeconds: number | null;
}

/** How the outbox reaches the server; an HTTP implementation below, a scripted one in tests. */
export interface OutboxTransport {
  putRealization(item: OutboxItem): Promise<SendResult>;
  putPhoto(item: OutboxItem, photo: OutboxPhoto): Promise<SendResult>;
}

const enc = encodeURIComponent;

/** Field paths as the form names them: `body.evidence.households.0.noKk` → `evidence.households.0.noKk`. */
export function formFieldPath(serverField: string): string {
  return serverField.replace(/^body\./, '');
}

async function resultOf(response: Response): Promise<SendResult> {
  if (response.ok) return { status: response.status, fields: [], retryAfterSeconds: null };
  const retry = Number(response.headers.get('retry-after'));
  const payload = (await response.json().catch(() => null)) as { error?: { fields?: OutboxFieldError[] } } | null;
  const fields = (payload?.error?.fields ?? []).map((f) => ({ field: formFieldPath(f.field), message: f.message }));
  return { status: response.status, fields, retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : null };
}

async function send(url: string, init: RequestInit): Promise<SendResult> {
  try {
    return await resultOf(await fetch(url, { ...init, credentials: 'same-origin' }));
  } catch {
    return { status: 0, fields: [], retryAfterSeconds: null };
  }
}

/** The session values every unsafe request needs. */
export interface TransportSession {
  csrfToken: () => string | null;
  language: () => string;
}

function headers(session: TransportSession, contentType: string): Headers {
  const h = new Headers({ Accept: 'application/json', 'Accept-Language': session.language(), 'Content-Type': contentType });
  const token = session.csrfToken();
  if (token) h.set('x-csrf-token', token);
  return h;
}

/** The HTTP transport of the Pamong API. */
export function httpTransport(session: TransportSession): OutboxTransport {
  return {
    putRealization: (item) =>
      send(`/api/villages/realizations/${enc(item.clientId)}`, {
        method: 'PUT',
        headers: headers(session, 'application/json'),
        body: JSON.stringify(item.body),
      }),
    putPhoto: (item, photo) =>
      send(`/api/villages/realizations/${enc(item.clientId)}/photos/${enc(photo.clientId)}`, {
        method: 'PUT',
        headers: headers(session, photo.contentType),
        body: photo.blob,
      }),
  };
}
