// Small answer helpers of the fake BSrE: JSON, Spring-style errors, and user-status bodies.
import type { ServerResponse } from 'node:http';
import type { FakeBsreUser } from './fake-bsre-types.ts';

const SPRING_REASONS: Readonly<Record<number, string>> = {
  401: 'Unauthorized',
  404: 'Not Found',
  500: 'Internal Server Error',
};

/** Sends a JSON body. Writes after the caller hung up (timeout tests) are ignored. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.destroyed) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** The error body BSrE's Spring Boot service returns for 401/404/500. */
export function sendSpringError(res: ServerResponse, status: number, path: string): void {
  const body = { timestamp: new Date().toISOString(), status, error: SPRING_REASONS[status] ?? 'Error', path };
  sendJson(res, status, body, status === 401 ? { 'www-authenticate': 'Basic realm="Realm"' } : {});
}

/** v1 GET /api/user/status/{nik} and v2 POST /api/v2/user/check/status answer the same fields. */
export function answerStatus(res: ServerResponse, user: FakeBsreUser | undefined): void {
  if (!user || user.status === 'NOT_REGISTERED') {
    sendJson(res, 200, { status_code: 1110, status: 'NOT_REGISTERED', message: 'User belum terdaftar' });
    return;
  }
  if (user.status === 'ISSUE') {
    const message = 'User sudah terdaftar dan memiliki sertifikat dengan status ISSUE';
    sendJson(res, 200, { status_code: 1111, status: 'ISSUE', message });
    return;
  }
  const word = user.status === 'REVOKED' ? 'REVOKE' : 'EXPIRED';
  sendJson(res, 200, { status_code: 2021, status: word, message: `User sudah terdaftar, sertifikat dengan status ${word}` });
}
