import { FONT_SIZE, PAGE_HEIGHT, PAGE_WIDTH, RUNNING } from './layout-constants.ts';
import { measureWidth, type TextStyle, writeAt } from './page-writer.ts';

const FOOTER: TextStyle = { style: 'regular', size: FONT_SIZE.footer };
const MARK: TextStyle = { style: 'bold', size: FONT_SIZE.securityMark };
const MARK_COLOUR = '#b00000';

/** "Halaman 2 dari 5". */
export function pageNumberText(page: number, total: number): string {
  return `Halaman ${page} dari ${total}`;
}

function writeCentred(doc: PDFKit.PDFDocument, text: string, style: TextStyle, top: number): void {
  const width = measureWidth(doc, text, style);
  writeAt(doc, text, style, (PAGE_WIDTH - width) / 2, top);
}

function drawSecurityMark(doc: PDFKit.PDFDocument, mark: string): void {
  doc.save().fillColor(MARK_COLOUR);
  writeCentred(doc, mark, MARK, RUNNING.markFromTop);
  writeCentred(doc, mark, MARK, PAGE_HEIGHT - RUNNING.markFromBottom - MARK.size);
  doc.restore().fillColor('black');
}

/** Adds page numbers (when there is more than one page) and the security marking on every buffered page. */
export function drawRunningMarks(doc: PDFKit.PDFDocument, securityMark: string | undefined): number {
  const range = doc.bufferedPageRange();
  for (let page = range.start; page < range.start + range.count; page++) {
    doc.switchToPage(page);
    if (range.count > 1) {
      const top = PAGE_HEIGHT - RUNNING.pageNumberFromBottom - FOOTER.size;
      writeCentred(doc, pageNumberText(page + 1, range.count), FOOTER, top);
    }
    if (securityMark?.trim()) drawSecurityMark(doc, securityMark.trim().toUpperCase());
  }
  return range.count;
}
