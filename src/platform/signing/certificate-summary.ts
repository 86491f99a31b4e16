import type * as pkijs from 'pkijs';
import { nameAttribute, OID, parseCertificate, toHex } from './pki-engine.ts';
import type { CertificateSummary } from './signing-types.ts';

/** "PNOID-<NIK>" (ETSI EN 319 412-1 semantics, what the local CA writes) or the looser "NIK:<NIK>". */
const NIK_SERIAL_NUMBER = /^(?:PNOID-|NIK:?\s*)(\d+)$/i;
const NIP_SERIAL_NUMBER = /^NIP:?\s*(\d+)$/i;

/** A summary with empty fields, for a signature whose certificate could not be read. */
export const EMPTY_CERTIFICATE_SUMMARY: CertificateSummary = {
  commonName: '',
  serialHex: '',
  issuerCommonName: '',
  notBefore: new Date(0),
  notAfter: new Date(0),
};

/** The summary of an already parsed certificate. */
export function summarizeCertificate(certificate: pkijs.Certificate): CertificateSummary {
  const subject = certificate.subject;
  const serialNumber = nameAttribute(subject, OID.serialNumber);
  const nik = serialNumber?.match(NIK_SERIAL_NUMBER)?.[1];
  const nip = nameAttribute(subject, OID.employeeNumber) ?? serialNumber?.match(NIP_SERIAL_NUMBER)?.[1];
  const organization = nameAttribute(subject, OID.organization);
  return {
    commonName: nameAttribute(subject, OID.commonName) ?? '',
    serialHex: toHex(certificate.serialNumber.valueBlock.valueHexView),
    issuerCommonName: nameAttribute(certificate.issuer, OID.commonName) ?? '',
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    ...(nik ? { nik } : {}),
    ...(nip ? { nip } : {}),
    ...(organization ? { organization } : {}),
  };
}

/** Reads the names, serial, validity, NIK/NIP and organization of a DER certificate; throws on bytes that are not one. */
export function parseCertificateSummary(der: Uint8Array): CertificateSummary {
  return summarizeCertificate(parseCertificate(der));
}
