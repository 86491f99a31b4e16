/** Helpers for tests and benchmarks: throwaway CAs and signer keys, and a small pdfkit letter to sign. */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { createCertificateAuthority, type IssuedCertificate, issueSignerCertificate } from './local-ca.ts';
import type { LocalSigningKey } from './signing-types.ts';

const require = createRequire(import.meta.url);
const ARIMO_REGULAR = require.resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf');

function anHourAgo(): Date {
  return new Date(Date.now() - 3_600_000);
}

/** A signer key with the CA certificate a verifier should trust for it. */
export interface TestSigningKey {
  readonly key: LocalSigningKey;
  readonly trustAnchorDer: Buffer;
  readonly ca: IssuedCertificate;
  readonly commonName: string;
}

/** Options for `createTestSigningKey`; pass `ca` to issue several signers under one CA. */
export interface TestSigningKeyOptions {
  readonly name?: string;
  readonly nik?: string;
  readonly nip?: string;
  readonly ca?: IssuedCertificate;
  readonly now?: Date;
}

/** A throwaway self-signed CA valid for 10 years from `now` (default: an hour ago, so just-made signatures fit). */
export function createTestCertificateAuthority(commonName = 'Pamong Test CA', now = anHourAgo()): Promise<IssuedCertificate> {
  return createCertificateAuthority({ commonName, organization: 'Pemerintah Kabupaten Contoh', validYears: 10, now });
}

/** A throwaway signer key (valid from one hour ago for a year) under `options.ca` or a fresh CA. */
export async function createTestSigningKey(options: TestSigningKeyOptions = {}): Promise<TestSigningKey> {
  const now = options.now ?? anHourAgo();
  const ca = options.ca ?? (await createTestCertificateAuthority('Pamong Test CA', now));
  const commonName = options.name ?? 'Dr. Budi Santoso, S.Kom., M.T.';
  const issued = await issueSignerCertificate(
    ca,
    { name: commonName, nik: options.nik, nip: options.nip, organization: 'Pemerintah Kabupaten Contoh', unit: 'Diskominfo' },
    { validDays: 365, now },
  );
  const key: LocalSigningKey = {
    certificateDer: issued.certificateDer,
    privateKeyPkcs8: issued.privateKeyPkcs8,
    chainDer: [ca.certificateDer],
  };
  return { key, trustAnchorDer: ca.certificateDer, ca, commonName };
}

/** Options for the sample letter. */
export interface SamplePdfOptions {
  readonly pages?: number;
  /** Write an encrypted PDF (pdfkit user/owner password) to test refusal. */
  readonly encrypted?: boolean;
}

/** A small A4 letter written by pdfkit with the Arimo font (classic xref table, like Pamong's renderer). */
export function createSamplePdf(options: SamplePdfOptions = {}): Promise<Buffer> {
  const passwords = options.encrypted ? { userPassword: 'rahasia', ownerPassword: 'pemilik' } : {};
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: 'Surat Uji' }, ...passwords });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('Arimo', ARIMO_REGULAR);
  const pageCount = options.pages ?? 1;
  for (let page = 0; page < pageCount; page++) {
    if (page > 0) doc.addPage();
    doc
      .font('Arimo')
      .fontSize(12)
      .text(`PEMERINTAH KABUPATEN CONTOH — halaman ${page + 1}`, { align: 'center' });
    doc.moveDown().text('Dengan hormat, bersama ini kami sampaikan undangan rapat koordinasi.');
  }
  doc.end();
  return finished;
}
