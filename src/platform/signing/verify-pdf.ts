/**
 * Independent-style verifier for PDF signatures: finds every signature in the raw bytes, recomputes the
 * ByteRange digest, verifies the CMS signature and chains the signer certificate to the given trust anchors.
 * It shares no code with the signer's CMS builder, only the low-level PDF text helpers. It never throws.
 */
import { EMPTY_CERTIFICATE_SUMMARY, summarizeCertificate } from './certificate-summary.ts';
import { verifyChainToAnchors } from './chain-trust.ts';
import { type CmsCheck, checkCmsSignature } from './cms-check.ts';
import { declaresEncryption, endsWithEofMarker, hasPdfHeader, lastStartxref, pdfText } from './pdf-bytes.ts';
import { type FoundSignature, findSignatures } from './pdf-signature-scan.ts';
import type { CertificateSummary, PdfInspection, SignatureCheck } from './signing-types.ts';

const PADES_SUBFILTER = 'ETSI.CAdES.detached';

function rangeProblems(pdf: Buffer, found: FoundSignature): { inBounds: boolean; problems: string[] } {
  const [start, firstLength, secondStart, secondLength] = found.byteRange;
  const inBounds = start + firstLength <= secondStart && secondStart + secondLength <= pdf.length;
  const problems: string[] = [];
  if (!inBounds) problems.push('ByteRange di luar batas berkas; berkas terpotong atau rusak (byte range out of bounds)');
  if (start !== 0) problems.push('ByteRange tidak dimulai dari awal berkas');
  if (!found.gapIsContents)
    problems.push('Bagian yang tidak ditandatangani bukan tepat /Contents (ByteRange gap is not /Contents)');
  if (!found.contents) problems.push('/Contents tanda tangan tidak ditemukan');
  return { inBounds, problems };
}

function summaryOf(cms: CmsCheck): CertificateSummary {
  try {
    return cms.signer ? summarizeCertificate(cms.signer) : EMPTY_CERTIFICATE_SUMMARY;
  } catch {
    return EMPTY_CERTIFICATE_SUMMARY;
  }
}

async function checkSignature(
  pdf: Buffer,
  found: FoundSignature,
  index: number,
  anchors: readonly Buffer[],
): Promise<SignatureCheck> {
  const [start, firstLength, secondStart, secondLength] = found.byteRange;
  const { inBounds, problems } = rangeProblems(pdf, found);
  const signedBytes = inBounds
    ? Buffer.concat([pdf.subarray(start, start + firstLength), pdf.subarray(secondStart, secondStart + secondLength)])
    : undefined;
  const cms: CmsCheck = found.contents
    ? await checkCmsSignature(found.contents, signedBytes, found.subFilter === PADES_SUBFILTER)
    : { digestValid: false, signatureValid: false, certificates: [], problems: [] };
  problems.push(...cms.problems);
  const signingTime = found.claimedSigningTime ?? cms.signingTime;
  // SECURITY: with no trusted timestamp (PAdES B-B) the claimed signing time is the best time to check validity at;
  // without one we check at the present moment.
  const chain =
    cms.signer && cms.signerDer
      ? await verifyChainToAnchors(
          cms.signer,
          cms.signerDer,
          cms.certificates.filter((cert) => cert !== cms.signer),
          anchors,
          signingTime ?? new Date(),
        )
      : { trusted: false, problems: [] };
  problems.push(...chain.problems);
  return {
    index,
    ...(found.fieldName !== undefined ? { fieldName: found.fieldName } : {}),
    subFilter: found.subFilter,
    byteRange: found.byteRange,
    signedLength: firstLength + secondLength,
    coversWholeDocument: inBounds && start === 0 && secondStart + secondLength === pdf.length,
    digestValid: inBounds && cms.digestValid,
    signatureValid: cms.signatureValid,
    certificate: summaryOf(cms),
    certificateDer: cms.signerDer ?? Buffer.alloc(0),
    chainTrusted: chain.trusted,
    ...(signingTime ? { signingTime } : {}),
    problems,
  };
}

/**
 * Inspects every signature in `pdf` against `trustAnchorsDer` (DER CA certificates). Status: 'not_pdf' without a
 * PDF header, 'encrypted' when a trailer has /Encrypt, 'unreadable' when the last revision is incomplete (no
 * startxref/%%EOF at the end; signatures found are still reported), else 'ok'. Never throws.
 */
export async function inspectPdfSignatures(pdf: Buffer, trustAnchorsDer: readonly Buffer[]): Promise<PdfInspection> {
  try {
    const text = pdfText(pdf);
    if (!hasPdfHeader(text)) return { status: 'not_pdf', signatures: [] };
    if (declaresEncryption(text)) return { status: 'encrypted', signatures: [] };
    const found = findSignatures(text);
    const signatures = await Promise.all(found.map((signature, index) => checkSignature(pdf, signature, index, trustAnchorsDer)));
    const startxref = lastStartxref(text);
    const complete = endsWithEofMarker(text) && startxref !== undefined && startxref < pdf.length;
    return { status: complete ? 'ok' : 'unreadable', signatures };
  } catch {
    return { status: 'unreadable', signatures: [] };
  }
}
