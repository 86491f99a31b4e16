import { X509Certificate } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCadesDetachedSignature } from './cades.ts';
import { parseCertificateSummary } from './certificate-summary.ts';
import { createCertificateAuthority, type IssuedCertificate, issueSignerCertificate } from './local-ca.ts';
import { SigningFailure } from './signing-types.ts';

const NOW = new Date('2026-11-28T03:00:00Z');
let ca: IssuedCertificate;
let signer: IssuedCertificate;

beforeAll(async () => {
  ca = await createCertificateAuthority({ commonName: 'CA Pamong Uji', organization: 'Pemkab Contoh', validYears: 5, now: NOW });
  signer = await issueSignerCertificate(
    ca,
    {
      name: 'Siti Rahayu',
      nik: '3313014101900002',
      nip: '199001012015012002',
      organization: 'Pemkab Contoh',
      unit: 'Bagian Umum',
    },
    { validDays: 30, now: NOW },
  );
});

function extensionOf(der: Buffer, oid: string): pkijs.Extension {
  const certificate = new pkijs.Certificate({ schema: asn1js.fromBER(new Uint8Array(der)).result });
  const found = certificate.extensions?.find((extension) => extension.extnID === oid);
  if (!found) throw new Error(`extension ${oid} missing`);
  return found;
}

function keyUsageBits(der: Buffer): number {
  return (extensionOf(der, '2.5.29.15').parsedValue as asn1js.BitString).valueBlock.valueHexView[0];
}

function signedDataOf(cms: Buffer): pkijs.SignedData {
  const contentInfo = new pkijs.ContentInfo({ schema: asn1js.fromBER(new Uint8Array(cms)).result });
  return new pkijs.SignedData({ schema: contentInfo.content });
}

describe('createCertificateAuthority', () => {
  it('creates a self-signed CA certificate that node:crypto (OpenSSL) accepts as a CA', () => {
    const certificate = new X509Certificate(ca.certificateDer);
    expect(certificate.ca).toBe(true);
    expect(certificate.checkIssued(certificate)).toBe(true);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.subject).toContain('CN=CA Pamong Uji');
    expect(new Date(certificate.validTo).getUTCFullYear()).toBe(2031);
  });

  it('marks basicConstraints critical with cA and sets keyCertSign + cRLSign', () => {
    expect(extensionOf(ca.certificateDer, '2.5.29.19').critical).toBe(true);
    expect(keyUsageBits(ca.certificateDer) & 0x04).toBe(0x04); // keyCertSign (bit 5)
    expect(keyUsageBits(ca.certificateDer) & 0x02).toBe(0x02); // cRLSign (bit 6)
    expect(extensionOf(ca.certificateDer, '2.5.29.14').extnValue.valueBlock.valueHexView.length).toBeGreaterThan(0);
  });
});

describe('issueSignerCertificate', () => {
  it('issues an end-entity certificate signed by the CA key', () => {
    const issued = new X509Certificate(signer.certificateDer);
    const caCertificate = new X509Certificate(ca.certificateDer);
    expect(issued.ca).toBe(false);
    expect(issued.checkIssued(caCertificate)).toBe(true);
    expect(issued.verify(caCertificate.publicKey)).toBe(true);
    expect(issued.keyUsage).toContain('1.3.6.1.5.5.7.3.36');
  });

  it('encodes name, NIK, NIP, organization and unit so the summary reads them back', () => {
    const summary = parseCertificateSummary(signer.certificateDer);
    expect(summary).toMatchObject({
      commonName: 'Siti Rahayu',
      issuerCommonName: 'CA Pamong Uji',
      nik: '3313014101900002',
      nip: '199001012015012002',
      organization: 'Pemkab Contoh',
      serialHex: signer.serialHex,
    });
    expect(new X509Certificate(signer.certificateDer).subject).toContain('OU=Bagian Umum');
    expect(summary.notAfter.getTime() - summary.notBefore.getTime()).toBe(30 * 86_400_000);
  });

  it('sets a critical keyUsage of digitalSignature + nonRepudiation and an authority key id', () => {
    expect(extensionOf(signer.certificateDer, '2.5.29.15').critical).toBe(true);
    expect(keyUsageBits(signer.certificateDer)).toBe(0xc0);
    expect(extensionOf(signer.certificateDer, '2.5.29.35').critical).toBe(false);
  });

  it('gives each certificate a different positive 16-byte serial', async () => {
    const other = await issueSignerCertificate(ca, { name: 'Lain', organization: 'Pemkab Contoh' }, { validDays: 1, now: NOW });
    for (const serial of [signer.serialHex, other.serialHex]) {
      expect(serial).toMatch(/^[0-7][0-9a-f]{31}$/);
      expect(serial).not.toMatch(/^00/);
    }
    expect(other.serialHex).not.toBe(signer.serialHex);
    expect(parseCertificateSummary(other.certificateDer).nik).toBeUndefined();
  });
});

describe('createCadesDetachedSignature', () => {
  const key = () => ({
    certificateDer: signer.certificateDer,
    privateKeyPkcs8: signer.privateKeyPkcs8,
    chainDer: [ca.certificateDer],
  });

  it('produces a CMS that pkijs verifies over the data, with PAdES signed attributes and no signing-time', async () => {
    const data = Buffer.from('isi naskah dinas');
    const cms = await createCadesDetachedSignature(data, key(), NOW);
    const signedData = signedDataOf(cms);
    await expect(signedData.verify({ signer: 0, data: new Uint8Array(data).buffer, checkChain: false })).resolves.toBe(true);
    const types = signedData.signerInfos[0].signedAttrs?.attributes.map((attribute) => attribute.type);
    expect(types).toEqual(expect.arrayContaining(['1.2.840.113549.1.9.3', '1.2.840.113549.1.9.4', '1.2.840.113549.1.9.16.2.47']));
    expect(types).not.toContain('1.2.840.113549.1.9.5');
    expect(signedData.certificates).toHaveLength(2);
  });

  it('does not verify over different data', async () => {
    const cms = await createCadesDetachedSignature(Buffer.from('asli'), key(), NOW);
    const verifying = signedDataOf(cms).verify({
      signer: 0,
      data: new Uint8Array(Buffer.from('palsu')).buffer,
      checkChain: false,
    });
    await expect(verifying.catch(() => false)).resolves.toBe(false);
  });

  it('refuses to sign at a time the certificate is not valid', async () => {
    const later = new Date(NOW.getTime() + 31 * 86_400_000);
    const failure = await createCadesDetachedSignature(Buffer.from('x'), key(), later).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SigningFailure);
    expect((failure as SigningFailure).code).toBe('certificate_expired');
  });
});
