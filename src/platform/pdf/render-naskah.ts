import PDFDocument from 'pdfkit';
import { drawBody, drawTembusan } from './draw-body.ts';
import { drawRunningMarks } from './draw-decorations.ts';
import { drawAttachmentHeader, drawLetterHeader, drawNotaDinasHeader, drawTitleBlock } from './draw-header.ts';
import { drawKop } from './draw-kop.ts';
import { drawSignatures } from './draw-signatures.ts';
import { arimoFaces, registerArimo, setFont } from './fonts.ts';
import { attachmentReference } from './header-fields.ts';
import { isoDateToUtc } from './indonesian-date.ts';
import { FONT_SIZE, MARGINS, PAGE_HEIGHT, PAGE_WIDTH } from './layout-constants.ts';
import type { Kop, NaskahContent, RenderedNaskah, SignatureSlot } from './naskah-model.ts';

/** A naskah whose content contradicts its layout (e.g. a nota dinas variant on a title-block document). */
export class NaskahLayoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NaskahLayoutError';
  }
}

function createDocument(content: NaskahContent): PDFKit.PDFDocument {
  // Determinism: the CreationDate comes from the naskah's own date, and pdfkit derives the trailer /ID
  // from the info dictionary, so the same content always yields the same bytes.
  return new PDFDocument({
    size: [PAGE_WIDTH, PAGE_HEIGHT],
    margins: { ...MARGINS },
    bufferPages: true,
    // The default font is Arimo from the start, so pdfkit never loads Helvetica. pdfkit takes a parsed
    // font here at runtime although its typings only name a path.
    font: arimoFaces().regular as unknown as string,
    lang: 'id-ID',
    info: {
      Title: content.hal ?? content.about ?? content.title,
      Subject: content.title,
      Creator: 'Pamong',
      Producer: 'Pamong (PDFKit)',
      CreationDate: isoDateToUtc(content.date),
    },
  });
}

function collectBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

function drawHeader(doc: PDFKit.PDFDocument, content: NaskahContent): void {
  if (content.layout === 'title_block') {
    if (content.variant) throw new NaskahLayoutError(`Varian "${content.variant}" hanya untuk naskah korespondensi.`);
    drawTitleBlock(doc, content);
  } else if (content.variant === 'nota_dinas') {
    drawNotaDinasHeader(doc, content);
  } else {
    drawLetterHeader(doc, content);
  }
}

function drawAttachments(doc: PDFKit.PDFDocument, content: NaskahContent): void {
  const attachments = content.attachments ?? [];
  attachments.forEach((attachment, index) => {
    doc.addPage();
    drawAttachmentHeader(doc, attachmentReference(content, index, attachments.length), attachment.title);
    drawBody(doc, attachment.body);
  });
}

/** A print order must name every signer exactly once. */
function checkPrintOrder(content: NaskahContent): void {
  const order = content.printOrder;
  if (!order) return;
  const sorted = [...order].sort((a, b) => a - b);
  if (sorted.length !== content.signers.length || sorted.some((index, at) => index !== at))
    throw new NaskahLayoutError('Urutan cetak tanda tangan harus memuat setiap penanda tangan tepat satu kali.');
}

function drawNaskah(doc: PDFKit.PDFDocument, content: NaskahContent, kop: Kop): SignatureSlot[] {
  checkPrintOrder(content);
  setFont(doc, 'regular', FONT_SIZE.body);
  drawKop(doc, kop);
  drawHeader(doc, content);
  drawBody(doc, content.body);
  const slots = drawSignatures(doc, content);
  // A nota dinas lists its tembusan in the header table instead.
  if (content.variant !== 'nota_dinas') drawTembusan(doc, content.tembusan);
  drawAttachments(doc, content);
  return slots;
}

/** Renders a naskah dinas to an A4 PDF (Arimo embedded) and reports where each signer's visible signature goes. */
export async function renderNaskah(content: NaskahContent, kop: Kop): Promise<RenderedNaskah> {
  const doc = createDocument(content);
  const bytes = collectBytes(doc);
  registerArimo(doc);
  let slots: SignatureSlot[];
  let pageCount: number;
  try {
    slots = drawNaskah(doc, content, kop);
    pageCount = drawRunningMarks(doc, content.securityMark);
  } finally {
    doc.end();
  }
  return { pdf: await bytes, pageCount, slots };
}
