// BSrE Esign Client Service v1: multipart POST /api/sign/pdf answering with the signed PDF bytes,
// and GET /api/user/status/{nik}. Field names follow the public clients (esign-ts, OpenSID #4852).
import type { BsreRequest, BsreResponse } from './bsre-http.ts';
import { type BsreProtocol, type BsreSignInput, type BsreSignOutcome, formatPoints, looksLikeJson } from './bsre-types.ts';

function appendVisibleFields(form: FormData, input: BsreSignInput): void {
  const visible = input.visible;
  if (!visible) return;
  form.append('image', visible.imagePng ? 'true' : 'false');
  if (visible.imagePng) form.append('imageTTD', new Blob([new Uint8Array(visible.imagePng)], { type: 'image/png' }), 'ttd.png');
  form.append('linkQR', visible.qrUrl);
  form.append('page', String(visible.page + 1));
  form.append('xAxis', formatPoints(visible.rect.x));
  form.append('yAxis', formatPoints(visible.rect.y));
  form.append('width', formatPoints(visible.rect.width));
  form.append('height', formatPoints(visible.rect.height));
}

/** The multipart form for one v1 signing. SECURITY: it holds the passphrase; never log or keep it. */
export function buildV1SignForm(input: BsreSignInput): FormData {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(input.pdf)], { type: 'application/pdf' }), 'dokumen.pdf');
  form.append('nik', input.nik);
  form.append('passphrase', input.passphrase);
  form.append('tampilan', input.visible ? 'visible' : 'invisible');
  appendVisibleFields(form, input);
  if (input.reason !== undefined) form.append('reason', input.reason);
  if (input.location !== undefined) form.append('location', input.location);
  return form;
}

/** v1 answers a signing with the PDF itself (HTTP 200); any JSON body is a refusal. */
export function readV1SignResponse(response: BsreResponse): BsreSignOutcome {
  if (response.status !== 200 || looksLikeJson(response)) return { kind: 'refused' };
  return { kind: 'signed', pdf: response.body };
}

/** The v1 wire format. */
export const bsreV1: BsreProtocol = {
  signRequest: async (input): Promise<BsreRequest> => ({ method: 'POST', path: '/api/sign/pdf', body: buildV1SignForm(input) }),
  readSignResponse: readV1SignResponse,
  statusRequest: (nik) => ({ method: 'GET', path: `/api/user/status/${encodeURIComponent(nik)}` }),
};
