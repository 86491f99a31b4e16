// A cheap structural check that bytes are one complete PDF file (header and final end-of-file marker).

const HEADER = Buffer.from('%PDF-', 'latin1');
const EOF_MARKER = '%%EOF';
/** PDFs end with "%%EOF" and at most a line break or a few spaces. */
const TAIL_BYTES = 32;

/** True when the bytes start with "%PDF-" and end with "%%EOF" (trailing whitespace allowed). */
export function isCompletePdf(bytes: Uint8Array): boolean {
  if (bytes.length < HEADER.length + EOF_MARKER.length) return false;
  if (!Buffer.from(bytes.subarray(0, HEADER.length)).equals(HEADER)) return false;
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES))).toString('latin1');
  return tail.trimEnd().endsWith(EOF_MARKER);
}
