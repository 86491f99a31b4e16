/**
 * Local PAdES B-B signing with a visible appearance, written as an incremental update so that several signers
 * can sign the same PDF in turn and every earlier signature stays valid.
 *
 * pdf-lib only parses the input and builds the new objects; the bytes are written by `incremental-update.ts`.
 * The /ByteRange and /Contents placeholders are then patched in place here (not with @signpdf/signpdf): we know
 * the exact offsets of our own signature dictionary, so nothing is searched for across the file, and signpdf's
 * habit of trimming a trailing newline (which would shift the offsets we wrote into the xref) is avoided.
 */
import { ParseSpeeds, type PDFContext, PDFHexString, type PDFObject, PDFParser, PDFRef, PDFString } from 'pdf-lib';
import { createCadesDetachedSignature } from './cades.ts';
import { appendIncrementalUpdate } from './incremental-update.ts';
import { declaredXrefSize, declaresEncryption, hasPdfHeader, lastStartxref, pdfDate, pdfText } from './pdf-bytes.ts';
import { addSignatureField } from './signature-field.ts';
import { type LocalSigningKey, SigningFailure, type SignPdfRequest } from './signing-types.ts';
import { registerSignatureAppearance } from './visible-appearance.ts';

/** Ten digits, the widest offset a ByteRange entry can take (files up to ~9.3 GB). */
const BYTE_RANGE_PLACEHOLDER = 9_999_999_999;
/** Room in /Contents beyond the embedded certificates: signature value, signed attributes, CMS structure. */
const CMS_OVERHEAD_BYTES = 4096;

function invalid(message: string): SigningFailure {
  return new SigningFailure('invalid_document', message);
}

interface ParsedInput {
  readonly context: PDFContext;
  readonly previousXref: number;
  readonly declaredSize: number;
}

/** SECURITY: parses the input, refusing anything that is not an unencrypted, readable PDF. */
async function parseForSigning(pdf: Buffer): Promise<ParsedInput> {
  const text = pdfText(pdf);
  if (!hasPdfHeader(text)) throw invalid('Berkas bukan PDF (not a PDF)');
  if (declaresEncryption(text)) throw invalid('PDF terenkripsi tidak dapat ditandatangani (encrypted PDF)');
  const previousXref = lastStartxref(text);
  if (previousXref === undefined || previousXref >= pdf.length)
    throw invalid('PDF rusak: startxref tidak ditemukan (no startxref)');
  let context: PDFContext;
  try {
    context = await PDFParser.forBytesWithOptions(pdf, ParseSpeeds.Fastest).parseDocument();
  } catch {
    throw invalid('PDF tidak dapat dibaca (unreadable PDF)');
  }
  if (context.trailerInfo.Encrypt) throw invalid('PDF terenkripsi tidak dapat ditandatangani (encrypted PDF)');
  return { context, previousXref, declaredSize: declaredXrefSize(text) };
}

/** DER capacity reserved in /Contents: the certificates the CMS embeds plus overhead. */
function contentsCapacity(key: LocalSigningKey): number {
  return key.certificateDer.length + key.chainDer.reduce((total, der) => total + der.length, 0) + CMS_OVERHEAD_BYTES;
}

function signatureDictionary(context: PDFContext, request: SignPdfRequest, capacity: number) {
  return context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: [0, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER, BYTE_RANGE_PLACEHOLDER],
    Contents: PDFHexString.of('0'.repeat(capacity * 2)),
    M: PDFString.of(pdfDate(request.signingTime)),
    Name: PDFHexString.fromText(request.signerName),
    Reason: PDFHexString.fromText(request.reason),
    Location: PDFHexString.fromText(request.location),
  });
}

/** Builds the signature objects and writes the incremental update with placeholders; returns it and the /Sig offset. */
function writeUpdateWithPlaceholder(input: ParsedInput, request: SignPdfRequest, pdf: Buffer, capacity: number) {
  const { context } = input;
  const { rect } = request.visible;
  if (!(rect.width > 0 && rect.height > 0)) throw invalid('Area tanda tangan tidak valid (empty signature rect)');
  context.largestObjectNumber = Math.max(context.largestObjectNumber, input.declaredSize - 1);
  const firstNewObject = context.largestObjectNumber + 1;
  const signatureRef = context.register(signatureDictionary(context, request, capacity));
  const appearanceRef = registerSignatureAppearance(context, request.visible);
  const { changedRefs } = addSignatureField(context, { pageIndex: request.visible.page, rect, signatureRef, appearanceRef });
  const refs = [...changedRefs];
  for (let number = firstNewObject; number <= context.largestObjectNumber; number++) refs.push(PDFRef.of(number));
  const objects = refs.map((ref): [PDFRef, PDFObject] => {
    const object = context.lookup(ref);
    if (!object) throw invalid(`Objek ${ref.toString()} tidak ditemukan (missing object)`);
    return [ref, object];
  });
  const trailer = {
    size: context.largestObjectNumber + 1,
    root: context.trailerInfo.Root as PDFRef,
    info: context.trailerInfo.Info,
    id: context.trailerInfo.ID,
    prev: input.previousXref,
  };
  const update = appendIncrementalUpdate(pdf, objects, trailer);
  return { pdf: update.pdf, signatureOffset: update.offsets.get(signatureRef) ?? 0 };
}

interface PlaceholderSpan {
  /** Offset of the "[" of /ByteRange and the length up to and including "]". */
  readonly byteRangeStart: number;
  readonly byteRangeLength: number;
  /** Offset of "<" of /Contents and the offset just past ">". */
  readonly contentsStart: number;
  readonly contentsEnd: number;
}

/** Locates the placeholders inside our own /Sig object (only its bytes are searched). */
function locatePlaceholders(pdf: Buffer, signatureOffset: number): PlaceholderSpan {
  const objectEnd = pdf.indexOf('endobj', signatureOffset, 'latin1');
  const byteRangeKey = pdf.indexOf('/ByteRange', signatureOffset, 'latin1');
  const byteRangeStart = pdf.indexOf('[', byteRangeKey, 'latin1');
  const byteRangeEnd = pdf.indexOf(']', byteRangeStart, 'latin1');
  const contentsKey = pdf.indexOf('/Contents', signatureOffset, 'latin1');
  const contentsStart = pdf.indexOf('<', contentsKey, 'latin1');
  const contentsEnd = pdf.indexOf('>', contentsStart, 'latin1') + 1;
  const positions = [byteRangeKey, byteRangeStart, byteRangeEnd, contentsKey, contentsStart, contentsEnd - 1];
  if (positions.some((position) => position < signatureOffset || position > objectEnd)) {
    throw new Error('Placeholder tanda tangan tidak ditemukan (signature placeholder not found)');
  }
  return { byteRangeStart, byteRangeLength: byteRangeEnd - byteRangeStart + 1, contentsStart, contentsEnd };
}

/**
 * Signs `request.pdf` with a local key: appends a PAdES B-B (ETSI.CAdES.detached) signature with a visible
 * QR + text appearance as an incremental update. Throws SigningFailure('invalid_document') for encrypted or
 * unreadable input and SigningFailure('certificate_expired') when the certificate is not valid at signingTime.
 */
export async function signPdfLocally(request: SignPdfRequest, key: LocalSigningKey): Promise<Buffer> {
  const input = await parseForSigning(request.pdf);
  const capacity = contentsCapacity(key);
  const { pdf, signatureOffset } = writeUpdateWithPlaceholder(input, request, request.pdf, capacity);
  const span = locatePlaceholders(pdf, signatureOffset);
  const byteRange = `[0 ${span.contentsStart} ${span.contentsEnd} ${pdf.length - span.contentsEnd}`;
  pdf.write(`${byteRange.padEnd(span.byteRangeLength - 1, ' ')}]`, span.byteRangeStart, 'latin1');
  const signedBytes = Buffer.concat([pdf.subarray(0, span.contentsStart), pdf.subarray(span.contentsEnd)]);
  const cms = await createCadesDetachedSignature(signedBytes, key, request.signingTime);
  if (cms.length > capacity) throw new Error(`CMS ${cms.length} B melebihi ruang ${capacity} B (CMS larger than placeholder)`);
  pdf.write(cms.toString('hex'), span.contentsStart + 1, 'latin1');
  return pdf;
}
