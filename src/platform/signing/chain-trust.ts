/**
 * SECURITY: decides whether a signer certificate is trusted: it must chain, by verified issuer signatures (not by
 * names alone), through CA certificates to one of the configured trust anchors, with every certificate valid at
 * the time checked. Revocation (CRL/OCSP) is not checked here; Pamong has no revocation source for local keys.
 */
import * as pkijs from 'pkijs';
import { OID, parseCertificate, pkiEngine } from './pki-engine.ts';

const MAX_CHAIN_LENGTH = 6;

/** The outcome of chain building. */
export interface ChainVerdict {
  readonly trusted: boolean;
  readonly problems: readonly string[];
}

function validAt(certificate: pkijs.Certificate, at: Date): boolean {
  const time = at.getTime();
  return certificate.notBefore.value.getTime() <= time && time <= certificate.notAfter.value.getTime();
}

/** A CA certificate: basicConstraints cA=true and, when keyUsage is present, keyCertSign set. */
function isCaCertificate(certificate: pkijs.Certificate): boolean {
  const extensions = certificate.extensions ?? [];
  const basic = extensions.find((extension) => extension.extnID === OID.basicConstraints)?.parsedValue;
  if (!(basic instanceof pkijs.BasicConstraints) || !basic.cA) return false;
  const keyUsage = extensions.find((extension) => extension.extnID === OID.keyUsage)?.parsedValue as
    | { valueBlock?: { valueHexView?: Uint8Array } }
    | undefined;
  const firstByte = keyUsage?.valueBlock?.valueHexView?.[0];
  return firstByte === undefined || (firstByte & 0x04) !== 0;
}

/** SECURITY: `issuer` really signed `subject` (names chain and the signature verifies with the issuer's key). */
async function issuedBy(subject: pkijs.Certificate, issuer: pkijs.Certificate): Promise<boolean> {
  if (!subject.issuer.isEqual(issuer.subject)) return false;
  try {
    return await subject.verify(issuer, pkiEngine);
  } catch {
    return false;
  }
}

function parseAnchors(anchorsDer: readonly Uint8Array[]): pkijs.Certificate[] {
  const anchors: pkijs.Certificate[] = [];
  for (const der of anchorsDer) {
    try {
      anchors.push(parseCertificate(der));
    } catch {
      // An unreadable anchor simply trusts nothing.
    }
  }
  return anchors;
}

function sameDer(left: Uint8Array, right: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(left), Buffer.from(right)) === 0;
}

/**
 * SECURITY: builds a chain from `signer` through `intermediates` (certificates carried in the CMS, untrusted by
 * themselves) to one of `anchorsDer`, checking each issuer signature with pkijs and each validity period at `at`.
 */
export async function verifyChainToAnchors(
  signer: pkijs.Certificate,
  signerDer: Uint8Array,
  intermediates: readonly pkijs.Certificate[],
  anchorsDer: readonly Uint8Array[],
  at: Date,
): Promise<ChainVerdict> {
  if (anchorsDer.some((anchor) => sameDer(anchor, signerDer))) {
    return validAt(signer, at)
      ? { trusted: true, problems: [] }
      : { trusted: false, problems: ['Sertifikat penanda tangan tidak berlaku pada waktu penandatanganan'] };
  }
  const anchors = parseAnchors(anchorsDer);
  const unused = [...intermediates];
  let current = signer;
  for (let length = 0; length < MAX_CHAIN_LENGTH; length++) {
    if (!validAt(current, at))
      return { trusted: false, problems: ['Sertifikat dalam rantai tidak berlaku pada waktu penandatanganan'] };
    for (const anchor of anchors) {
      if ((await issuedBy(current, anchor)) && validAt(anchor, at)) return { trusted: true, problems: [] };
    }
    let next: pkijs.Certificate | undefined;
    for (const candidate of unused) {
      if (candidate !== current && isCaCertificate(candidate) && (await issuedBy(current, candidate))) {
        next = candidate;
        break;
      }
    }
    if (!next) break;
    unused.splice(unused.indexOf(next), 1);
    current = next;
  }
  return {
    trusted: false,
    problems: ['Sertifikat tidak diterbitkan oleh CA yang dipercaya (certificate not issued by a trusted CA)'],
  };
}
