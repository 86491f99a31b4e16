import { FONT_SIZE } from './layout-constants.ts';
import { tableColumnWidths } from './layout-geometry.ts';
import { type Column, measureText, measureWidth, type TextStyle, writeText } from './page-writer.ts';

const CELL_PADDING = 4;
const BORDER_WIDTH = 0.6;
const CELL: TextStyle = { style: 'regular', size: FONT_SIZE.table };
const HEADER_CELL: TextStyle = { style: 'bold', size: FONT_SIZE.table };

/** A table body cell that is only a number ("1", "12.") is centred, like the "No." column of official tables. */
const ORDINAL = /^\d+\.?$/;

function longestWord(doc: PDFKit.PDFDocument, text: string, style: TextStyle): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => measureWidth(doc, word, style)));
}

function columnWidths(
  doc: PDFKit.PDFDocument,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  total: number,
): number[] {
  const padding = 2 * CELL_PADDING;
  const natural = header.map((title, index) =>
    Math.max(measureWidth(doc, title, HEADER_CELL), ...rows.map((row) => measureWidth(doc, row[index] ?? '', CELL))),
  );
  const minimum = header.map((title, index) =>
    Math.max(longestWord(doc, title, HEADER_CELL), ...rows.map((row) => longestWord(doc, row[index] ?? '', CELL))),
  );
  return tableColumnWidths(
    natural.map((width) => width + padding),
    minimum.map((width) => width + padding),
    total,
  );
}

function cellColumns(x: number, widths: readonly number[]): Column[] {
  let left = x;
  return widths.map((width) => {
    const cell = { x: left, width };
    left += width;
    return cell;
  });
}

function inner(cell: Column): Column {
  return { x: cell.x + CELL_PADDING, width: cell.width - 2 * CELL_PADDING };
}

function rowHeight(doc: PDFKit.PDFDocument, cells: readonly string[], columns: readonly Column[], style: TextStyle): number {
  const heights = columns.map((cell, index) => measureText(doc, cells[index] ?? '', style, inner(cell)));
  return Math.max(...heights) + 2 * CELL_PADDING;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: readonly string[],
  columns: readonly Column[],
  style: TextStyle,
  isHeader: boolean,
): void {
  const top = doc.y;
  const height = rowHeight(doc, cells, columns, style);
  columns.forEach((cell, index) => {
    const text = cells[index] ?? '';
    doc.save().lineWidth(BORDER_WIDTH).rect(cell.x, top, cell.width, height).stroke().restore();
    const align = isHeader || ORDINAL.test(text.trim()) ? 'center' : 'left';
    writeText(doc, text, style, inner(cell), { align, height }, top + CELL_PADDING);
  });
  doc.x = columns[0].x;
  doc.y = top + height;
}

/** Draws a bordered table with a bold header row; rows never split, and the header repeats on each new page. */
export function drawTable(
  doc: PDFKit.PDFDocument,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  column: Column,
): void {
  const columns = cellColumns(column.x, columnWidths(doc, header, rows, column.width));
  const headerHeight = rowHeight(doc, header, columns, HEADER_CELL);
  const firstRowHeight = rows.length > 0 ? rowHeight(doc, rows[0], columns, CELL) : 0;
  if (doc.y + headerHeight + firstRowHeight > doc.page.maxY()) doc.addPage();
  drawRow(doc, header, columns, HEADER_CELL, true);
  for (const row of rows) {
    if (doc.y + rowHeight(doc, row, columns, CELL) > doc.page.maxY()) {
      doc.addPage();
      drawRow(doc, header, columns, HEADER_CELL, true);
    }
    drawRow(doc, row, columns, CELL, false);
  }
}
