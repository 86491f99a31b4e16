import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

/** The pkijs crypto engine on Node's WebCrypto, passed explicitly so no global engine state is needed. */
export const pkiEngine = new pkijs.CryptoEngine({ name: 'pamong-webcrypto', crypto: globalThis.crypto });

/** Object identifiers used by the signing core. */
export const OID = {
  commonName: '2.5.4.3',
  serialNumber: '2.5.4.5',
  organization: '2.5.4.10',
  organizationalUnit: '2.5.4.11',
  /** inetOrgPerson employeeNumber; Pamong puts the NIP (Nomor Induk Pegawai) here. */
  employeeNumber: '2.16.840.1.113730.3.1.3',
  basicConstraints: '2.5.29.19',
  keyUsage: '2.5.29.15',
  extKeyUsage: '2.5.29.37',
  subjectKeyIdentifier: '2.5.29.14',
  authorityKeyIdentifier: '2.5.29.35',
  emailProtection: '1.3.6.1.5.5.7.3.4',
  documentSigning: '1.3.6.1.5.5.7.3.36',
  rsaEncryption: '1.2.840.113549.1.1.1',
  data: '1.2.840.113549.1.7.1',
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  sha256: '2.16.840.1.101.3.4.2.1',
} as const;

/** The WebCrypto parameters Pamong signs with: RSA PKCS#1 v1.5 over SHA-256. */
export const RSA_SHA256: RsaHashedImportParams = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };

/** Copies bytes into a standalone ArrayBuffer (pkijs/asn1js want ArrayBuffers, Buffers may share a pool). */
export function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

/** Parses a DER X.509 certificate; throws when the bytes are not one. */
export function parseCertificate(der: Uint8Array): pkijs.Certificate {
  const asn1 = asn1js.fromBER(toArrayBuffer(der));
  if (asn1.offset === -1) throw new Error('Sertifikat bukan DER yang valid (certificate is not valid DER)');
  return new pkijs.Certificate({ schema: asn1.result });
}

/** Imports an RSA PKCS#8 private key for signing. */
export function importSigningKey(privateKeyPkcs8: Uint8Array): Promise<CryptoKey> {
  return globalThis.crypto.subtle.importKey('pkcs8', toArrayBuffer(privateKeyPkcs8), RSA_SHA256, false, ['sign']);
}

/** The string value of the first attribute of `type` in a distinguished name, if present. */
export function nameAttribute(name: pkijs.RelativeDistinguishedNames, type: string): string | undefined {
  const found = name.typesAndValues.find((entry) => entry.type === type);
  const value = found?.value.valueBlock as { value?: unknown } | undefined;
  return typeof value?.value === 'string' ? value.value : undefined;
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');
}
