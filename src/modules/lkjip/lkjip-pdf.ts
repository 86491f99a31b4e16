/**
 * The LKjIP as PDF (pdfkit, the naskah dinas fonts and table helper of platform/pdf): a cover page with the regency,
 * lambang, OPD and year, then the chapters (each from a new page), tables and vector capaian charts, page numbers.
 */
import PDFDocument from 'pdfkit';
import { drawTable } from '../../platform/pdf/draw-table.ts';
import { registerArimo, setFont } from '../../platform/pdf/fonts.ts';
import { CONTENT, MARGINS, PAGE_HEIGHT, PAGE_WIDTH } from '../../platform/pdf/layout-constants.ts';
import { BODY, ensureSpace, measureWidth, type TextStyle, writeAt, writeText } from '../../platform/pdf/page-writer.ts';
import type { LkjipBlock, LkjipCover, LkjipDocument } from './lkjip-model.ts';
import { drawCapaianChart } from './lkjip-pdf-chart.ts';

const HEADING_SIZE = { 1: 14, 2: 12, 3: 11 } as const;
const FOOTER: TextStyle = { style: 'regular', size: 9 };

function drawCover(doc: PDFKit.PDFDocument, cover: LkjipCover): void {
  doc.y = MARGINS.top + 60;
  writeText(doc, cover.title, { style: 'bold', size: 18 }, CONTENT, { align: 'center' });
  doc.y += 40;
  if (cover.lambang) {
    const width = 110;
    doc.image(Buffer.from(cover.lambang), CONTENT.x + (CONTENT.width - width) / 2, doc.y, { fit: [width, 128] });
    doc.y += 150;
  } else doc.y += 60;
  writeText(doc, cover.unitName.toUpperCase(), { style: 'bold', size: 15 }, CONTENT, { align: 'center' });
  doc.y += 12;
  writeText(doc, cover.regencyName.toUpperCase(), { style: 'bold', size: 15 }, CONTENT, { align: 'center' });
  doc.y += 12;
  writeText(doc, String(cover.year), { style: 'bold', size: 15 }, CONTENT, { align: 'center' });
}

function drawBlock(doc: PDFKit.PDFDocument, block: LkjipBlock): void {
  switch (block.kind) {
    case 'heading':
      if (block.level === 1) doc.addPage();
      else ensureSpace(doc, 60);
      writeText(doc, block.text, { style: 'bold', size: HEADING_SIZE[block.level] }, CONTENT, {
        align: block.level === 1 ? 'center' : 'left',
      });
      doc.y += 6;
      return;
    case 'paragraph':
      writeText(doc, block.text, BODY, CONTENT, { align: 'justify' });
      doc.y += 8;
      return;
    case 'table':
      drawTable(doc, block.header, block.rows, CONTENT);
      doc.y += 10;
      return;
    case 'chart':
      drawCapaianChart(doc, block.title, block.bars, CONTENT);
      doc.y += 8;
      return;
  }
}

/** Page numbers on every page after the cover, centred in the bottom margin. */
function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const label = String(i + 1);
    writeAt(doc, label, FOOTER, (PAGE_WIDTH - measureWidth(doc, label, FOOTER)) / 2, PAGE_HEIGHT - 38 - FOOTER.size);
  }
}

/** Renders the report to PDF bytes. */
export function renderLkjipPdf(report: LkjipDocument): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margins: MARGINS, bufferPages: true, autoFirstPage: true });
  doc.info.Title = `${report.cover.title} ${report.cover.unitName}`;
  doc.info.Creator = 'Pamong';
  registerArimo(doc);
  setFont(doc, 'regular', 12);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawCover(doc, report.cover);
  for (const block of report.blocks) drawBlock(doc, block);
  numberPages(doc);
  doc.end();
  return done;
}
