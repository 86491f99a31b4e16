// Shapes shared by the fake BSrE process and the test helper that starts it.

/** A BSrE account holder the fake knows. `status` is the certificate state (REVOKED is sent as BSrE's "REVOKE"). */
export interface FakeBsreUser {
  readonly nik: string;
  readonly passphrase: string;
  readonly status: 'ISSUE' | 'EXPIRED' | 'REVOKED' | 'NOT_REGISTERED';
  /** The certificate's common name; defaults to "Pengguna BSrE <NIK>". */
  readonly name?: string;
}

/** How the fake misbehaves; can be changed while it runs (PUT /__test/behaviour). */
export interface FakeBsreBehaviour {
  /** Wait this long before answering any API call (the timeout case). */
  readonly delayMs: number;
  /** Answer every API call with HTTP 500 (Spring-style error JSON, as BSrE does). */
  readonly failWith500: boolean;
  /** What a successful signing returns: the signed PDF, bytes that are not a PDF, or a cut-off PDF. */
  readonly successBody: 'signed' | 'not_pdf' | 'truncated';
}

/** What the fake starts with (passed as JSON in FAKE_BSRE_SETTINGS). */
export interface FakeBsreSettings extends Partial<FakeBsreBehaviour> {
  readonly users: readonly FakeBsreUser[];
  /** Basic Auth account of the calling application; defaults to "pamong" and a random password. */
  readonly username?: string;
  readonly password?: string;
}

/** One API call as the fake saw it. SECURITY: the passphrase itself is never recorded. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly contentType: string;
  /** The request carried the right Basic Auth credentials. */
  readonly authorized: boolean;
  /** Multipart field names in the order sent, or the top-level JSON keys. */
  readonly fieldNames: readonly string[];
  /** Values as sent, except: no passphrase; files and base64 images are replaced by `{ bytes }`. */
  readonly fields: Readonly<Record<string, unknown>>;
  /** A non-empty passphrase was sent. */
  readonly passphraseGiven: boolean;
}

/** The first IPC message of the fake process. */
export interface FakeBsreReady {
  readonly port: number;
  /** The fake's own root CA (DER, base64): the trust anchor for what it signs. */
  readonly caCertificateDerBase64: string;
  readonly username: string;
  readonly password: string;
}

/** Default behaviour: answer at once, sign properly. */
export const DEFAULT_BEHAVIOUR: FakeBsreBehaviour = { delayMs: 0, failWith500: false, successBody: 'signed' };
