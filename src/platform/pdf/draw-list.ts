import { childListStyle, type ListLabelStyle, listLabel } from './list-labels.ts';
import type { ListItem } from './naskah-model.ts';
import { type Column, ensureSpace, lineHeight, measureWidth, type TextStyle, writeAt, writeText } from './page-writer.ts';

const LABEL_PADDING = 6;
const MIN_LABEL_WIDTH = 16;
const ITEM_GAP = 2;

/** Where a list is set: `top` when a caller has already placed and reserved the first line (a field value). */
export interface ListPlacement {
  readonly column: Column;
  readonly textStyle: TextStyle;
  readonly top?: number;
}

function labelColumnWidth(doc: PDFKit.PDFDocument, style: ListLabelStyle, count: number, textStyle: TextStyle): number {
  const widths = Array.from({ length: count }, (_, index) => measureWidth(doc, listLabel(style, index), textStyle));
  return Math.max(MIN_LABEL_WIDTH, ...widths.map((width) => width + LABEL_PADDING));
}

function drawItem(doc: PDFKit.PDFDocument, item: ListItem, label: string, textColumn: Column, placement: ListPlacement): void {
  const top = doc.y;
  writeAt(doc, label, placement.textStyle, placement.column.x, top);
  writeText(doc, item.text, placement.textStyle, textColumn, { align: 'justify' }, top);
}

/** Draws a list with hanging indents; sub-items are indented one level under their item's text. */
export function drawList(
  doc: PDFKit.PDFDocument,
  items: readonly ListItem[],
  style: ListLabelStyle,
  placement: ListPlacement,
): void {
  const { column, textStyle } = placement;
  const labelWidth = labelColumnWidth(doc, style, items.length, textStyle);
  const textColumn: Column = { x: column.x + labelWidth, width: column.width - labelWidth };
  const height = lineHeight(doc, textStyle);
  items.forEach((item, index) => {
    if (index === 0 && placement.top !== undefined) doc.y = placement.top;
    else ensureSpace(doc, height);
    drawItem(doc, item, listLabel(style, index), textColumn, placement);
    const children = item.children ?? [];
    if (children.length > 0) {
      doc.y += ITEM_GAP;
      const nested = children.map((text) => ({ text }));
      drawList(doc, nested, childListStyle(style), { column: textColumn, textStyle });
    }
    if (index < items.length - 1) doc.y += ITEM_GAP;
  });
}
