/** Low-level reading of PDF bytes as text: header, trailers, startxref. Shared by the signer and the verifier. */

/** Reads the bytes as Latin-1 so every byte maps to one char and string offsets equal byte offsets. */
export function pdfText(bytes: Buffer): string {
  return bytes.toString('latin1');
}

/** A PDF starts with "%PDF-" within its first 1024 bytes (ISO 32000 tolerates leading junk). */
export function hasPdfHeader(text: string): boolean {
  const index = text.indexOf('%PDF-');
  return index >= 0 && index < 1024;
}

/** The file ends (give or take trailing junk) with an "%%EOF" marker, i.e. its last revision is complete. */
export function endsWithEofMarker(text: string): boolean {
  return text.lastIndexOf('%%EOF') >= Math.max(0, text.length - 1024);
}

/** The offset after the last "startxref", or undefined when there is none. */
export function lastStartxref(text: string): number | undefined {
  const match = /startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')));
  return match ? Number(match[1]) : undefined;
}

/** The text of every trailer dictionary and cross-reference stream dictionary in the file (all revisions). */
export function trailerDictionaries(text: string): string[] {
  const dictionaries: string[] = [];
  for (const match of text.matchAll(/trailer\s*<</g)) {
    const end = text.indexOf('startxref', match.index);
    dictionaries.push(text.slice(match.index, end < 0 ? match.index + 4096 : end));
  }
  for (const match of text.matchAll(/\/Type\s*\/XRef\b/g)) {
    const start = text.lastIndexOf('obj', match.index);
    const end = text.indexOf('stream', match.index);
    dictionaries.push(text.slice(Math.max(0, start), end < 0 ? match.index + 4096 : end));
  }
  return dictionaries;
}

/** SECURITY: encrypted documents are refused for signing and not verified (their strings and streams are ciphertext). */
export function declaresEncryption(text: string): boolean {
  return trailerDictionaries(text).some((dictionary) => /\/Encrypt\b/.test(dictionary));
}

/** The largest /Size any trailer declares (0 when none is found). */
export function declaredXrefSize(text: string): number {
  let size = 0;
  for (const dictionary of trailerDictionaries(text)) {
    const match = /\/Size\s+(\d+)/.exec(dictionary);
    if (match) size = Math.max(size, Number(match[1]));
  }
  return size;
}

/** Formats a date as a PDF date string in UTC, e.g. "D:20261128031500Z". */
export function pdfDate(date: Date): string {
  const iso = date.toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** Parses a PDF date string ("D:YYYYMMDDHHmmSS" with optional Z or ±HH'mm'); undefined when it is not one. */
export function parsePdfDate(value: string): Date | undefined {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(?:(\d{2})'?(\d{2})?'?)?)?/.exec(value.trim());
  if (!match) return undefined;
  const [
    ,
    year,
    month = '01',
    day = '01',
    hour = '00',
    minute = '00',
    second = '00',
    zone,
    zoneHours = '00',
    zoneMinutes = '00',
  ] = match;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second));
  const offsetMinutes = Number(zoneHours) * 60 + Number(zoneMinutes);
  const sign = zone === '-' ? -1 : zone === '+' ? 1 : 0;
  const date = new Date(utc - sign * offsetMinutes * 60_000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
