// The fake BSrE's PKI: its own root CA, one signer certificate per NIK (issued on first use), and the
// signing step itself (Pamong's local PAdES signer, as an incremental update). Real BSrE signs with the
// holder's certificate under its CA; so does the fake.
// Limits of the stand-in: signPdfLocally always draws a QR + text stamp, so an "invisible" signing gets a
// 1-point stamp in the page corner, and a v2 signing (which sends a picture, not a link) gets a QR that names
// the picture instead of drawing it.
import { PDFDocument } from 'pdf-lib';
import {
  createCertificateAuthority,
  issueSignerCertificate,
  type LocalSigningKey,
  type SignPdfRequest,
  signPdfLocally,
} from '../../../src/platform/signing/index.ts';
import type { SentPlacement, SignCall } from './fake-bsre-requests.ts';
import type { FakeBsreUser } from './fake-bsre-types.ts';

const CA_NAME = 'Fake BSrE Root CA (hanya untuk pengujian)';
const CA_ORGANIZATION = 'Balai Sertifikasi Elektronik (tiruan)';
const SIGNER_ORGANIZATION = 'Pemerintah Daerah (pengujian)';

/** The fake's certificate authority and the keys it issued. */
export interface FakeBsreAuthority {
  readonly caCertificateDer: Buffer;
  keyFor(user: FakeBsreUser): Promise<LocalSigningKey>;
}

/** The certificate name the fake gives a user. */
export function signerNameOf(user: FakeBsreUser): string {
  return user.name ?? `Pengguna BSrE ${user.nik}`;
}

/** Creates a fresh root CA for this fake process; signer keys are issued lazily and kept per NIK. */
export async function createFakeBsreAuthority(): Promise<FakeBsreAuthority> {
  const ca = await createCertificateAuthority({
    commonName: CA_NAME,
    organization: CA_ORGANIZATION,
    validYears: 5,
    now: new Date(),
  });
  const keys = new Map<string, Promise<LocalSigningKey>>();
  const issue = async (user: FakeBsreUser): Promise<LocalSigningKey> => {
    const subject = { name: signerNameOf(user), nik: user.nik, organization: SIGNER_ORGANIZATION };
    const issued = await issueSignerCertificate(ca, subject, { validDays: 365, now: new Date() });
    return { certificateDer: issued.certificateDer, privateKeyPkcs8: issued.privateKeyPkcs8, chainDer: [ca.certificateDer] };
  };
  return {
    caCertificateDer: ca.certificateDer,
    keyFor(user) {
      const existing = keys.get(user.nik);
      if (existing) return existing;
      const created = issue(user);
      keys.set(user.nik, created);
      return created;
    },
  };
}

/** Page heights of a PDF, or undefined when the bytes are not a readable PDF (BSrE: "InvalidPdfException"). */
export async function readPageHeights(pdf: Buffer | undefined): Promise<number[] | undefined> {
  if (pdf?.subarray(0, 5).toString('latin1') !== '%PDF-') return undefined;
  try {
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    return document.getPages().map((page) => page.getHeight());
  } catch {
    return undefined;
  }
}

/** Converts what the caller sent to a zero-based page and a bottom-left rectangle; undefined when off the document. */
export function placementToRect(placement: SentPlacement, pageHeights: readonly number[]) {
  const pageIndex = placement.page - 1;
  const pageHeight = pageHeights[pageIndex];
  if (pageHeight === undefined) return undefined;
  const y = placement.yFromTop ? pageHeight - placement.y - placement.height : placement.y;
  return { pageIndex, rect: { x: placement.x, y, width: placement.width, height: placement.height } };
}

const INVISIBLE_STAMP = { pageIndex: 0, rect: { x: 0, y: 0, width: 1, height: 1 } };

function stampQrText(call: SignCall): string {
  if (call.qrUrl) return call.qrUrl;
  return `BSrE-tiruan: gambar tanda tangan ${call.image?.length ?? 0} byte`;
}

/** The request the local PAdES signer gets for one fake BSrE signing. */
export function signRequestFor(
  call: SignCall & { pdf: Buffer },
  user: FakeBsreUser,
  pageHeights: readonly number[],
): SignPdfRequest {
  const where = (call.placement && placementToRect(call.placement, pageHeights)) || INVISIBLE_STAMP;
  const signerName = signerNameOf(user);
  return {
    pdf: call.pdf,
    signerName,
    reason: call.reason || 'Dokumen ini ditandatangani secara elektronik',
    location: call.location || 'Indonesia',
    signingTime: new Date(),
    visible: {
      page: where.pageIndex,
      rect: where.rect,
      qrUrl: stampQrText(call),
      lines: ['Ditandatangani secara elektronik oleh', signerName, 'Balai Sertifikasi Elektronik (tiruan)'],
    },
  };
}

/** The signing step: PAdES-sign the PDF with the user's certificate (incremental, earlier signatures stay valid). */
export function signAsFakeBsre(request: SignPdfRequest, key: LocalSigningKey): Promise<Buffer> {
  return signPdfLocally(request, key);
}
