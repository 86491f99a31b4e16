/**
 * SECURITY: independent checks of a CMS SignedData (detached) over given bytes: the digest over the signed bytes
 * against the messageDigest attribute, the signature over the signed attributes with the signer certificate,
 * and the ESS signing-certificate(-v2) binding. Never throws; findings go into `problems`.
 */
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID, pkiEngine, toArrayBuffer, toHex } from './pki-engine.ts';

const NODE_HASH_BY_OID: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'sha1',
  [OID.sha256]: 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const WEBCRYPTO_HASH_BY_NODE: Readonly<Record<string, string>> = {
  sha1: 'SHA-1',
  sha256: 'SHA-256',
  sha384: 'SHA-384',
  sha512: 'SHA-512',
};
const SIGNING_CERTIFICATE_V1 = '1.2.840.113549.1.9.16.2.12';

/** What the CMS check found. */
export interface CmsCheck {
  readonly digestValid: boolean;
  readonly signatureValid: boolean;
  readonly signer?: pkijs.Certificate;
  readonly signerDer?: Buffer;
  /** All certificates the CMS carries (untrusted until chained to an anchor). */
  readonly certificates: readonly pkijs.Certificate[];
  readonly signingTime?: Date;
  readonly problems: readonly string[];
}

function failed(problem: string, certificates: readonly pkijs.Certificate[] = []): CmsCheck {
  return { digestValid: false, signatureValid: false, certificates, problems: [problem] };
}

function parseSignedData(cms: Uint8Array): pkijs.SignedData | undefined {
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(cms));
    if (asn1.offset === -1) return undefined;
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== OID.signedData) return undefined;
    return new pkijs.SignedData({ schema: contentInfo.content });
  } catch {
    return undefined;
  }
}

function certificateDer(certificate: pkijs.Certificate): Buffer {
  return Buffer.from(certificate.toSchema().toBER(false));
}

/** The certificate named by the signer identifier (issuer+serial or subject key identifier). */
function findSigner(signerInfo: pkijs.SignerInfo, certificates: readonly pkijs.Certificate[]): pkijs.Certificate | undefined {
  const sid = signerInfo.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    const serial = toHex(sid.serialNumber.valueBlock.valueHexView);
    return certificates.find(
      (cert) => cert.issuer.isEqual(sid.issuer) && toHex(cert.serialNumber.valueBlock.valueHexView) === serial,
    );
  }
  const keyId = sid instanceof asn1js.OctetString ? toHex(sid.valueBlock.valueHexView) : undefined;
  return certificates.find((cert) => {
    const ski = cert.extensions?.find((extension) => extension.extnID === OID.subjectKeyIdentifier)?.parsedValue;
    return ski instanceof asn1js.OctetString && toHex(ski.valueBlock.valueHexView) === keyId;
  });
}

function attributeValue(signerInfo: pkijs.SignerInfo, type: string): unknown {
  return signerInfo.signedAttrs?.attributes.find((attribute) => attribute.type === type)?.values[0];
}

function signingTimeOf(signerInfo: pkijs.SignerInfo): Date | undefined {
  const value = attributeValue(signerInfo, OID.signingTime);
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate() : undefined;
}

/** The certificate hash and its algorithm from the first ESSCertID(v2) of a signing-certificate attribute. */
function essCertificateHash(signerInfo: pkijs.SignerInfo): { hash: string; expected: string } | undefined {
  for (const [type, defaultHash] of [
    [OID.signingCertificateV2, 'sha256'],
    [SIGNING_CERTIFICATE_V1, 'sha1'],
  ] as const) {
    const value = attributeValue(signerInfo, type);
    const essCertId = (value as asn1js.Sequence | undefined)?.valueBlock?.value?.[0] as asn1js.Sequence | undefined;
    const first = (essCertId?.valueBlock?.value?.[0] as asn1js.Sequence | undefined)?.valueBlock?.value?.[0];
    if (!first) continue;
    const [algorithm, certHash] = first instanceof asn1js.Sequence ? first.valueBlock.value : [undefined, first];
    const algorithmOid = (algorithm as asn1js.Sequence | undefined)?.valueBlock.value[0];
    const hash =
      algorithmOid instanceof asn1js.ObjectIdentifier ? NODE_HASH_BY_OID[algorithmOid.valueBlock.toString()] : defaultHash;
    if (hash && certHash instanceof asn1js.OctetString) return { hash, expected: toHex(certHash.valueBlock.valueHexView) };
  }
  return undefined;
}

async function verifySignatureValue(signerInfo: pkijs.SignerInfo, signer: pkijs.Certificate, data: BufferSource, hash: string) {
  try {
    return await pkiEngine.verifyWithPublicKey(
      data,
      signerInfo.signature,
      signer.subjectPublicKeyInfo,
      signerInfo.signatureAlgorithm,
      hash,
    );
  } catch {
    return false;
  }
}

interface SignerContext {
  readonly signerInfo: pkijs.SignerInfo;
  readonly signer: pkijs.Certificate;
  readonly signerDer: Buffer;
  readonly nodeHash: string;
  readonly signedBytes: Buffer | undefined;
  readonly expectEss: boolean;
}

/** Digest, signature and ESS binding for one signer; pushes findings into `problems`. */
async function checkSigner(
  context: SignerContext,
  problems: string[],
): Promise<{ digestValid: boolean; signatureValid: boolean }> {
  const { signerInfo, signer, nodeHash, signedBytes } = context;
  const digest = signedBytes ? createHash(nodeHash).update(signedBytes).digest('hex') : undefined;
  const webHash = WEBCRYPTO_HASH_BY_NODE[nodeHash];
  if (!signerInfo.signedAttrs) {
    const valid = signedBytes ? await verifySignatureValue(signerInfo, signer, new Uint8Array(signedBytes), webHash) : false;
    return { digestValid: valid, signatureValid: valid };
  }
  const messageDigest = attributeValue(signerInfo, OID.messageDigest);
  const digestValid = messageDigest instanceof asn1js.OctetString && digest === toHex(messageDigest.valueBlock.valueHexView);
  let signatureValid = await verifySignatureValue(signerInfo, signer, signerInfo.signedAttrs.encodedValue, webHash);
  const ess = essCertificateHash(signerInfo);
  if (ess && createHash(ess.hash).update(context.signerDer).digest('hex') !== ess.expected) {
    signatureValid = false;
    problems.push('Atribut signing-certificate tidak cocok dengan sertifikat penanda tangan');
  } else if (!ess && context.expectEss) {
    problems.push('Atribut ESS signing-certificate-v2 tidak ada (wajib untuk PAdES)');
  }
  return { digestValid, signatureValid };
}

/**
 * SECURITY: checks `cms` as a detached signature over `signedBytes` (undefined when they could not be read).
 * `expectEss` asks for the ESS signing-certificate-v2 attribute that PAdES (ETSI.CAdES.detached) requires.
 */
export async function checkCmsSignature(cms: Uint8Array, signedBytes: Buffer | undefined, expectEss: boolean): Promise<CmsCheck> {
  const signedData = parseSignedData(cms);
  if (!signedData) return failed('Isi tanda tangan (CMS) tidak dapat dibaca (unreadable CMS)');
  const certificates = (signedData.certificates ?? []).filter(
    (cert): cert is pkijs.Certificate => cert instanceof pkijs.Certificate,
  );
  const signerInfo = signedData.signerInfos[0];
  const signer = signerInfo ? findSigner(signerInfo, certificates) : undefined;
  if (!signerInfo || !signer)
    return failed('Sertifikat penanda tangan tidak ada di CMS (signer certificate missing)', certificates);
  const nodeHash = NODE_HASH_BY_OID[signerInfo.digestAlgorithm.algorithmId];
  if (!nodeHash) return { ...failed('Algoritma digest tidak didukung (unsupported digest)', certificates), signer };
  const problems: string[] = [];
  if (signedData.signerInfos.length > 1) problems.push('CMS berisi lebih dari satu penanda tangan; hanya yang pertama diperiksa');
  const signerDer = certificateDer(signer);
  const verdict = await checkSigner({ signerInfo, signer, signerDer, nodeHash, signedBytes, expectEss }, problems);
  if (!verdict.digestValid)
    problems.push('Digest dokumen tidak cocok: isi dokumen berubah setelah ditandatangani (digest mismatch)');
  if (!verdict.signatureValid) problems.push('Tanda tangan kriptografis tidak valid (signature does not verify)');
  return { ...verdict, signer, signerDer, certificates, signingTime: signingTimeOf(signerInfo), problems };
}
