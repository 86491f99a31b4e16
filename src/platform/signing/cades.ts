/**
 * CAdES detached CMS signatures for PAdES baseline B-B (ETSI EN 319 142-1 / EN 319 122-1).
 *
 * Signed attributes: content-type, message-digest and ESS signing-certificate-v2 (RFC 5035). PAdES baseline
 * (EN 319 142-1 §6.3, table 1) says the CMS signing-time attribute shall NOT be present; the claimed signing
 * time goes into the signature dictionary's /M entry instead, which `sign-pdf.ts` writes.
 */
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { importSigningKey, OID, parseCertificate, pkiEngine, toArrayBuffer } from './pki-engine.ts';
import { type LocalSigningKey, SigningFailure } from './signing-types.ts';

function attribute(type: string, value: asn1js.BaseBlock): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

/** ESS SigningCertificateV2 with one ESSCertIDv2 (hash algorithm SHA-256, the DEFAULT, so omitted) and its IssuerSerial. */
function signingCertificateV2(certificate: pkijs.Certificate, certificateDer: Uint8Array): asn1js.Sequence {
  const directoryName = new asn1js.Constructed({
    idBlock: { tagClass: 3, tagNumber: 4 },
    value: [certificate.issuer.toSchema()],
  });
  const issuerSerial = new asn1js.Sequence({
    value: [new asn1js.Sequence({ value: [directoryName] }), certificate.serialNumber],
  });
  const certHash = createHash('sha256').update(certificateDer).digest();
  const essCertIdV2 = new asn1js.Sequence({
    value: [new asn1js.OctetString({ valueHex: toArrayBuffer(certHash) }), issuerSerial],
  });
  return new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [essCertIdV2] })] });
}

function compareBytes(left: Uint8Array, right: Uint8Array): number {
  const length = Math.min(left.length, right.length);
  for (let index = 0; index < length; index++) {
    if (left[index] !== right[index]) return left[index] - right[index];
  }
  return left.length - right.length;
}

/** DER wants SET OF members sorted by their encodings; some verifiers (NSS) re-encode before checking. */
function derSortedAttributes(attributes: pkijs.Attribute[]): pkijs.Attribute[] {
  const encoded = attributes.map((entry) => ({ entry, der: new Uint8Array(entry.toSchema().toBER(false)) }));
  return encoded.sort((left, right) => compareBytes(left.der, right.der)).map(({ entry }) => entry);
}

/** SECURITY: refuse to sign at a time the certificate is not valid for. */
function assertValidAt(certificate: pkijs.Certificate, signingTime: Date): void {
  const time = signingTime.getTime();
  if (time < certificate.notBefore.value.getTime() || time > certificate.notAfter.value.getTime()) {
    throw new SigningFailure(
      'certificate_expired',
      'Sertifikat tidak berlaku pada waktu penandatanganan (certificate not valid at signing time)',
    );
  }
}

/**
 * SECURITY: creates a DER CMS SignedData (CAdES detached, PAdES B-B) over `dataToSign` with the signer's key,
 * embedding the signer certificate and `key.chainDer`. `signingTime` is only checked against the certificate's
 * validity; it is not put into the CMS (PAdES keeps it in /M).
 */
export async function createCadesDetachedSignature(dataToSign: Buffer, key: LocalSigningKey, signingTime: Date): Promise<Buffer> {
  const certificate = parseCertificate(key.certificateDer);
  assertValidAt(certificate, signingTime);
  const chain = key.chainDer.map((der) => parseCertificate(der));
  const privateKey = await importSigningKey(key.privateKeyPkcs8);
  const messageDigest = createHash('sha256').update(dataToSign).digest();
  const signedAttributes = derSortedAttributes([
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: OID.data })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(messageDigest) })),
    attribute(OID.signingCertificateV2, signingCertificateV2(certificate, key.certificateDer)),
  ]);
  const signedData = new pkijs.SignedData({
    version: 1,
    encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: OID.data }),
    signerInfos: [
      new pkijs.SignerInfo({
        version: 1,
        sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
        signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: signedAttributes }),
      }),
    ],
    certificates: [certificate, ...chain],
  });
  await signedData.sign(privateKey, 0, 'SHA-256', undefined, pkiEngine);
  const contentInfo = new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) });
  return Buffer.from(contentInfo.toSchema().toBER(false));
}
