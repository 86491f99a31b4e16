import type { PdfRect } from '../pdf/naskah-model.ts';

/** The visible part of a signature: a QR to the verification page and a few lines of text. */
export interface VisibleSignature {
  /** Zero-based page index. */
  readonly page: number;
  readonly rect: PdfRect;
  /** The URL the QR encodes, e.g. https://pamong.example/verifikasi/AB12…. */
  readonly qrUrl: string;
  /** Text beside the QR, e.g. ["Ditandatangani secara elektronik oleh", "Dr. Budi …", "28/11/2026 10:15 WIB"]. */
  readonly lines: readonly string[];
}

/** What a signing adapter needs to sign one PDF for one signer. */
export interface SignPdfRequest {
  readonly pdf: Buffer;
  readonly signerName: string;
  readonly reason: string;
  readonly location: string;
  readonly signingTime: Date;
  readonly visible: VisibleSignature;
}

/** A signer's key material for local signing (DER certificate, PKCS#8 private key, issuing chain). */
export interface LocalSigningKey {
  readonly certificateDer: Buffer;
  readonly privateKeyPkcs8: Buffer;
  /** Issuer certificates up to the tenant CA, DER. */
  readonly chainDer: readonly Buffer[];
}

/** Why signing failed, as a stable code the UI maps to an Indonesian message. */
export type SigningFailureCode =
  | 'nik_unregistered'
  | 'wrong_passphrase'
  | 'certificate_expired'
  | 'certificate_revoked'
  | 'unavailable'
  | 'timeout'
  | 'invalid_document';

/** A signing attempt failed; nothing was signed. */
export class SigningFailure extends Error {
  constructor(
    readonly code: SigningFailureCode,
    message: string,
  ) {
    super(message);
    this.name = 'SigningFailure';
  }
}

/** The facts about a certificate that the UI and the audit trail show. */
export interface CertificateSummary {
  readonly commonName: string;
  readonly serialHex: string;
  readonly issuerCommonName: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
  /** NIK (Nomor Induk Kependudukan), from subject serialNumber "PNOID-<NIK>" (also accepts "NIK:<NIK>"). */
  readonly nik?: string;
  /** NIP (Nomor Induk Pegawai), from the subject employeeNumber attribute (2.16.840.1.113730.3.1.3). */
  readonly nip?: string;
  readonly organization?: string;
}

/** The result of checking one signature found in a PDF. */
export interface SignatureCheck {
  /** Zero-based, in file order (the first signature is 0). */
  readonly index: number;
  readonly fieldName?: string;
  readonly subFilter: string;
  readonly byteRange: readonly [number, number, number, number];
  /** Number of bytes the signature covers (ByteRange lengths added). */
  readonly signedLength: number;
  /** True when the signature covers the whole file, i.e. nothing was appended after it. */
  readonly coversWholeDocument: boolean;
  /** The digest over the ByteRange matches the CMS messageDigest. */
  readonly digestValid: boolean;
  /** The CMS signature over the signed attributes verifies with the signer certificate. */
  readonly signatureValid: boolean;
  /** Certificate summary of the signer; empty strings when no certificate could be read. */
  readonly certificate: CertificateSummary;
  readonly certificateDer: Buffer;
  /** SECURITY: the signer certificate chains (by verified issuer signatures) to one of the trust anchors. */
  readonly chainTrusted: boolean;
  /** Claimed signing time, from the signature dictionary's /M or else the CMS signing-time attribute. */
  readonly signingTime?: Date;
  /** Human-readable findings (Indonesian), empty when everything checks out. */
  readonly problems: readonly string[];
}

/** What an inspection of a PDF's signatures found. */
export interface PdfInspection {
  readonly status: 'not_pdf' | 'encrypted' | 'unreadable' | 'ok';
  readonly signatures: readonly SignatureCheck[];
}

/** What a remote whole-document signer (BSrE) needs: the signer's NIK and passphrase, passed through only. */
export interface RemoteSignInput {
  readonly pdf: Buffer;
  readonly nik: string;
  /** SECURITY: never stored, never logged, never part of an error message. */
  readonly passphrase: string;
  readonly visible?: { readonly page: number; readonly rect: PdfRect; readonly qrUrl: string; readonly imagePng?: Buffer };
  readonly reason?: string;
  readonly location?: string;
}

/** A remote signing service (the BSrE adapter implements it); failures are SigningFailure. */
export interface RemoteSigner {
  signPdf(input: RemoteSignInput): Promise<Buffer>;
}
