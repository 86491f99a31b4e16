import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PdfRect } from '../pdf/naskah-model.ts';
import { signPdfLocally } from './sign-pdf.ts';
import {
  createSamplePdf,
  createTestCertificateAuthority,
  createTestSigningKey,
  type TestSigningKey,
} from './signing.test-support.ts';
import { runPdfsig, signRequest } from './signing.test-tools.ts';
import { inspectPdfSignatures } from './verify-pdf.ts';

const RECTS: readonly PdfRect[] = [
  { x: 56, y: 560, width: 230, height: 70 },
  { x: 310, y: 560, width: 230, height: 70 },
  { x: 56, y: 460, width: 230, height: 70 },
];
const NAMES = ['Dr. Budi Santoso', 'Siti Rahayu', 'Agus Wibowo'];
const SIGNING_TIME = new Date(Date.now() - 60_000);

let signers: TestSigningKey[];
let anchors: Buffer[];
let unsigned: Buffer;
let signedOnce: Buffer;
let signedThrice: Buffer;

beforeAll(async () => {
  const ca = await createTestCertificateAuthority();
  anchors = [ca.certificateDer];
  signers = await Promise.all(NAMES.map((name) => createTestSigningKey({ ca, name })));
  unsigned = await createSamplePdf();
  let pdf = unsigned;
  for (const [index, signer] of signers.entries()) {
    pdf = await signPdfLocally({ ...signRequest(pdf, NAMES[index], RECTS[index]), signingTime: SIGNING_TIME }, signer.key);
    if (index === 0) signedOnce = pdf;
  }
  signedThrice = pdf;
});

describe('inspectPdfSignatures on Pamong-signed letters', () => {
  it('accepts a single signature fully', async () => {
    const inspection = await inspectPdfSignatures(signedOnce, anchors);
    expect(inspection.status).toBe('ok');
    expect(inspection.signatures).toHaveLength(1);
    const [signature] = inspection.signatures;
    expect(signature).toMatchObject({
      index: 0,
      fieldName: 'Signature1',
      subFilter: 'ETSI.CAdES.detached',
      coversWholeDocument: true,
      digestValid: true,
      signatureValid: true,
      chainTrusted: true,
      problems: [],
    });
    expect(signature.certificate.commonName).toBe(NAMES[0]);
    expect(signature.certificateDer.equals(signers[0].key.certificateDer)).toBe(true);
    expect(signature.signingTime?.getTime()).toBe(Math.floor(SIGNING_TIME.getTime() / 1000) * 1000);
    const [, firstLength, secondStart, secondLength] = signature.byteRange;
    expect(signature.signedLength).toBe(firstLength + secondLength);
    expect(secondStart + secondLength).toBe(signedOnce.length);
  });

  it('agrees with pdfsig on three signatures in turn: all valid, only the last covers the whole file', async () => {
    const [inspection, pdfsig] = await Promise.all([inspectPdfSignatures(signedThrice, anchors), runPdfsig(signedThrice)]);
    expect(inspection.signatures).toHaveLength(pdfsig.sections.length);
    expect(pdfsig.sections.every((section) => section.text.includes('Signature is Valid'))).toBe(true);
    inspection.signatures.forEach((signature, index) => {
      expect(signature).toMatchObject({ digestValid: true, signatureValid: true, chainTrusted: true, problems: [] });
      expect(signature.coversWholeDocument).toBe(index === 2);
      expect(signature.certificate.commonName).toBe(pdfsig.sections[index].commonName);
      expect(signature.fieldName).toBe(pdfsig.sections[index].fieldName);
    });
  });

  it('finds no signatures in an unsigned letter', async () => {
    await expect(inspectPdfSignatures(unsigned, anchors)).resolves.toEqual({ status: 'ok', signatures: [] });
  });
});

describe('inspectPdfSignatures on altered or foreign signatures', () => {
  it('reports a digest mismatch on every signature after a byte in the signed ranges changes', async () => {
    const tampered = Buffer.from(signedThrice);
    tampered[10] ^= 0x01;
    const inspection = await inspectPdfSignatures(tampered, anchors);
    expect(inspection.signatures).toHaveLength(3);
    for (const signature of inspection.signatures) {
      expect(signature.digestValid).toBe(false);
      expect(signature.problems.length).toBeGreaterThan(0);
    }
  });

  it('reports a broken signature value when a byte of the CMS signature changes', async () => {
    const tampered = Buffer.from(signedOnce);
    const [, contentsStart] = (await inspectPdfSignatures(signedOnce, anchors)).signatures[0].byteRange;
    // The CMS is DER: SEQUENCE (0x30) with a long-form length (0x82 → 2 length bytes, 0x83 → 3). Searching for the
    // zero padding instead miscounted (and missed the byte) whenever the DER itself ended in a 0 hex digit.
    const header = tampered.toString('latin1', contentsStart + 1, contentsStart + 11);
    const lengthBytes = Number.parseInt(header.slice(2, 4), 16) - 0x80;
    const cmsLength = 2 + lengthBytes + Number.parseInt(header.slice(4, 4 + lengthBytes * 2), 16);
    const lastSignatureHexDigit = contentsStart + 1 + cmsLength * 2 - 3;
    expect(header.slice(0, 2)).toBe('30');
    const digit = Number.parseInt(String.fromCharCode(tampered[lastSignatureHexDigit] ?? 0), 16);
    tampered[lastSignatureHexDigit] = (digit ^ 1).toString(16).toUpperCase().charCodeAt(0);
    expect(tampered.equals(signedOnce)).toBe(false);
    const [signature] = (await inspectPdfSignatures(tampered, anchors)).signatures;
    expect(signature.digestValid).toBe(true);
    expect(signature.signatureValid).toBe(false);
  });

  it('does not trust a certificate from another CA, even one with the same name', async () => {
    const impostorCa = await createTestCertificateAuthority(); // same "Pamong Test CA" name, different key
    const impostor = await createTestSigningKey({ ca: impostorCa, name: NAMES[0] });
    const signed = await signPdfLocally(signRequest(unsigned, NAMES[0], RECTS[0]), impostor.key);
    const [signature] = (await inspectPdfSignatures(signed, anchors)).signatures;
    expect(signature).toMatchObject({ digestValid: true, signatureValid: true, chainTrusted: false });
    expect(signature.problems.length).toBeGreaterThan(0);
    const [trustedByOwnCa] = (await inspectPdfSignatures(signed, [impostorCa.certificateDer])).signatures;
    expect(trustedByOwnCa.chainTrusted).toBe(true);
    const [withoutAnchors] = (await inspectPdfSignatures(signed, [])).signatures;
    expect(withoutAnchors.chainTrusted).toBe(false);
  });
});

describe('inspectPdfSignatures on bad input', () => {
  it.each([
    ['an empty file', Buffer.alloc(0), 'not_pdf'],
    ['random text', Buffer.from('ini bukan PDF sama sekali'), 'not_pdf'],
    ['a header followed by junk', Buffer.from('%PDF-1.7\n\x00\x01 sampah /ByteRange [0 5 10 20] <<'), 'unreadable'],
  ])('gives a status for %s', async (_label, input, status) => {
    const inspection = await inspectPdfSignatures(input, anchors);
    expect(inspection.status).toBe(status);
  });

  it('reports an encrypted PDF as encrypted', async () => {
    const inspection = await inspectPdfSignatures(await createSamplePdf({ encrypted: true }), anchors);
    expect(inspection).toEqual({ status: 'encrypted', signatures: [] });
  });

  it('reports a truncated signed PDF as unreadable, with the cut signatures failing', async () => {
    const truncated = signedThrice.subarray(0, signedThrice.length - 100);
    const inspection = await inspectPdfSignatures(truncated, anchors);
    expect(inspection.status).toBe('unreadable');
    const last = inspection.signatures[2];
    expect(last.digestValid).toBe(false);
    expect(last.problems.join(' ')).toMatch(/di luar batas/);
    expect(inspection.signatures[0].digestValid).toBe(true);
  });

  it('reports a ByteRange that points past the end of the file', async () => {
    const text = signedOnce.toString('latin1');
    const start = text.indexOf('/ByteRange [');
    const end = text.indexOf(']', start);
    const original = text.slice(start, end + 1);
    const pointingOut = `/ByteRange [0 10 20 ${signedOnce.length * 2}`.padEnd(original.length - 1, ' ').concat(']');
    const altered = Buffer.from(text.slice(0, start) + pointingOut + text.slice(end + 1), 'latin1');
    const [signature] = (await inspectPdfSignatures(altered, anchors)).signatures;
    expect(signature.digestValid).toBe(false);
    expect(signature.coversWholeDocument).toBe(false);
    expect(signature.problems.join(' ')).toMatch(/di luar batas/);
  });

  it('never throws on cut or corrupted signed PDFs', async () => {
    const statuses = new Set(['not_pdf', 'encrypted', 'unreadable', 'ok']);
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: signedOnce.length }),
        fc.array(fc.tuple(fc.nat({ max: signedOnce.length - 1 }), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        async (cut, flips) => {
          const corrupted = Buffer.from(signedOnce.subarray(0, cut));
          for (const [position, value] of flips) if (position < corrupted.length) corrupted[position] = value;
          const inspection = await inspectPdfSignatures(corrupted, anchors);
          expect(statuses.has(inspection.status)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});
