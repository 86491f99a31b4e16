export { createCadesDetachedSignature } from './cades.ts';
export { parseCertificateSummary } from './certificate-summary.ts';
export {
  type CertificateAuthorityOptions,
  createCertificateAuthority,
  type IssuedCertificate,
  issueSignerCertificate,
  type SignerCertificateOptions,
  type SignerSubject,
} from './local-ca.ts';
export { signPdfLocally } from './sign-pdf.ts';
export {
  type CertificateSummary,
  type LocalSigningKey,
  type PdfInspection,
  type SignatureCheck,
  SigningFailure,
  type SigningFailureCode,
  type SignPdfRequest,
  type VisibleSignature,
} from './signing-types.ts';
export { inspectPdfSignatures } from './verify-pdf.ts';
