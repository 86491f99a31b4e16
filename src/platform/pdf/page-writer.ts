import { type FontStyle, setFont } from './fonts.ts';
import { FONT_SIZE, LINE_GAP } from './layout-constants.ts';

/** The face and size of a run of text. */
export interface TextStyle {
  readonly style: FontStyle;
  readonly size: number;
}

/** Body text: Arimo regular 12 pt. */
export const BODY: TextStyle = { style: 'regular', size: FONT_SIZE.body };
/** Bold body text. */
export const BODY_BOLD: TextStyle = { style: 'bold', size: FONT_SIZE.body };

/** A horizontal band of the page that text is set in. */
export interface Column {
  readonly x: number;
  readonly width: number;
}

/** Options for one block of text set in a column. */
export interface TextOptions {
  readonly align?: 'left' | 'center' | 'right' | 'justify';
  /** First-line indent. */
  readonly indent?: number;
  readonly underline?: boolean;
  /** Keeps the text from flowing onto a new page (cells and signature blocks that were measured to fit). */
  readonly height?: number;
}

function pdfkitOptions(column: Column, options: TextOptions): PDFKit.Mixins.TextOptions {
  return {
    width: column.width,
    align: options.align ?? 'left',
    indent: options.indent ?? 0,
    underline: options.underline ?? false,
    lineGap: LINE_GAP,
    ...(options.height === undefined ? {} : { height: options.height }),
  };
}

/** Zero-based index of the page being written. */
export function currentPage(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

/** The height of one line of `style`, as pdfkit advances it. */
export function lineHeight(doc: PDFKit.PDFDocument, style: TextStyle): number {
  setFont(doc, style.style, style.size);
  return doc.currentLineHeight(true) + LINE_GAP;
}

/** Starts a new page unless `height` more points fit above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.maxY()) doc.addPage();
}

/** The height `text` takes when set in `column`, without drawing it. */
export function measureText(
  doc: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  column: Column,
  options: TextOptions = {},
): number {
  setFont(doc, style.style, style.size);
  return doc.heightOfString(text, pdfkitOptions(column, options));
}

/** The width of `text` on one line. */
export function measureWidth(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  setFont(doc, style.style, style.size);
  return doc.widthOfString(text);
}

/** Sets `text` in `column` starting at `top` (default: the cursor) and leaves the cursor below it. */
export function writeText(
  doc: PDFKit.PDFDocument,
  text: string,
  style: TextStyle,
  column: Column,
  options: TextOptions = {},
  top: number = doc.y,
): void {
  setFont(doc, style.style, style.size);
  doc.text(text, column.x, top, pdfkitOptions(column, options));
  doc.x = column.x;
}

/** Writes one line at an exact position without wrapping or page breaks (labels, running headers). */
export function writeAt(doc: PDFKit.PDFDocument, text: string, style: TextStyle, x: number, top: number): void {
  setFont(doc, style.style, style.size);
  doc.text(text, x, top, { lineBreak: false });
}

/** A horizontal rule across `column` at `top`. */
export function drawRule(doc: PDFKit.PDFDocument, column: Column, top: number, thickness: number): void {
  doc
    .save()
    .lineWidth(thickness)
    .moveTo(column.x, top)
    .lineTo(column.x + column.width, top)
    .stroke()
    .restore();
}

/** Where the cursor is: page and y, to compare the ends of two columns set side by side. */
export interface CursorMark {
  readonly page: number;
  readonly y: number;
}

/** The current page and y. */
export function markCursor(doc: PDFKit.PDFDocument): CursorMark {
  return { page: currentPage(doc), y: doc.y };
}

/** Moves the cursor below the lower of several column ends (the later page wins). */
export function moveBelow(doc: PDFKit.PDFDocument, ends: readonly CursorMark[]): void {
  const last = ends.reduce((a, b) => (b.page > a.page || (b.page === a.page && b.y > a.y) ? b : a));
  doc.switchToPage(last.page);
  doc.y = last.y;
}
