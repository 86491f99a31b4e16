import { drawFields, type FieldsLayout } from './draw-fields.ts';
import { type AttachmentReference, addresseeLines, korespondensiFields, notaDinasFields } from './header-fields.ts';
import { formatPlaceDate } from './indonesian-date.ts';
import { CONTENT } from './layout-constants.ts';
import type { NaskahContent } from './naskah-model.ts';
import { BODY, BODY_BOLD, type Column, drawRule, measureWidth, writeText } from './page-writer.ts';

const SECTION_GAP = 12;
/** How far the place after "di" is indented. */
const DI_INDENT = 28;

/** Nomor/Sifat/Lampiran/Hal sit in the left part of the page so a long Hal wraps like a typed letter. */
const LETTER_FIELDS: FieldsLayout = {
  column: { x: CONTENT.x, width: CONTENT.width * 0.68 },
  textStyle: BODY,
  align: 'left',
  maxLabelShare: 0.3,
  rowGap: 0,
};

function drawAddressee(doc: PDFKit.PDFDocument, content: NaskahContent): void {
  const lines = addresseeLines(content.addressee);
  if (lines.length === 0) return;
  const yth = measureWidth(doc, 'Yth. ', BODY);
  const continuation: Column = { x: CONTENT.x + yth, width: CONTENT.width * 0.75 - yth };
  lines.forEach((line, index) => {
    writeText(doc, line, BODY, index === 0 ? { x: CONTENT.x, width: CONTENT.width * 0.75 } : continuation);
  });
  if (!content.addresseePlace) return;
  writeText(doc, 'di', BODY, CONTENT);
  writeText(
    doc,
    content.addresseePlace,
    BODY,
    { x: CONTENT.x + DI_INDENT, width: CONTENT.width - DI_INDENT },
    { underline: true },
  );
}

/** Surat dinas / undangan: place and date at the right, Nomor/Sifat/Lampiran/Hal, then "Yth." + "di" + place. */
export function drawLetterHeader(doc: PDFKit.PDFDocument, content: NaskahContent): void {
  writeText(doc, formatPlaceDate(content.place, content.date), BODY, CONTENT, { align: 'right' });
  doc.y += SECTION_GAP / 2;
  drawFields(doc, korespondensiFields(content), LETTER_FIELDS);
  doc.y += SECTION_GAP;
  drawAddressee(doc, content);
  doc.y += SECTION_GAP;
}

/** Nota dinas: centred bold title, the Kepada/Dari/…/Hal table and a rule under it. */
export function drawNotaDinasHeader(doc: PDFKit.PDFDocument, content: NaskahContent): void {
  writeText(doc, content.title, BODY_BOLD, CONTENT, { align: 'center' });
  doc.y += SECTION_GAP;
  drawFields(doc, notaDinasFields(content), { ...LETTER_FIELDS, column: CONTENT, maxLabelShare: 0.25, rowGap: 1 });
  doc.y += 4;
  drawRule(doc, CONTENT, doc.y, 1);
  doc.y += SECTION_GAP;
}

/** Title block: centred bold title, "NOMOR …", and "TENTANG" + the subject when there is one. */
export function drawTitleBlock(doc: PDFKit.PDFDocument, content: NaskahContent): void {
  const centred = { align: 'center' } as const;
  const narrow: Column = { x: CONTENT.x + CONTENT.width * 0.1, width: CONTENT.width * 0.8 };
  writeText(doc, content.title, BODY_BOLD, narrow, centred);
  writeText(doc, `NOMOR ${content.number ?? ''}`.trimEnd(), BODY, CONTENT, centred);
  if (content.about) {
    doc.y += SECTION_GAP / 2;
    writeText(doc, 'TENTANG', BODY, CONTENT, centred);
    writeText(doc, content.about, BODY_BOLD, narrow, centred);
  }
  doc.y += SECTION_GAP;
}

/** The reference block at the top right of a lampiran page, then the lampiran's centred title. */
export function drawAttachmentHeader(doc: PDFKit.PDFDocument, reference: AttachmentReference, title: string): void {
  const right: Column = { x: CONTENT.x + CONTENT.width * 0.45, width: CONTENT.width * 0.55 };
  writeText(doc, reference.heading, BODY, right);
  writeText(doc, reference.documentTitle, BODY, right);
  drawFields(doc, reference.fields, { column: right, textStyle: BODY, align: 'left', maxLabelShare: 0.4, rowGap: 0 });
  doc.y += SECTION_GAP * 1.5;
  writeText(doc, title, BODY_BOLD, CONTENT, { align: 'center' });
  doc.y += SECTION_GAP;
}
