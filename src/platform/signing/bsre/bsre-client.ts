// Pamong's adapter to BSrE (Balai Sertifikasi Elektronik, BSSN): sends a whole PDF with the signer's
// NIK and passphrase, and returns the signed PDF, or rejects with a SigningFailure. It never returns
// bytes that are not a complete PDF, so a failed or garbled signing cannot pass as a signed document.
import type { RemoteSigner, SigningFailure } from '../signing-types.ts';
import { bsreFailure, classifyRefusal, parseErrorBody } from './bsre-failures.ts';
import { type BsreConnection, type BsreResponse, type BsreSend, createBsreSend } from './bsre-http.ts';
import type { BsreProtocol, BsreSignInput } from './bsre-types.ts';
import { type BsreUserStatus, failureForUserStatus, userStatusFromBody } from './bsre-user-status.ts';
import { bsreV1 } from './bsre-v1.ts';
import { bsreV2 } from './bsre-v2.ts';
import { isCompletePdf } from './pdf-shape.ts';

export type { BsreSignInput, BsreVisibleSignature } from './bsre-types.ts';
export type { BsreUserStatus } from './bsre-user-status.ts';

/** How to reach BSrE: base URL, Pamong's application account (Basic Auth), API version, deadline. */
export interface BsreSignerOptions extends BsreConnection {
  readonly api: 'v1' | 'v2';
}

/** A BSrE signer for one configured application account. */
export interface BsreSigner extends RemoteSigner {
  /** Signs the PDF as the NIK's holder; resolves only with a complete PDF, else rejects with SigningFailure. */
  signPdf(input: BsreSignInput): Promise<Buffer>;
  /** Asks BSrE whether the NIK can sign (check before prompting for the passphrase). */
  checkUserStatus(nik: string): Promise<BsreUserStatus>;
}

function assertOptions(options: BsreSignerOptions): void {
  if (!/^https?:\/\//.test(options.baseUrl)) throw new Error('BSrE baseUrl harus berupa URL http(s)');
  if (!options.username || !options.password) throw new Error('Username dan password layanan BSrE wajib diisi');
  if (!(options.timeoutMs > 0)) throw new Error('timeoutMs BSrE harus lebih dari 0');
  if (options.api !== 'v1' && options.api !== 'v2') throw new Error("api BSrE harus 'v1' atau 'v2'");
}

async function lookUpStatus(send: BsreSend, protocol: BsreProtocol, nik: string): Promise<BsreUserStatus> {
  const response = await send(protocol.statusRequest(nik));
  const status = userStatusFromBody(response.body);
  if (response.status >= 500) throw bsreFailure('unavailable');
  if (response.status === 401 || response.status === 403 || status === undefined) {
    const refusal = classifyRefusal(response.status, parseErrorBody(response.body));
    throw refusal === 'certificate_inactive' ? bsreFailure('unavailable') : refusal;
  }
  return status;
}

async function refusalFailure(
  send: BsreSend,
  protocol: BsreProtocol,
  response: BsreResponse,
  nik: string,
): Promise<SigningFailure> {
  const refusal = classifyRefusal(response.status, parseErrorBody(response.body));
  if (refusal !== 'certificate_inactive') return refusal;
  // BSrE said "certificate not active" (2021) without saying why: its user status tells expired from revoked.
  const status = await lookUpStatus(send, protocol, nik).catch(() => undefined);
  return failureForUserStatus(status);
}

/** Creates the BSrE adapter for API v1 (multipart, PDF answer) or v2 (JSON, base64 answer). */
export function createBsreSigner(options: BsreSignerOptions): BsreSigner {
  assertOptions(options);
  const send = createBsreSend(options);
  const protocol = options.api === 'v1' ? bsreV1 : bsreV2;
  return {
    async signPdf(input) {
      if (!isCompletePdf(input.pdf)) throw bsreFailure('invalid_document');
      const response = await send(await protocol.signRequest(input));
      const outcome = protocol.readSignResponse(response);
      if (outcome.kind === 'refused') throw await refusalFailure(send, protocol, response, input.nik);
      // SECURITY: "success" that is not one complete PDF is treated as BSrE being broken, never as signed.
      if (!isCompletePdf(outcome.pdf)) throw bsreFailure('unavailable');
      return outcome.pdf;
    },
    checkUserStatus: (nik) => lookUpStatus(send, protocol, nik),
  };
}
