import { existsSync } from 'node:fs';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PdfRect } from '../pdf/naskah-model.ts';
import { signPdfLocally } from './sign-pdf.ts';
import {
  createSamplePdf,
  createTestCertificateAuthority,
  createTestSigningKey,
  type TestSigningKey,
} from './signing.test-support.ts';
import { type GrayPage, renderGray, renderPageToArtifacts, runPdfsig, signRequest } from './signing.test-tools.ts';
import { SigningFailure } from './signing-types.ts';

const RECTS: readonly PdfRect[] = [
  { x: 56, y: 560, width: 230, height: 70 },
  { x: 310, y: 560, width: 230, height: 70 },
  { x: 56, y: 460, width: 230, height: 70 },
];
const NAMES = ['Dr. Budi Santoso, M.T.', 'Siti Rahayu, S.H.', 'Ir. Agus Wibowo'];

let signers: TestSigningKey[];
let unsigned: Buffer;
/** signedBy[n] = the letter after n + 1 signers signed it in turn. */
const signedBy: Buffer[] = [];

beforeAll(async () => {
  const ca = await createTestCertificateAuthority();
  signers = await Promise.all(NAMES.map((name) => createTestSigningKey({ ca, name })));
  unsigned = await createSamplePdf();
  let pdf = unsigned;
  for (const [index, signer] of signers.entries()) {
    pdf = await signPdfLocally(signRequest(pdf, NAMES[index], RECTS[index]), signer.key);
    signedBy.push(pdf);
  }
});

async function signingFailureOf(promise: Promise<unknown>): Promise<SigningFailure> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(SigningFailure);
  return error as SigningFailure;
}

describe('signPdfLocally with pdfsig as the judge', () => {
  it('produces one valid PAdES signature that covers the whole document', async () => {
    const { sections } = await runPdfsig(signedBy[0]);
    expect(sections).toHaveLength(1);
    expect(sections[0].text).toContain('Signature is Valid');
    expect(sections[0].text).toContain('ETSI.CAdES.detached');
    expect(sections[0].text).toContain('Total document signed');
    expect(sections[0].commonName).toBe(NAMES[0]);
  });

  it('appends an incremental update and leaves the original bytes untouched', () => {
    expect(signedBy[0].subarray(0, unsigned.length).equals(unsigned)).toBe(true);
    expect(signedBy[1].subarray(0, signedBy[0].length).equals(signedBy[0])).toBe(true);
    expect(signedBy[1].toString('latin1', signedBy[0].length)).toMatch(/\/Prev \d+/);
  });

  it.each([2, 3])('keeps all %i signatures valid when signers sign in turn', async (count) => {
    const { sections } = await runPdfsig(signedBy[count - 1]);
    expect(sections).toHaveLength(count);
    sections.forEach((section, index) => {
      expect(section.text).toContain('Signature is Valid');
      expect(section.commonName).toBe(NAMES[index]);
      expect(section.text).toContain(index === count - 1 ? 'Total document signed' : 'Not total document signed');
    });
    expect(new Set(sections.map((section) => section.fieldName)).size).toBe(count);
  });

  it('is reported invalid after one byte of the first signed range changes', async () => {
    const tampered = Buffer.from(signedBy[0]);
    tampered[10] ^= 0x01; // inside the binary comment on line 2, so the file still parses
    const { sections } = await runPdfsig(tampered);
    expect(sections).toHaveLength(1);
    expect(sections[0].text).not.toContain('Signature is Valid');
    expect(sections[0].text).toMatch(/Digest Mismatch|Invalid/i);
  });

  it('is reported invalid after a byte behind /Contents (the second signed range) changes', async () => {
    const tampered = Buffer.from(signedBy[0]);
    const fieldName = tampered.lastIndexOf('(Signature1)', undefined, 'latin1');
    expect(fieldName).toBeGreaterThan(unsigned.length);
    tampered[fieldName + 10] = 'X'.charCodeAt(0);
    const { sections } = await runPdfsig(tampered);
    expect(sections[0].text).not.toContain('Signature is Valid');
  });
});

describe('signPdfLocally refuses unusable input', () => {
  it('refuses an encrypted PDF', async () => {
    const encrypted = await createSamplePdf({ encrypted: true });
    const failure = await signingFailureOf(signPdfLocally(signRequest(encrypted, NAMES[0], RECTS[0]), signers[0].key));
    expect(failure.code).toBe('invalid_document');
  });

  it.each([
    ['random bytes', () => Buffer.from('bukan sebuah PDF, hanya teks biasa')],
    ['an empty file', () => Buffer.alloc(0)],
    ['a truncated PDF', () => unsigned.subarray(0, Math.floor(unsigned.length / 2))],
  ])('refuses %s', async (_label, input) => {
    const failure = await signingFailureOf(signPdfLocally(signRequest(input(), NAMES[0], RECTS[0]), signers[0].key));
    expect(failure.code).toBe('invalid_document');
  });

  it('refuses a page that does not exist', async () => {
    const request = signRequest(unsigned, NAMES[0], RECTS[0]);
    const onPageFive = { ...request, visible: { ...request.visible, page: 4 } };
    const failure = await signingFailureOf(signPdfLocally(onPageFive, signers[0].key));
    expect(failure.code).toBe('invalid_document');
  });
});

/** Pixel helpers for the rendered page: PDF rect → pixel box, dark test. */
function pixelBox(page: GrayPage, rect: PdfRect) {
  const scale = page.dpi / 72;
  const pageHeight = page.height / scale;
  return {
    left: Math.floor(rect.x * scale),
    right: Math.ceil((rect.x + rect.width) * scale),
    top: Math.floor((pageHeight - rect.y - rect.height) * scale),
    bottom: Math.ceil((pageHeight - rect.y) * scale),
  };
}

function isDark(page: GrayPage, x: number, y: number): boolean {
  return page.pixels[Math.round(y) * page.width + Math.round(x)] < 128;
}

/**
 * Locates the QR: its left edge is the leftmost dark column in the rect; that column is dark from the top of the
 * top-left finder pattern to the bottom of the bottom-left one, which spans exactly `size` modules.
 */
function locateQr(page: GrayPage, rect: PdfRect, size: number): { x: number; y: number; module: number } {
  const box = pixelBox(page, rect);
  for (let x = box.left; x < box.right; x++) {
    let top = -1;
    let bottom = -1;
    for (let y = box.top; y < box.bottom; y++) {
      if (!isDark(page, x, y)) continue;
      if (top < 0) top = y;
      bottom = y;
    }
    if (top >= 0) return { x, y: top, module: (bottom - top + 1) / size };
  }
  throw new Error('no dark pixel in the signature rect');
}

function darkPixelsRightOf(page: GrayPage, rect: PdfRect, fromX: number): number {
  const box = pixelBox(page, rect);
  let count = 0;
  for (let y = box.top; y < box.bottom; y++) {
    for (let x = Math.max(box.left, Math.ceil(fromX)); x < box.right; x++) if (isDark(page, x, y)) count++;
  }
  return count;
}

describe('the visible signature', () => {
  it('renders to test-artifacts/signing for a visual check', async () => {
    const png = await renderPageToArtifacts(signedBy[2], 'three-signers');
    expect(existsSync(png)).toBe(true);
  });

  it('draws a QR whose modules match the verification URL', async () => {
    const page = await renderGray(signedBy[0], 288);
    const { modules } = QRCode.create(signRequest(unsigned, NAMES[0], RECTS[0]).visible.qrUrl, { errorCorrectionLevel: 'M' });
    const qr = locateQr(page, RECTS[0], modules.size);
    let mismatches = 0;
    for (let row = 0; row < modules.size; row++) {
      for (let column = 0; column < modules.size; column++) {
        const dark = isDark(page, qr.x + (column + 0.5) * qr.module, qr.y + (row + 0.5) * qr.module);
        if (dark !== Boolean(modules.get(row, column))) mismatches++;
      }
    }
    expect(qr.module).toBeGreaterThan(3);
    expect(mismatches).toBe(0);
  });

  it('draws text beside the QR inside the rect, where the unsigned page is blank', async () => {
    const [signedPage, unsignedPage] = await Promise.all([renderGray(signedBy[0], 144), renderGray(unsigned, 144)]);
    const { modules } = QRCode.create(signRequest(unsigned, NAMES[0], RECTS[0]).visible.qrUrl, { errorCorrectionLevel: 'M' });
    const qr = locateQr(signedPage, RECTS[0], modules.size);
    const textStart = qr.x + (modules.size + 1) * qr.module;
    expect(darkPixelsRightOf(unsignedPage, RECTS[0], textStart)).toBe(0);
    expect(darkPixelsRightOf(signedPage, RECTS[0], textStart)).toBeGreaterThan(200);
  });
});
