/** The upload check of the correspondence module: scanned letters and reports must be real, readable PDFs. */
import { PDFDocument } from 'pdf-lib';
import { inspectPdfSignatures } from '../../platform/signing/index.ts';
import { ValidationError } from '../../shared/errors.ts';

const EXECUTABLE_MAGICS = [Buffer.from('MZ'), Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.from('#!')];

/** The message key saying why the bytes are not an acceptable PDF, or null when they are. */
async function pdfProblem(bytes: Buffer): Promise<string | null> {
  if (EXECUTABLE_MAGICS.some((magic) => bytes.subarray(0, magic.length).equals(magic))) return 'correspondence.executable';
  if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) return 'correspondence.notPdf';
  const inspection = await inspectPdfSignatures(bytes, []);
  if (inspection.status === 'encrypted') return 'correspondence.encryptedPdf';
  if (inspection.status !== 'ok') return 'correspondence.brokenPdf';
  try {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    return doc.getPageCount() > 0 ? null : 'correspondence.brokenPdf';
  } catch {
    return 'correspondence.brokenPdf';
  }
}

/**
 * SECURITY: an uploaded scan must be a real, readable, unencrypted PDF: executables (MZ, ELF, scripts) disguised
 * as PDFs, encrypted PDFs and broken ones are refused with 422 before anything is stored.
 */
export async function assertAcceptablePdf(bytes: Buffer, field = 'file'): Promise<void> {
  const problem = await pdfProblem(bytes);
  if (problem) throw new ValidationError([{ field, message: problem }]);
}
