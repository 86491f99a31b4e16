import { drawFields, type FieldsLayout, widestLabel } from './draw-fields.ts';
import { drawList } from './draw-list.ts';
import { drawTable } from './draw-table.ts';
import { tembusanEntries } from './header-fields.ts';
import { BLOCK_GAP, CONTENT, FONT_SIZE, PARAGRAPH_INDENT } from './layout-constants.ts';
import type { BodyBlock } from './naskah-model.ts';
import { BODY, BODY_BOLD, ensureSpace, lineHeight, measureText, type TextStyle, writeText } from './page-writer.ts';

const HEADING_GAP = 4;
const BODY_FIELDS: FieldsLayout = { column: CONTENT, textStyle: BODY, align: 'justify', maxLabelShare: 0.3, rowGap: 3 };
const TEMBUSAN: TextStyle = { style: 'regular', size: FONT_SIZE.tembusan };

function drawParagraph(doc: PDFKit.PDFDocument, text: string): void {
  const options = { align: 'justify', indent: PARAGRAPH_INDENT } as const;
  const height = measureText(doc, text, BODY, CONTENT, options);
  // Never leave a lone first line at the bottom of a page.
  ensureSpace(doc, Math.min(height, 2 * lineHeight(doc, BODY)));
  writeText(doc, text, BODY, CONTENT, options);
}

function drawHeading(doc: PDFKit.PDFDocument, text: string, align: 'left' | 'center'): void {
  const height = measureText(doc, text, BODY_BOLD, CONTENT, { align });
  // Keep a heading with at least two lines of what follows it.
  ensureSpace(doc, height + HEADING_GAP + 2 * lineHeight(doc, BODY));
  doc.y += HEADING_GAP;
  writeText(doc, text, BODY_BOLD, CONTENT, { align });
}

function drawBlock(doc: PDFKit.PDFDocument, block: BodyBlock, sharedLabelWidth: number): void {
  switch (block.kind) {
    case 'paragraph':
      drawParagraph(doc, block.text);
      break;
    case 'heading':
      drawHeading(doc, block.text, block.align ?? 'left');
      break;
    case 'list':
      drawList(doc, block.items, block.style, { column: CONTENT, textStyle: BODY });
      break;
    case 'table':
      drawTable(doc, block.header, block.rows, CONTENT);
      break;
    case 'fields':
      drawFields(doc, block.rows, { ...BODY_FIELDS, sharedLabelWidth });
      break;
  }
}

/** Draws the body blocks one after another across the content width, flowing over pages. */
export function drawBody(doc: PDFKit.PDFDocument, blocks: readonly BodyBlock[]): void {
  // All field tables of one body share their label width, so "Menimbang :" and "Menetapkan :" line up.
  const labels = blocks.flatMap((block) => (block.kind === 'fields' ? block.rows.map((row) => row.label) : []));
  const sharedLabelWidth = widestLabel(doc, labels, BODY);
  for (const block of blocks) {
    drawBlock(doc, block, sharedLabelWidth);
    doc.y += BLOCK_GAP;
  }
}

/** "Tembusan:" and the recipients (numbered when more than one) at the bottom left, after the signatures. */
export function drawTembusan(doc: PDFKit.PDFDocument, tembusan: readonly string[] | undefined): void {
  const entries = tembusanEntries(tembusan);
  if (entries.length === 0) return;
  doc.y += 2 * BLOCK_GAP;
  // A short tembusan stays together; a long one may continue on the next page.
  ensureSpace(doc, Math.min(entries.length + 1, 8) * lineHeight(doc, TEMBUSAN));
  writeText(doc, 'Tembusan:', TEMBUSAN, CONTENT);
  if (entries.length === 1) {
    writeText(doc, entries[0], TEMBUSAN, CONTENT);
    return;
  }
  drawList(
    doc,
    entries.map((text) => ({ text })),
    'numbered',
    { column: { x: CONTENT.x, width: CONTENT.width * 0.75 }, textStyle: TEMBUSAN },
  );
}
