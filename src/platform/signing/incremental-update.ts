/**
 * Incremental update writer (ISO 32000-1 §7.5.6): the original bytes stay untouched, and the new and changed
 * objects are appended with a classic cross-reference section and a trailer whose /Prev points at the previous
 * cross-reference section. This is what keeps earlier signatures valid: their ByteRanges still cover exactly the
 * bytes they signed. (pdf-lib's save() would rewrite the whole file, so it is not used for output.)
 */
import type { PDFObject, PDFRef } from 'pdf-lib';

/** The trailer entries of the appended section. */
export interface IncrementalTrailer {
  /** One more than the highest object number in the whole file, never below the previous /Size. */
  readonly size: number;
  readonly root: PDFRef;
  readonly info?: PDFObject;
  /** The file identifier array, carried over from the previous trailer. */
  readonly id?: PDFObject;
  /** Byte offset of the previous cross-reference section (the previous startxref value). */
  readonly prev: number;
}

/** The updated file and where each appended object starts. */
export interface IncrementalUpdate {
  readonly pdf: Buffer;
  readonly offsets: ReadonlyMap<PDFRef, number>;
}

function serializeObject(ref: PDFRef, object: PDFObject): Buffer {
  const header = `${ref.objectNumber} ${ref.generationNumber} obj\n`;
  const footer = '\nendobj\n';
  const buffer = Buffer.alloc(header.length + object.sizeInBytes() + footer.length);
  buffer.write(header, 0, 'latin1');
  const end = header.length + object.copyBytesInto(buffer, header.length);
  buffer.write(footer, end, 'latin1');
  return buffer;
}

/** Classic xref section: one subsection per run of consecutive object numbers, 20-byte entries. */
function xrefSection(entries: readonly { ref: PDFRef; offset: number }[]): string {
  const sorted = [...entries].sort((left, right) => left.ref.objectNumber - right.ref.objectNumber);
  const lines = ['xref'];
  let start = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && sorted[end].ref.objectNumber === sorted[end - 1].ref.objectNumber + 1) end++;
    lines.push(`${sorted[start].ref.objectNumber} ${end - start}`);
    for (const { ref, offset } of sorted.slice(start, end)) {
      lines.push(`${String(offset).padStart(10, '0')} ${String(ref.generationNumber).padStart(5, '0')} n `);
    }
    start = end;
  }
  return `${lines.join('\n')}\n`;
}

function trailerText(trailer: IncrementalTrailer): string {
  const entries = [`/Size ${trailer.size}`, `/Root ${trailer.root.toString()}`];
  if (trailer.info) entries.push(`/Info ${trailer.info.toString()}`);
  if (trailer.id) entries.push(`/ID ${trailer.id.toString()}`);
  entries.push(`/Prev ${trailer.prev}`);
  return `trailer\n<< ${entries.join(' ')} >>\n`;
}

/** Appends `objects` (new or changed, each under its own reference) to `original` as one incremental update. */
export function appendIncrementalUpdate(
  original: Buffer,
  objects: readonly (readonly [PDFRef, PDFObject])[],
  trailer: IncrementalTrailer,
): IncrementalUpdate {
  const lastByte = original[original.length - 1];
  const chunks: Buffer[] = [original];
  let offset = original.length;
  if (lastByte !== 0x0a && lastByte !== 0x0d) {
    chunks.push(Buffer.from('\n'));
    offset += 1;
  }
  const offsets = new Map<PDFRef, number>();
  for (const [ref, object] of objects) {
    const bytes = serializeObject(ref, object);
    offsets.set(ref, offset);
    chunks.push(bytes);
    offset += bytes.length;
  }
  const xrefOffset = offset;
  const entries = [...offsets].map(([ref, objectOffset]) => ({ ref, offset: objectOffset }));
  const tail = `${xrefSection(entries)}${trailerText(trailer)}startxref\n${xrefOffset}\n%%EOF\n`;
  chunks.push(Buffer.from(tail, 'latin1'));
  return { pdf: Buffer.concat(chunks), offsets };
}
