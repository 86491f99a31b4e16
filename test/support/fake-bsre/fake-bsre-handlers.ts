// Routes and answers of the fake BSrE, shaped like the real Esign Client Service: v1 answers a
// signing with the PDF bytes (and an id_dokumen header), v2 with `{ file: [base64] }`; refusals are
// `{ error, status_code }` with HTTP 400 (2011 user not registered, 2021 certificate not active,
// 2031 "Passphrase anda salah"); server failures are Spring-style `{ timestamp, status, error, path }`.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SigningFailure } from '../../../src/platform/signing/index.ts';
import { answerStatus, sendJson, sendSpringError } from './fake-bsre-replies.ts';
import {
  type ParsedRequest,
  parseV1Sign,
  parseV2Sign,
  parseV2Status,
  recordOf,
  type SignCall,
  UnreadableRequest,
} from './fake-bsre-requests.ts';
import { type FakeBsreAuthority, readPageHeights, signAsFakeBsre, signRequestFor } from './fake-bsre-signing.ts';
import type { FakeBsreBehaviour, FakeBsreUser, RecordedRequest } from './fake-bsre-types.ts';

/** Everything a request handler needs. `behaviour` changes at run time. */
export interface FakeBsreContext {
  readonly users: ReadonlyMap<string, FakeBsreUser>;
  readonly username: string;
  readonly password: string;
  readonly authority: FakeBsreAuthority;
  readonly recorded: RecordedRequest[];
  behaviour: FakeBsreBehaviour;
}

type Refusal = { readonly status: number; readonly body: Record<string, unknown> };

const refuse = (error: string, statusCode?: number): Refusal => ({
  status: 400,
  body: statusCode === undefined ? { error } : { error, status_code: statusCode },
});

function isAuthorized(header: string | undefined, context: FakeBsreContext): boolean {
  const expected = Buffer.from(`Basic ${Buffer.from(`${context.username}:${context.password}`).toString('base64')}`);
  const given = Buffer.from(header ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function refusalFor(user: FakeBsreUser | undefined, call: SignCall): Refusal | undefined {
  if (!user || user.status === 'NOT_REGISTERED') return refuse('User tidak terdaftar', 2011);
  // SECURITY (fake): the passphrase is compared and dropped; it is never recorded or logged.
  if (call.passphrase !== user.passphrase) return refuse('Passphrase anda salah', 2031);
  if (user.status === 'EXPIRED') return refuse('Sertifikat pengguna tidak aktif:EXPIRED', 2021);
  if (user.status === 'REVOKED') return refuse('Sertifikat pengguna tidak aktif:REVOKE', 2021);
  return undefined;
}

function misbehave(pdf: Buffer, behaviour: FakeBsreBehaviour): Buffer {
  if (behaviour.successBody === 'not_pdf') return Buffer.from('<html><body>Dokumen berhasil ditandatangani</body></html>');
  if (behaviour.successBody === 'truncated') return pdf.subarray(0, Math.floor(pdf.length / 2));
  return pdf;
}

async function performSigning(call: SignCall, context: FakeBsreContext): Promise<Buffer | Refusal> {
  if (!call.nik || !call.passphrase) return refuse('Parameter nik dan passphrase wajib diisi');
  const pageHeights = await readPageHeights(call.pdf);
  if (!call.pdf || !pageHeights) return refuse('InvalidPdfException: Rebuild failed: dokumen bukan PDF yang valid');
  const user = context.users.get(call.nik);
  const refusal = refusalFor(user, call);
  if (refusal || !user) return refusal ?? refuse('User tidak terdaftar', 2011);
  if (call.placement && !pageHeights[call.placement.page - 1]) return refuse('Halaman visualisasi tidak ada pada dokumen');
  const request = signRequestFor({ ...call, pdf: call.pdf }, user, pageHeights);
  try {
    return misbehave(await signAsFakeBsre(request, await context.authority.keyFor(user)), context.behaviour);
  } catch (error) {
    if (error instanceof SigningFailure) return refuse(`Gagal menandatangani dokumen: ${error.message}`);
    throw error;
  }
}

async function answerSign(res: ServerResponse, api: 'v1' | 'v2', call: SignCall, context: FakeBsreContext): Promise<void> {
  const result = await performSigning(call, context);
  if (!Buffer.isBuffer(result)) return sendJson(res, result.status, result.body);
  if (api === 'v2') return sendJson(res, 200, { file: [result.toString('base64')], time: new Date().toISOString() });
  res.writeHead(200, { 'content-type': 'application/pdf', id_dokumen: randomUUID(), 'content-length': result.length });
  res.end(result);
}

type Route =
  | { readonly kind: 'v1-sign' | 'v2-sign' | 'v2-status' | 'unknown' }
  | { readonly kind: 'v1-status'; readonly nik: string };

function routeOf(method: string, path: string): Route {
  if (method === 'POST' && path === '/api/sign/pdf') return { kind: 'v1-sign' };
  if (method === 'POST' && path === '/api/v2/sign/pdf') return { kind: 'v2-sign' };
  if (method === 'POST' && path === '/api/v2/user/check/status') return { kind: 'v2-status' };
  const status = /^\/api\/user\/status\/([^/]+)$/.exec(path);
  if (method === 'GET' && status) return { kind: 'v1-status', nik: decodeURIComponent(status[1]) };
  return { kind: 'unknown' };
}

async function parseFor(route: Route, contentType: string, body: Buffer): Promise<ParsedRequest<SignCall | string> | undefined> {
  if (route.kind === 'v1-sign') return parseV1Sign(contentType, body);
  if (route.kind === 'v2-sign') return parseV2Sign(body);
  if (route.kind === 'v2-status') return parseV2Status(body);
  if (route.kind === 'v1-status') return { call: route.nik, fieldNames: [], fields: { nik: route.nik }, passphraseGiven: false };
  return undefined;
}

/** Handles one API call: record it (redacted), then delay/auth/500 behaviour, then the real answer. */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
  context: FakeBsreContext,
): Promise<void> {
  const path = new URL(req.url ?? '/', 'http://fake-bsre.invalid').pathname;
  const contentType = req.headers['content-type'] ?? '';
  const authorized = isAuthorized(req.headers.authorization, context);
  const route = routeOf(req.method ?? 'GET', path);
  let parsed: ParsedRequest<SignCall | string> | undefined;
  let unreadable = false;
  try {
    parsed = await parseFor(route, contentType, body);
  } catch (error) {
    if (!(error instanceof UnreadableRequest)) throw error;
    unreadable = true;
  }
  context.recorded.push(recordOf({ method: req.method ?? 'GET', path, contentType, authorized }, parsed));
  if (context.behaviour.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, context.behaviour.delayMs));
  if (!authorized) return sendSpringError(res, 401, path);
  if (context.behaviour.failWith500) return sendSpringError(res, 500, path);
  if (route.kind === 'unknown') return sendSpringError(res, 404, path);
  if (unreadable || !parsed) return sendJson(res, 400, { error: 'Format request tidak sesuai' });
  if (typeof parsed.call === 'string') return answerStatus(res, context.users.get(parsed.call));
  return answerSign(res, route.kind === 'v2-sign' ? 'v2' : 'v1', parsed.call, context);
}
