/**
 * Finds merged-cell ranges in an XLSX file without letting exceljs expand them. exceljs creates every cell of a
 * merge range, so a whole-column merge costs seconds (the parsers ignore the node); this reads the worksheet
 * parts of the zip directly (central directory + inflateRaw, bounded output) and lists their `<mergeCell>` refs.
 */
import { inflateRawSync } from 'node:zlib';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
// SECURITY: a zip bomb stops here instead of filling memory.
const MAX_PART_BYTES = 64 * 1024 * 1024;
const WORKSHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]{1,3}\d{1,7}(?::[A-Z]{1,3}\d{1,7})?)"/g;

/** The merged ranges of every worksheet of the file (e.g. ['A2:A5']); empty when none or unreadable. */
export function mergedRanges(file: Buffer): string[] {
  const entries = centralEntries(file);
  const ranges: string[] = [];
  for (const entry of entries) {
    if (!WORKSHEET_PART.test(entry.name)) continue;
    const xml = partText(file, entry);
    if (xml === null) continue;
    for (const match of xml.matchAll(MERGE_REF)) ranges.push(match[1] ?? '');
  }
  return ranges;
}

interface Entry {
  name: string;
  method: number;
  size: number;
  offset: number;
}

function centralEntries(file: Buffer): Entry[] {
  const start = Math.max(0, file.length - 65_557);
  let eocd = -1;
  for (let at = file.length - 22; at >= start; at--)
    if (file.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  if (eocd < 0) return [];
  const count = file.readUInt16LE(eocd + 10);
  let at = file.readUInt32LE(eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count && at + 46 <= file.length && file.readUInt32LE(at) === CENTRAL; i++) {
    const nameLength = file.readUInt16LE(at + 28);
    const skip = nameLength + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
    entries.push({
      name: file.toString('utf8', at + 46, at + 46 + nameLength),
      method: file.readUInt16LE(at + 10),
      size: file.readUInt32LE(at + 20),
      offset: file.readUInt32LE(at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

function partText(file: Buffer, entry: Entry): string | null {
  const at = entry.offset;
  if (at + 30 > file.length || file.readUInt32LE(at) !== LOCAL) return null;
  const dataStart = at + 30 + file.readUInt16LE(at + 26) + file.readUInt16LE(at + 28);
  const data = file.subarray(dataStart, dataStart + entry.size);
  try {
    if (entry.method === 0) return data.toString('utf8');
    if (entry.method === 8) return inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES }).toString('utf8');
  } catch {
    return null;
  }
  return null;
}
