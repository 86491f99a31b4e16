/** A capaian bar chart drawn with pdfkit vector primitives (no image): one horizontal bar per indicator. */
import { Decimal } from 'decimal.js';
import { setFont } from '../../platform/pdf/fonts.ts';
import type { Column } from '../../platform/pdf/page-writer.ts';
import { percentId } from './lkjip-format.ts';
import type { ChartBar } from './lkjip-model.ts';

const ROW = 18;
const LABEL_SHARE = 0.38;
const VALUE_WIDTH = 44;
const GREY = '#868e96';

/** The largest value shown: 100 % at least, so a bar of 100 % is a full-length bar unless something exceeds it. */
function scaleOf(bars: readonly ChartBar[]): Decimal {
  return Decimal.max(100, ...bars.flatMap((b) => (b.value === null ? [] : [new Decimal(b.value)])));
}

/** Shortens a label to fit one line of the label column. */
function fitted(doc: PDFKit.PDFDocument, label: string, width: number): string {
  if (doc.widthOfString(label) <= width) return label;
  let cut = label;
  while (cut.length > 1 && doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Draws the chart at the cursor (a new page first when it does not fit) and moves the cursor below it. */
export function drawCapaianChart(doc: PDFKit.PDFDocument, title: string, bars: readonly ChartBar[], column: Column): void {
  const height = 20 + bars.length * ROW + 22;
  if (doc.y + height > doc.page.maxY()) doc.addPage();
  const top = doc.y;
  setFont(doc, 'bold', 10);
  doc.text(title, column.x, top, { width: column.width, lineBreak: false });
  const labelWidth = column.width * LABEL_SHARE;
  const barX = column.x + labelWidth + 4;
  const barWidth = column.width - labelWidth - VALUE_WIDTH - 8;
  const scale = scaleOf(bars);
  setFont(doc, 'regular', 8.5);
  bars.forEach((bar, index) => {
    const y = top + 20 + index * ROW;
    doc.fillColor('black').text(fitted(doc, bar.label, labelWidth), column.x, y + 3, { lineBreak: false });
    const length = bar.value === null ? 0 : new Decimal(bar.value).div(scale).times(barWidth).toNumber();
    if (length > 0)
      doc
        .save()
        .rect(barX, y + 2, Math.max(length, 0.5), ROW - 6)
        .fill(bar.value === null ? GREY : bar.color)
        .restore();
    doc
      .fillColor('black')
      .text(bar.value === null ? '-' : `${percentId(bar.value)} %`, barX + barWidth + 6, y + 3, { lineBreak: false });
  });
  const axisY = top + 20 + bars.length * ROW;
  const hundred = barX + new Decimal(100).div(scale).times(barWidth).toNumber();
  doc
    .save()
    .lineWidth(0.6)
    .moveTo(barX, top + 18)
    .lineTo(barX, axisY)
    .stroke()
    .restore();
  doc
    .save()
    .lineWidth(0.5)
    .dash(2, { space: 2 })
    .moveTo(hundred, top + 18)
    .lineTo(hundred, axisY)
    .stroke()
    .undash()
    .restore();
  doc.fillColor('black').text('0', barX - 2, axisY + 3, { lineBreak: false });
  doc.text('100 %', hundred - 10, axisY + 3, { lineBreak: false });
  doc.x = column.x;
  doc.y = top + height;
}
