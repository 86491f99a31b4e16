import { drawList } from './draw-list.ts';
import { labelColumnWidth } from './layout-geometry.ts';
import type { FieldRow } from './naskah-model.ts';
import {
  type Column,
  ensureSpace,
  lineHeight,
  markCursor,
  measureWidth,
  moveBelow,
  type TextStyle,
  writeAt,
  writeText,
} from './page-writer.ts';

/** How a field table is set. */
export interface FieldsLayout {
  readonly column: Column;
  readonly textStyle: TextStyle;
  readonly align: 'left' | 'justify';
  /** The label column takes at most this share of the column width. */
  readonly maxLabelShare: number;
  /** Space added after each row. */
  readonly rowGap: number;
  /** A label width shared with other field tables so their colons line up (at least each table's own). */
  readonly sharedLabelWidth?: number;
}

/** The width of the widest label among `labels`, to share between the field tables of one body. */
export function widestLabel(doc: PDFKit.PDFDocument, labels: readonly string[], textStyle: TextStyle): number {
  return Math.max(0, ...labels.map((label) => measureWidth(doc, label, textStyle)));
}

const LABEL_PADDING = 8;
const COLON = ':';

function drawValue(doc: PDFKit.PDFDocument, row: FieldRow, valueColumn: Column, layout: FieldsLayout, top: number): void {
  if (typeof row.value === 'string') {
    writeText(doc, row.value, layout.textStyle, valueColumn, { align: layout.align }, top);
    return;
  }
  const items = row.value.map((text) => ({ text }));
  drawList(doc, items, row.listStyle ?? 'lettered', { column: valueColumn, textStyle: layout.textStyle, top });
}

/** Draws "label : value" rows with the colons aligned; a value may wrap, flow to the next page, or be a list. */
export function drawFields(doc: PDFKit.PDFDocument, rows: readonly FieldRow[], layout: FieldsLayout): void {
  const { column, textStyle } = layout;
  const labelWidths = [...rows.map((row) => measureWidth(doc, row.label, textStyle)), layout.sharedLabelWidth ?? 0];
  const labelWidth = labelColumnWidth(labelWidths, column.width * layout.maxLabelShare) + LABEL_PADDING;
  const colonWidth = measureWidth(doc, `${COLON} `, textStyle) + 2;
  const labelColumn: Column = { x: column.x, width: labelWidth - LABEL_PADDING / 2 };
  const valueColumn: Column = { x: column.x + labelWidth + colonWidth, width: column.width - labelWidth - colonWidth };
  const height = lineHeight(doc, textStyle);
  for (const row of rows) {
    ensureSpace(doc, height);
    const top = doc.y;
    writeText(doc, row.label, textStyle, labelColumn, {}, top);
    const labelEnd = markCursor(doc);
    writeAt(doc, COLON, textStyle, column.x + labelWidth, top);
    drawValue(doc, row, valueColumn, layout, top);
    moveBelow(doc, [labelEnd, markCursor(doc)]);
    doc.y += layout.rowGap;
  }
}
