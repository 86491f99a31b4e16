import { kopContactLines } from './header-fields.ts';
import { CM, CONTENT, FONT_SIZE, LAMBANG } from './layout-constants.ts';
import type { Kop } from './naskah-model.ts';
import { type Column, drawRule, measureText, type TextStyle, writeText } from './page-writer.ts';

/** The kop sits a little higher than the body margin, as printed letterheads do. */
const KOP_TOP = 1.5 * CM;
const LAMBANG_GAP = 10;
const RULE_GAP = 6;

function nameStyle(index: number, count: number): TextStyle {
  const size = index === 0 && count > 1 ? FONT_SIZE.kopName : FONT_SIZE.kopUnit;
  return { style: 'bold', size };
}

function textColumn(kop: Kop): Column {
  if (!kop.lambang) return CONTENT;
  const offset = LAMBANG.width + LAMBANG_GAP;
  return { x: CONTENT.x + offset, width: CONTENT.width - offset };
}

function drawLambang(doc: PDFKit.PDFDocument, lambang: Uint8Array, top: number): void {
  doc.image(Buffer.from(lambang), CONTENT.x, top, {
    fit: [LAMBANG.width, LAMBANG.height],
    align: 'center',
    valign: 'center',
  });
}

function kopTextHeight(doc: PDFKit.PDFDocument, kop: Kop, column: Column): number {
  const names = kop.lines.map((line, index) => measureText(doc, line, nameStyle(index, kop.lines.length), column));
  const contact = kopContactLines(kop).map((line) => measureText(doc, line, CONTACT, column));
  return [...names, ...contact].reduce((total, height) => total + height, 0);
}

const CONTACT: TextStyle = { style: 'regular', size: FONT_SIZE.kopContact };

/** Draws the kop (lambang, centred name and contact lines, thick-and-thin double rule) at the top of page 1. */
export function drawKop(doc: PDFKit.PDFDocument, kop: Kop): void {
  const column = textColumn(kop);
  const textHeight = kopTextHeight(doc, kop, column);
  const imageHeight = kop.lambang ? LAMBANG.height : 0;
  // Centre the text block on the lambang when the lambang is taller.
  let y = KOP_TOP + Math.max(0, (imageHeight - textHeight) / 2);
  if (kop.lambang) drawLambang(doc, kop.lambang, KOP_TOP);
  kop.lines.forEach((line, index) => {
    writeText(doc, line, nameStyle(index, kop.lines.length), column, { align: 'center' }, y);
    y = doc.y;
  });
  for (const line of kopContactLines(kop)) {
    writeText(doc, line, CONTACT, column, { align: 'center' }, y);
    y = doc.y;
  }
  const ruleTop = Math.max(y, KOP_TOP + imageHeight) + RULE_GAP;
  drawRule(doc, CONTENT, ruleTop, 2.5);
  drawRule(doc, CONTENT, ruleTop + 3.5, 0.75);
  doc.x = CONTENT.x;
  doc.y = ruleTop + 3.5 + 14;
}
