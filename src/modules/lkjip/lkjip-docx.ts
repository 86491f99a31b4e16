/**
 * The LKjIP as DOCX (docx 9): a cover page, the chapters as Word headings, bordered tables, and each capaian chart
 * as a DOCX-native bar chart (a table whose shaded cells are the bars), since a PNG fallback for an SVG image would
 * need a rasteriser that is not a dependency.
 */

import { Decimal } from 'decimal.js';
import {
  AlignmentType,
  Document,
  HeadingLevel,
  ImageRun,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { percentId } from './lkjip-format.ts';
import type { ChartBar, LkjipBlock, LkjipCover, LkjipDocument } from './lkjip-model.ts';

const FONT = 'Arial';
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
/** Width of the bar area in percent of the bar cell; a bar of the largest value fills it. */
const BAR_STEPS = 50;

const text = (value: string, bold = false, size = 22) => new TextRun({ text: value, bold, size, font: FONT });

function lambangRun(bytes: Uint8Array): ImageRun {
  const png = bytes[0] === 0x89 && bytes[1] === 0x50;
  return new ImageRun({ type: png ? 'png' : 'jpg', data: bytes, transformation: { width: 90, height: 104 } });
}

function coverParagraphs(cover: LkjipCover): Paragraph[] {
  const centred = (children: (TextRun | ImageRun)[], spacing = 240) =>
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacing }, children });
  const lines = [
    centred([text(cover.title, true, 32)], 480),
    ...(cover.lambang ? [centred([lambangRun(cover.lambang)], 480)] : []),
    centred([text(cover.unitName.toUpperCase(), true, 28)]),
    centred([text(cover.regencyName.toUpperCase(), true, 28)]),
  ];
  return [...lines, new Paragraph({ children: [new PageBreak()] })];
}

function cell(value: string, header: boolean): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: [text(value, header, 18)] })],
    ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'E9ECEF', color: 'auto' } } : {}),
  });
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((row) => new TableRow({ children: header.map((_, i) => cell(row[i] ?? '', false)) })),
    ],
  });
}

/** The bar of one value: `filled` of BAR_STEPS shaded in the band colour, the rest blank. */
function barCell(bar: ChartBar, max: Decimal): TableCell {
  const steps = bar.value === null || max.isZero() ? 0 : new Decimal(bar.value).div(max).times(BAR_STEPS).round().toNumber();
  const filled = Math.max(0, Math.min(BAR_STEPS, steps));
  const part = (size: number, fill: string | null) =>
    new TableCell({
      width: { size, type: WidthType.PERCENTAGE },
      children: [new Paragraph({ children: [text('', false, 14)] })],
      ...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {}),
    });
  const parts = [
    filled > 0 ? part((filled * 100) / BAR_STEPS, bar.color.replace('#', '')) : null,
    filled < BAR_STEPS ? part(((BAR_STEPS - filled) * 100) / BAR_STEPS, null) : null,
  ];
  return new TableCell({
    width: { size: 60, type: WidthType.PERCENTAGE },
    children: [
      new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: [new TableRow({ children: parts.filter((p): p is TableCell => p !== null) })],
      }),
      new Paragraph({ children: [] }),
    ],
  });
}

/** A capaian chart as a table: label | capaian (%) | bar. */
function chart(title: string, bars: readonly ChartBar[]): (Paragraph | Table)[] {
  const values = bars.flatMap((b) => (b.value === null ? [] : [new Decimal(b.value)]));
  const max = Decimal.max(100, ...values);
  const rows = bars.map(
    (bar) =>
      new TableRow({
        children: [
          new TableCell({
            width: { size: 30, type: WidthType.PERCENTAGE },
            children: [new Paragraph({ children: [text(bar.label, false, 18)] })],
          }),
          new TableCell({
            width: { size: 10, type: WidthType.PERCENTAGE },
            children: [new Paragraph({ children: [text(bar.value === null ? '-' : percentId(bar.value), false, 18)] })],
          }),
          barCell(bar, max),
        ],
      }),
  );
  return [
    new Paragraph({ children: [text(`Grafik: ${title}`, true, 20)] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
    new Paragraph({ children: [text(`Skala: 0–${percentId(max.toFixed())} %`, false, 16)] }),
  ];
}

function blockParts(block: LkjipBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [text(block.text, true, block.level === 1 ? 28 : 24)] })];
    case 'paragraph':
      return [new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { after: 160 }, children: [text(block.text)] })];
    case 'table':
      return [table(block.header, block.rows), new Paragraph({ children: [] })];
    case 'chart':
      return chart(block.title, block.bars);
  }
}

/** Renders the report to DOCX bytes. */
export async function renderLkjipDocx(doc: LkjipDocument): Promise<Buffer> {
  const document = new Document({
    creator: 'Pamong',
    title: `${doc.cover.title} ${doc.cover.unitName}`,
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [{ children: [...coverParagraphs(doc.cover), ...doc.blocks.flatMap(blockParts)] }],
  });
  return Packer.toBuffer(document);
}
