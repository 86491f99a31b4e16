/**
 * A small local certificate authority for dev/test signing and internal seals (RSA-2048, SHA-256).
 *
 * Subject encoding of a signer certificate (decided here, read back by `parseCertificateSummary`):
 * - CN = the signer's name, O = organization, OU = unit (when given);
 * - serialNumber (2.5.4.5, PrintableString) = "PNOID-<NIK>" when a NIK is given, following the ETSI EN 319 412-1
 *   §5.1.3 natural-person semantics ("PNO" national personal number, "ID" Indonesia);
 * - employeeNumber (2.16.840.1.113730.3.1.3, inetOrgPerson) = the NIP when given (it is an employee number,
 *   not a national identity, so it does not go into serialNumber).
 */
import { createHash, randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { importSigningKey, OID, parseCertificate, pkiEngine, RSA_SHA256, toArrayBuffer, toHex } from './pki-engine.ts';

/** A certificate with its private key, as the local CA issues it. */
export interface IssuedCertificate {
  readonly certificateDer: Buffer;
  readonly privateKeyPkcs8: Buffer;
  readonly serialHex: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** Options for a new self-signed CA. */
export interface CertificateAuthorityOptions {
  readonly commonName: string;
  readonly organization: string;
  readonly validYears: number;
  readonly now: Date;
}

/** Who a signer certificate is for. */
export interface SignerSubject {
  readonly name: string;
  readonly nip?: string;
  readonly nik?: string;
  readonly organization: string;
  readonly unit?: string;
}

/** Validity of a signer certificate. */
export interface SignerCertificateOptions {
  readonly validDays: number;
  readonly now: Date;
}

type NameEntry = readonly [oid: string, value: string, kind: 'utf8' | 'printable'];

const KEY_CERT_SIGN_AND_CRL_SIGN = { bits: 0x06, unusedBits: 1 };
const DIGITAL_SIGNATURE_AND_NON_REPUDIATION = { bits: 0xc0, unusedBits: 6 };

/** One RDN per attribute (pkijs would put them all into one multi-valued RDN, "CN=… + O=…"). */
function buildName(entries: readonly NameEntry[]): pkijs.RelativeDistinguishedNames {
  const rdns = entries.map(([type, value, kind]) => {
    const attributeValue = kind === 'printable' ? new asn1js.PrintableString({ value }) : new asn1js.Utf8String({ value });
    const typeAndValue = new pkijs.AttributeTypeAndValue({ type, value: attributeValue });
    return new asn1js.Set({ value: [typeAndValue.toSchema()] });
  });
  const der = new asn1js.Sequence({ value: rdns }).toBER(false);
  return new pkijs.RelativeDistinguishedNames({ schema: asn1js.fromBER(der).result });
}

/** A random positive 16-byte serial whose first byte is 0x01–0x7f (minimal DER, never negative). */
function randomSerial(): Uint8Array {
  const serial = randomBytes(16);
  serial[0] = (serial[0] % 0x7f) + 1;
  return serial;
}

/** X.509 time: UTCTime before 2050, GeneralizedTime from 2050 on (RFC 5280 §4.1.2.5). */
function certificateTime(date: Date): pkijs.Time {
  return new pkijs.Time({ type: date.getUTCFullYear() >= 2050 ? 1 : 0, value: date });
}

function extension(
  extnID: string,
  critical: boolean,
  value: asn1js.BaseBlock | { toSchema(): asn1js.BaseBlock },
): pkijs.Extension {
  const schema = 'toSchema' in value ? value.toSchema() : value;
  return new pkijs.Extension({ extnID, critical, extnValue: schema.toBER(false) });
}

function keyUsage(usage: { bits: number; unusedBits: number }): pkijs.Extension {
  const bitString = new asn1js.BitString({ valueHex: Uint8Array.of(usage.bits), unusedBits: usage.unusedBits });
  return extension(OID.keyUsage, true, bitString);
}

function keyIdentifierOf(certificate: pkijs.Certificate): Uint8Array {
  return createHash('sha1').update(certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).digest();
}

interface CertificateDraft {
  readonly subject: pkijs.RelativeDistinguishedNames;
  readonly issuer: pkijs.RelativeDistinguishedNames;
  readonly notBefore: Date;
  readonly notAfter: Date;
  readonly publicKey: CryptoKey;
  readonly issuerKey: CryptoKey;
  readonly extensions: (certificate: pkijs.Certificate) => pkijs.Extension[];
}

async function signCertificate(draft: CertificateDraft): Promise<{ der: Buffer; serialHex: string }> {
  const serial = randomSerial();
  const certificate = new pkijs.Certificate({
    version: 2,
    serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(serial) }),
    subject: draft.subject,
    issuer: draft.issuer,
    notBefore: certificateTime(draft.notBefore),
    notAfter: certificateTime(draft.notAfter),
  });
  await certificate.subjectPublicKeyInfo.importKey(draft.publicKey, pkiEngine);
  certificate.extensions = draft.extensions(certificate);
  await certificate.sign(draft.issuerKey, 'SHA-256', pkiEngine);
  return { der: Buffer.from(certificate.toSchema(true).toBER(false)), serialHex: toHex(serial) };
}

async function generateRsaKeyPair(): Promise<CryptoKeyPair> {
  const params: RsaHashedKeyGenParams = { ...RSA_SHA256, modulusLength: 2048, publicExponent: Uint8Array.of(1, 0, 1) };
  return globalThis.crypto.subtle.generateKey(params, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
}

/** Certificate times carry whole seconds only. */
function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

/** SECURITY: creates a self-signed CA (basicConstraints cA critical, keyUsage keyCertSign+cRLSign) with a fresh RSA-2048 key. */
export async function createCertificateAuthority(options: CertificateAuthorityOptions): Promise<IssuedCertificate> {
  const keys = await generateRsaKeyPair();
  const name = buildName([
    [OID.organization, options.organization, 'utf8'],
    [OID.commonName, options.commonName, 'utf8'],
  ]);
  const notBefore = wholeSeconds(options.now);
  const notAfter = new Date(notBefore);
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + options.validYears);
  const { der, serialHex } = await signCertificate({
    subject: name,
    issuer: name,
    notBefore,
    notAfter,
    publicKey: keys.publicKey,
    issuerKey: keys.privateKey,
    extensions: (certificate) => [
      extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: true })),
      keyUsage(KEY_CERT_SIGN_AND_CRL_SIGN),
      extension(
        OID.subjectKeyIdentifier,
        false,
        new asn1js.OctetString({ valueHex: toArrayBuffer(keyIdentifierOf(certificate)) }),
      ),
    ],
  });
  const privateKeyPkcs8 = Buffer.from(await globalThis.crypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { certificateDer: der, privateKeyPkcs8, serialHex, notBefore, notAfter };
}

function signerName(subject: SignerSubject): pkijs.RelativeDistinguishedNames {
  const entries: NameEntry[] = [[OID.organization, subject.organization, 'utf8']];
  if (subject.unit) entries.push([OID.organizationalUnit, subject.unit, 'utf8']);
  entries.push([OID.commonName, subject.name, 'utf8']);
  if (subject.nik) entries.push([OID.serialNumber, `PNOID-${subject.nik}`, 'printable']);
  if (subject.nip) entries.push([OID.employeeNumber, subject.nip, 'utf8']);
  return buildName(entries);
}

function signerExtensions(caCertificate: pkijs.Certificate) {
  return (certificate: pkijs.Certificate): pkijs.Extension[] => [
    extension(OID.basicConstraints, true, new pkijs.BasicConstraints({ cA: false })),
    keyUsage(DIGITAL_SIGNATURE_AND_NON_REPUDIATION),
    extension(OID.extKeyUsage, false, new pkijs.ExtKeyUsage({ keyPurposes: [OID.emailProtection, OID.documentSigning] })),
    extension(OID.subjectKeyIdentifier, false, new asn1js.OctetString({ valueHex: toArrayBuffer(keyIdentifierOf(certificate)) })),
    extension(
      OID.authorityKeyIdentifier,
      false,
      new pkijs.AuthorityKeyIdentifier({
        keyIdentifier: new asn1js.OctetString({ valueHex: toArrayBuffer(keyIdentifierOf(caCertificate)) }),
      }),
    ),
  ];
}

/** SECURITY: issues an end-entity signing certificate (keyUsage digitalSignature+nonRepudiation, critical) under `ca`. */
export async function issueSignerCertificate(
  ca: { readonly certificateDer: Buffer; readonly privateKeyPkcs8: Buffer },
  subject: SignerSubject,
  options: SignerCertificateOptions,
): Promise<IssuedCertificate> {
  const caCertificate = parseCertificate(ca.certificateDer);
  const [keys, caKey] = await Promise.all([generateRsaKeyPair(), importSigningKey(ca.privateKeyPkcs8)]);
  const notBefore = wholeSeconds(options.now);
  const notAfter = new Date(notBefore.getTime() + options.validDays * 86_400_000);
  const { der, serialHex } = await signCertificate({
    subject: signerName(subject),
    issuer: caCertificate.subject,
    notBefore,
    notAfter,
    publicKey: keys.publicKey,
    issuerKey: caKey,
    extensions: signerExtensions(caCertificate),
  });
  const privateKeyPkcs8 = Buffer.from(await globalThis.crypto.subtle.exportKey('pkcs8', keys.privateKey));
  return { certificateDer: der, privateKeyPkcs8, serialHex, notBefore, notAfter };
}
