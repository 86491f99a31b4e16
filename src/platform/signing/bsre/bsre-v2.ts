// BSrE Esign Client Service v2: JSON POST /api/v2/sign/pdf with base64 files and signatureProperties,
// answering `{ file: [base64…] }`; and POST /api/v2/user/check/status `{ nik }`.
// v2 has no linkQR: a visible signature is an image, so Pamong draws its verification QR itself.
// v2 places the image from the page's top-left corner (originX/originY), so y is flipped here.
import { PDFDocument } from 'pdf-lib';
import QRCode from 'qrcode';
import { bsreFailure } from './bsre-failures.ts';
import type { BsreRequest, BsreResponse } from './bsre-http.ts';
import {
  type BsreProtocol,
  type BsreSignInput,
  type BsreSignOutcome,
  type BsreVisibleSignature,
  looksLikeJson,
} from './bsre-types.ts';

/** One entry of v2 `signatureProperties`. */
export interface V2SignatureProperties {
  readonly tampilan: 'VISIBLE' | 'INVISIBLE';
  readonly imageBase64?: string;
  readonly page?: number;
  readonly originX?: number;
  readonly originY?: number;
  readonly width?: number;
  readonly height?: number;
  readonly location: string;
  readonly reason: string;
}

const QR_PIXELS = 512;

async function pageHeight(pdf: Buffer, pageIndex: number): Promise<number> {
  try {
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    return document.getPage(pageIndex).getHeight();
  } catch {
    throw bsreFailure('invalid_document');
  }
}

async function signatureImage(visible: BsreVisibleSignature): Promise<Buffer> {
  if (visible.imagePng) return visible.imagePng;
  return QRCode.toBuffer(visible.qrUrl, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: QR_PIXELS });
}

/** The signatureProperties entry for one signing (coordinates converted to v2's top-left origin). */
export async function v2SignatureProperties(input: BsreSignInput): Promise<V2SignatureProperties> {
  const common = { location: input.location ?? '', reason: input.reason ?? '' };
  const visible = input.visible;
  if (!visible) return { tampilan: 'INVISIBLE', ...common };
  const height = await pageHeight(input.pdf, visible.page);
  const image = await signatureImage(visible);
  return {
    tampilan: 'VISIBLE',
    imageBase64: image.toString('base64'),
    page: visible.page + 1,
    originX: visible.rect.x,
    originY: height - visible.rect.y - visible.rect.height,
    width: visible.rect.width,
    height: visible.rect.height,
    ...common,
  };
}

/** The JSON body for one v2 signing. SECURITY: it holds the passphrase; never log or keep it. */
export async function buildV2SignBody(input: BsreSignInput): Promise<string> {
  const signatureProperties = [await v2SignatureProperties(input)];
  return JSON.stringify({
    nik: input.nik,
    passphrase: input.passphrase,
    signatureProperties,
    file: [input.pdf.toString('base64')],
  });
}

/** v2 answers `{ file: [base64] }`; anything with `error`, or not JSON, or not HTTP 200 is a refusal. */
export function readV2SignResponse(response: BsreResponse): BsreSignOutcome {
  if (response.status !== 200 || !looksLikeJson(response)) return { kind: 'refused' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body.toString('utf8'));
  } catch {
    return { kind: 'refused' };
  }
  const record = (parsed ?? {}) as Record<string, unknown>;
  if (record.error !== undefined && record.error !== null) return { kind: 'refused' };
  const files = Array.isArray(record.file) ? record.file : [];
  // Exactly one document was sent, so exactly one must come back; anything else is not a signing.
  const only = files.length === 1 && typeof files[0] === 'string' ? files[0] : '';
  return { kind: 'signed', pdf: Buffer.from(only, 'base64') };
}

/** The v2 wire format. */
export const bsreV2: BsreProtocol = {
  signRequest: async (input): Promise<BsreRequest> => ({
    method: 'POST',
    path: '/api/v2/sign/pdf',
    body: await buildV2SignBody(input),
    contentType: 'application/json',
  }),
  readSignResponse: readV2SignResponse,
  statusRequest: (nik) => ({
    method: 'POST',
    path: '/api/v2/user/check/status',
    body: JSON.stringify({ nik }),
    contentType: 'application/json',
  }),
};
