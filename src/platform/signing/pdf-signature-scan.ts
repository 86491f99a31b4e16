/**
 * Finds signature dictionaries by scanning the raw bytes for "/ByteRange [a b c d]" and the /Contents hex string
 * of the same dictionary. Scanning (rather than following the xref chain) sees every revision of an
 * incrementally updated file and still works on damaged files. Limitation: a signature dictionary stored inside
 * a compressed object stream is not seen (signers normally write it as a plain object, as ours does).
 */
import { parsePdfDate } from './pdf-bytes.ts';

/** A signature dictionary as found in the bytes, before any cryptographic check. */
export interface FoundSignature {
  readonly byteRange: readonly [number, number, number, number];
  /** The decoded /Contents (DER CMS plus zero padding), when a hex string was found. */
  readonly contents?: Buffer;
  /** The gap the ByteRange leaves out is exactly this dictionary's /Contents hex string. */
  readonly gapIsContents: boolean;
  readonly subFilter: string;
  readonly claimedSigningTime?: Date;
  readonly fieldName?: string;
}

interface ObjectHeader {
  readonly position: number;
  readonly number: string;
  readonly generation: string;
}

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
const HEX_STRING = /^<[0-9A-Fa-f\s]*>$/;
const LITERAL_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

function objectHeaders(text: string): ObjectHeader[] {
  return [...text.matchAll(/(?<!\d)(\d+)\s+(\d+)\s+obj\b/g)].map((match) => ({
    position: match.index,
    number: match[1],
    generation: match[2],
  }));
}

/** The last object header before `position` (binary search over headers in file order). */
function enclosingHeader(headers: readonly ObjectHeader[], position: number): ObjectHeader | undefined {
  let low = 0;
  let high = headers.length - 1;
  let found: ObjectHeader | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (headers[middle].position < position) {
      found = headers[middle];
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/** Decodes string bytes as a PDF text string: UTF-16BE with a BOM, else PDFDocEncoding (≈ Latin-1). */
function decodeTextString(bytes: string): string {
  if (bytes.startsWith('\xfe\xff')) return Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le');
  return bytes;
}

function readLiteral(text: string, start: number): string {
  let depth = 0;
  let result = '';
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') {
      const next = text[++index] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(index, index + 3))?.[0];
      if (octal) {
        result += String.fromCharCode(Number.parseInt(octal, 8) & 0xff);
        index += octal.length - 1;
      } else if (next !== '\n' && next !== '\r') result += LITERAL_ESCAPES[next] ?? next;
      continue;
    }
    if (char === '(' && depth++ === 0) continue;
    if (char === ')' && --depth === 0) return result;
    result += char;
  }
  return result;
}

/** Reads the string value (literal or hex) of `key` in `dictionary`, decoded as a PDF text string. */
export function readStringEntry(dictionary: string, key: string): string | undefined {
  const match = new RegExp(`/${key}\\s*([(<])`).exec(dictionary);
  if (!match) return undefined;
  const start = match.index + match[0].length - 1;
  if (match[1] === '(') return decodeTextString(readLiteral(dictionary, start));
  const end = dictionary.indexOf('>', start);
  const hex = dictionary.slice(start + 1, end < 0 ? undefined : end).replace(/[^0-9A-Fa-f]/g, '');
  return decodeTextString(Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex').toString('latin1'));
}

function hexToBytes(hexString: string): Buffer {
  const hex = hexString.replace(/[^0-9A-Fa-f]/g, '');
  return Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex');
}

/** The /Contents of the dictionary: preferably the ByteRange gap itself, else the first /Contents hex string. */
function contentsOf(text: string, dictionary: string, range: readonly number[]): { contents?: Buffer; gapIsContents: boolean } {
  const gapStart = range[0] + range[1];
  const gapEnd = range[2];
  if (gapStart >= 0 && gapStart < gapEnd && gapEnd <= text.length) {
    const gap = text.slice(gapStart, gapEnd);
    if (HEX_STRING.test(gap) && /\/Contents\s*$/.test(text.slice(Math.max(0, gapStart - 32), gapStart))) {
      return { contents: hexToBytes(gap), gapIsContents: true };
    }
  }
  const match = /\/Contents\s*(<[0-9A-Fa-f\s]*>)/.exec(dictionary);
  return { contents: match ? hexToBytes(match[1]) : undefined, gapIsContents: false };
}

/** The /T of the field whose /V points at the signature object. */
function fieldNameOf(text: string, headers: readonly ObjectHeader[], signature: ObjectHeader | undefined): string | undefined {
  if (!signature) return undefined;
  const pattern = new RegExp(`/V\\s+${signature.number}\\s+${signature.generation}\\s+R\\b`, 'g');
  for (const match of text.matchAll(pattern)) {
    const field = enclosingHeader(headers, match.index);
    const end = text.indexOf('endobj', match.index);
    const name = field ? readStringEntry(text.slice(field.position, end < 0 ? undefined : end), 'T') : undefined;
    if (name !== undefined) return name;
  }
  return undefined;
}

/** Every signature dictionary in the file, in file order; the same ByteRange seen twice counts once. */
export function findSignatures(text: string): FoundSignature[] {
  const headers = objectHeaders(text);
  const seen = new Set<string>();
  const found: FoundSignature[] = [];
  for (const match of text.matchAll(BYTE_RANGE)) {
    const byteRange = [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])] as const;
    if (seen.has(byteRange.join(' '))) continue;
    seen.add(byteRange.join(' '));
    const header = enclosingHeader(headers, match.index);
    const end = text.indexOf('endobj', match.index);
    const dictionary = text.slice(header?.position ?? Math.max(0, match.index - 2048), end < 0 ? undefined : end);
    const claimed = readStringEntry(dictionary, 'M');
    found.push({
      byteRange,
      ...contentsOf(text, dictionary, byteRange),
      subFilter: /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(dictionary)?.[1] ?? '',
      claimedSigningTime: claimed ? parsePdfDate(claimed) : undefined,
      fieldName:
        fieldNameOf(text, headers, header) ?? (/\/FT\s*\/Sig\b/.test(dictionary) ? readStringEntry(dictionary, 'T') : undefined),
    });
  }
  return found;
}
