// Shapes shared by the BSrE client and its v1/v2 protocol modules.
import type { RemoteSignInput } from '../signing-types.ts';
import type { BsreRequest, BsreResponse } from './bsre-http.ts';

/**
 * One signing call: the document, the signer's NIK and passphrase, and the optional visible part.
 * `visible.page` is zero-based (BSrE counts from 1; the protocol modules convert); `visible.rect` is in
 * PDF points from the bottom-left corner; `visible.qrUrl` is Pamong's verification URL.
 * SECURITY: `passphrase` is passed through to BSrE only; never stored, logged, or put in a URL or an error.
 */
export type BsreSignInput = RemoteSignInput;

/** The visible part of a BSrE signing. */
export type BsreVisibleSignature = NonNullable<RemoteSignInput['visible']>;

/** What a sign response turned out to be before the PDF check. */
export type BsreSignOutcome = { readonly kind: 'signed'; readonly pdf: Buffer } | { readonly kind: 'refused' };

/** The wire format of one BSrE API version. */
export interface BsreProtocol {
  signRequest(input: BsreSignInput): Promise<BsreRequest>;
  readSignResponse(response: BsreResponse): BsreSignOutcome;
  statusRequest(nik: string): BsreRequest;
}

/** Formats a coordinate for BSrE: plain decimal, at most two places. */
export function formatPoints(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** True when the body looks like JSON (BSrE answers errors as JSON, even with HTTP 200). */
export function looksLikeJson(response: BsreResponse): boolean {
  if (response.contentType.toLowerCase().includes('json')) return true;
  const first = response.body.subarray(0, 64).toString('latin1').trimStart();
  return first.startsWith('{') || first.startsWith('[');
}
