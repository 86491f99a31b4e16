// How BSrE refusals and transport problems become SigningFailure values with Indonesian messages.
// SECURITY: every message here is a fixed text (plus numbers we chose). Nothing the request carried
// (passphrase, NIK, document) and nothing the server echoed back ends up in a message or a cause.
import { SigningFailure, type SigningFailureCode } from '../signing-types.ts';

/** The fixed Indonesian message for each failure code (the timeout message carries its limit). */
export const BSRE_FAILURE_MESSAGES = {
  nik_unregistered: 'NIK belum terdaftar di BSrE',
  wrong_passphrase: 'Passphrase salah',
  certificate_expired: 'Sertifikat elektronik kedaluwarsa',
  certificate_revoked: 'Sertifikat elektronik telah dicabut',
  unavailable: 'Layanan BSrE tidak tersedia, coba lagi nanti',
  invalid_document: 'Dokumen bukan PDF yang utuh; BSrE tidak dapat menandatanganinya',
} as const satisfies Record<Exclude<SigningFailureCode, 'timeout'>, string>;

/** Said when a certificate is suspended ("SUSPEND"): the signer cannot sign until BSrE lifts it. */
export const SUSPENDED_MESSAGE = 'Sertifikat elektronik sedang dibekukan (suspend) oleh BSrE';

/** BSrE Esign Client Service result codes seen in public clients (status_code in the JSON body). */
export const BSRE_CODES = {
  /** GET /api/user/status: registered with a certificate in status ISSUE. */
  userIssued: 1111,
  /** GET /api/user/status: NIK not registered. */
  userNotRegistered: 1110,
  /** Sign: the NIK is not a registered user. */
  signUserNotRegistered: 2011,
  /** Sign/status: registered, but the certificate is not active. */
  certificateInactive: 2021,
  /** Sign: "Passphrase anda salah". */
  wrongPassphrase: 2031,
} as const;

/** A failure with its fixed message. */
export function bsreFailure(code: Exclude<SigningFailureCode, 'timeout'>): SigningFailure {
  return new SigningFailure(code, BSRE_FAILURE_MESSAGES[code]);
}

/** "BSrE tidak menjawab dalam N detik", N written the Indonesian way (1,5). */
export function timeoutFailure(timeoutMs: number): SigningFailure {
  const seconds = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 }).format(timeoutMs / 1000);
  return new SigningFailure('timeout', `BSrE tidak menjawab dalam ${seconds} detik`);
}

/** BSrE refused Pamong's own Basic Auth account (a configuration problem, not the signer's). */
export function credentialsRejected(httpStatus: number): SigningFailure {
  return new SigningFailure(
    'unavailable',
    `BSrE menolak akun aplikasi (HTTP ${httpStatus}); periksa username dan password layanan BSrE`,
  );
}

/** A fetch that threw: our timeout fired, or the connection failed (refused, reset, DNS). */
export function transportFailure(error: unknown, timeoutMs: number): SigningFailure {
  if (error instanceof SigningFailure) return error;
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'TimeoutError') return timeoutFailure(timeoutMs);
  // SECURITY: the original error is dropped on purpose (no `cause`): it may quote the request.
  return bsreFailure('unavailable');
}

/** The parts of a BSrE error body we act on. */
export interface BsreErrorBody {
  readonly statusCode?: number;
  readonly text: string;
}

/** Reads `{ error, status_code }` (or `message`) from a JSON body; undefined when it is not JSON. */
export function parseErrorBody(body: Buffer): BsreErrorBody | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const record = parsed as Record<string, unknown>;
  const statusCode = Number(record.status_code ?? record.statusCode);
  const text = [record.error, record.message, record.status].filter((part) => typeof part === 'string').join(' ');
  return { statusCode: Number.isFinite(statusCode) ? statusCode : undefined, text };
}

/** What a refusal means: a final failure, or "certificate not active" which needs a status lookup. */
export type Refusal = SigningFailure | 'certificate_inactive';

const CERTIFICATE_WORD = /sertifikat|certificate/i;
const EXPIRED_WORD = /expired|ke?da?luw?arsa/i;
const REVOKED_WORD = /revoke|dicabut/i;
const NOT_REGISTERED_WORD = /(tidak|belum) terdaftar|not[ _]?registered/i;
const DOCUMENT_WORD = /pdf|dokumen|document/i;

/** Maps an HTTP status plus BSrE's error body to a failure. Codes win over wording. */
export function classifyRefusal(httpStatus: number, error: BsreErrorBody | undefined): Refusal {
  if (httpStatus === 401 || httpStatus === 403) return credentialsRejected(httpStatus);
  const code = error?.statusCode;
  const text = error?.text ?? '';
  if (code === BSRE_CODES.wrongPassphrase || /passphrase/i.test(text)) return bsreFailure('wrong_passphrase');
  if (code === BSRE_CODES.signUserNotRegistered || code === BSRE_CODES.userNotRegistered || NOT_REGISTERED_WORD.test(text)) {
    return bsreFailure('nik_unregistered');
  }
  if (CERTIFICATE_WORD.test(text) && EXPIRED_WORD.test(text)) return bsreFailure('certificate_expired');
  if (CERTIFICATE_WORD.test(text) && REVOKED_WORD.test(text)) return bsreFailure('certificate_revoked');
  if (code === BSRE_CODES.certificateInactive) return 'certificate_inactive';
  if (httpStatus >= 400 && httpStatus < 500 && DOCUMENT_WORD.test(text)) return bsreFailure('invalid_document');
  return bsreFailure('unavailable');
}
