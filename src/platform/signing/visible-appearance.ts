/**
 * The visible signature: a form XObject with the verification QR (vector rectangles, sharp at any zoom) on the
 * left and the text lines on the right.
 *
 * Text uses the standard-14 font Helvetica with WinAnsiEncoding, not the document's embedded Arimo: pdf-lib can
 * only embed TrueType through @pdf-lib/fontkit (not installed), and reusing pdfkit's subset font would mean
 * mapping text onto its private glyph encoding. Characters outside WinAnsi are reduced to their base letter or
 * "?". Every PDF viewer provides Helvetica (or a metric-compatible substitute), so the stamp renders everywhere;
 * it only falls short of PDF/A, which Pamong's letters do not claim.
 */
import { type PDFContext, type PDFRef, StandardFontEmbedder, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import type { VisibleSignature } from './signing-types.ts';

const FONT_RESOURCE = 'F1';
const MAX_FONT_SIZE = 9;
const MIN_FONT_SIZE = 4.5;
const LINE_SPACING = 1.25;
const QR_QUIET_MODULES = 1;
const ELLIPSIS = '\u2026';

/** pdf-lib's StandardFonts enum and the embedder's FontNames are the same strings under two type names. */
const helvetica = StandardFontEmbedder.for(StandardFonts.Helvetica as unknown as Parameters<typeof StandardFontEmbedder.for>[0]);

/** Shortest decimal for a content-stream number. */
function num(value: number): string {
  return Number(value.toFixed(3)).toString();
}

/** Replaces characters Helvetica/WinAnsi cannot show: accented letters lose the accent, anything else becomes "?". */
export function toWinAnsiText(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) {
    const codePoint = char.codePointAt(0) ?? 0x3f;
    if (helvetica.encoding.canEncodeUnicodeCodePoint(codePoint)) {
      result += char;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    const baseCodePoint = base.codePointAt(0);
    result +=
      base.length === 1 && baseCodePoint !== undefined && helvetica.encoding.canEncodeUnicodeCodePoint(baseCodePoint)
        ? base
        : '?';
  }
  return result;
}

/** The QR as filled rectangles, one per horizontal run of dark modules, inside a white square at (x, y). */
function qrOperators(url: string, x: number, y: number, side: number): string {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const moduleSize = side / (modules.size + 2 * QR_QUIET_MODULES);
  const operators = [`1 g ${num(x)} ${num(y)} ${num(side)} ${num(side)} re f`, '0 g'];
  for (let row = 0; row < modules.size; row++) {
    const rowY = y + side - (QR_QUIET_MODULES + row + 1) * moduleSize;
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column++;
        continue;
      }
      const runStart = column;
      while (column < modules.size && modules.get(row, column)) column++;
      const runX = x + (QR_QUIET_MODULES + runStart) * moduleSize;
      operators.push(`${num(runX)} ${num(rowY)} ${num((column - runStart) * moduleSize)} ${num(moduleSize)} re`);
    }
  }
  operators.push('f');
  return operators.join('\n');
}

/** Cuts a line with an ellipsis until it fits `width` at `fontSize`. */
function fitLine(line: string, width: number, fontSize: number): string {
  if (helvetica.widthOfTextAtSize(line, fontSize) <= width) return line;
  let shortened = line;
  while (shortened.length > 0 && helvetica.widthOfTextAtSize(`${shortened}${ELLIPSIS}`, fontSize) > width) {
    shortened = shortened.slice(0, -1);
  }
  return `${shortened.trimEnd()}${ELLIPSIS}`;
}

interface TextBox {
  readonly x: number;
  readonly width: number;
  readonly height: number;
  readonly padding: number;
}

/** The text block, one font size for all lines (the largest that fits), vertically centred. */
function textOperators(lines: readonly string[], box: TextBox): string {
  if (lines.length === 0 || box.width <= 0) return '';
  const byHeight = (box.height - 2 * box.padding) / (lines.length * LINE_SPACING);
  const byWidth = Math.min(...lines.map((line) => box.width / Math.max(helvetica.widthOfTextAtSize(line, 1), 1e-6)));
  const fontSize = Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, byHeight, byWidth));
  const leading = fontSize * LINE_SPACING;
  const top = (box.height + lines.length * leading) / 2;
  const operators = ['BT', `/${FONT_RESOURCE} ${num(fontSize)} Tf`, '0 g'];
  lines.forEach((line, index) => {
    const baseline = top - index * leading - fontSize * 0.95;
    const encoded = helvetica.encodeText(fitLine(line, box.width, fontSize)).toString();
    operators.push(`1 0 0 1 ${num(box.x)} ${num(baseline)} Tm ${encoded} Tj`);
  });
  operators.push('ET');
  return operators.join('\n');
}

/** The content stream of the appearance, in the form's own space (origin at the rect's bottom-left corner). */
export function appearanceContent(visible: VisibleSignature): string {
  const { width, height } = visible.rect;
  const padding = Math.min(width, height) * 0.04;
  const qrSide = Math.max(0, Math.min(height - 2 * padding, width * 0.4));
  const textX = padding + qrSide + Math.max(padding, 4);
  const lines = visible.lines.map(toWinAnsiText);
  const box: TextBox = { x: textX, width: width - textX - padding, height, padding };
  return ['q', qrOperators(visible.qrUrl, padding, (height - qrSide) / 2, qrSide), textOperators(lines, box), 'Q'].join('\n');
}

/** Registers the appearance form XObject (/AP /N of the signature widget) in `context` and returns its reference. */
export function registerSignatureAppearance(context: PDFContext, visible: VisibleSignature): PDFRef {
  const { rect } = visible;
  const font = context.obj({ Type: 'Font', Subtype: 'Type1', BaseFont: 'Helvetica', Encoding: 'WinAnsiEncoding' });
  const stream = context.flateStream(appearanceContent(visible), {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, rect.width, rect.height],
    Resources: { Font: { [FONT_RESOURCE]: font }, ProcSet: ['PDF', 'Text'] },
  });
  return context.register(stream);
}
