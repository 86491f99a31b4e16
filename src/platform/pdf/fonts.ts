import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/** The three Arimo faces (metric-compatible with Arial) every naskah is set in. */
export type FontStyle = 'regular' | 'bold' | 'italic';

const resolveFromHere = createRequire(import.meta.url);

/** Absolute paths of the Arimo TTF files; the package main entry is never imported. */
export const FONT_FILES: Readonly<Record<FontStyle, string>> = {
  regular: resolveFromHere.resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf'),
  bold: resolveFromHere.resolve('@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf'),
  italic: resolveFromHere.resolve('@expo-google-fonts/arimo/400Regular_Italic/Arimo_400Regular_Italic.ttf'),
};

const FONT_NAMES: Readonly<Record<FontStyle, string>> = { regular: 'Arimo', bold: 'Arimo-Bold', italic: 'Arimo-Italic' };

/** A font pdfkit accepts: TTF bytes, or a font object pdfkit has already parsed (anything with `layout`). */
type FaceSource = PDFKit.Mixins.PDFFontSource;

/**
 * Parses one face once per process. pdfkit re-parses TTF bytes for every document (about 50 ms per face);
 * it also accepts an already parsed fontkit font, which it otherwise keeps private, so take it from a probe
 * document. Falls back to the raw bytes if a pdfkit upgrade moves that field.
 */
function parseFace(path: string): FaceSource {
  const probe = new PDFDocument({ font: path, autoFirstPage: false });
  const parsed = (probe as unknown as { _font?: { font?: { layout?: unknown } } })._font?.font;
  return typeof parsed?.layout === 'function' ? (parsed as unknown as FaceSource) : readFileSync(path);
}

let faces: Record<FontStyle, FaceSource> | undefined;

/** The parsed Arimo faces, shared by every document this process renders. */
export function arimoFaces(): Readonly<Record<FontStyle, FaceSource>> {
  faces ??= { regular: parseFace(FONT_FILES.regular), bold: parseFace(FONT_FILES.bold), italic: parseFace(FONT_FILES.italic) };
  return faces;
}

/** Registers the Arimo faces on a document under stable names. */
export function registerArimo(doc: PDFKit.PDFDocument): void {
  const parsed = arimoFaces();
  for (const style of ['regular', 'bold', 'italic'] as const) doc.registerFont(FONT_NAMES[style], parsed[style]);
}

/** Selects an Arimo face and size for the text that follows. */
export function setFont(doc: PDFKit.PDFDocument, style: FontStyle, size: number): void {
  doc.font(FONT_NAMES[style]).fontSize(size);
}
