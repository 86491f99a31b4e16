import { readFile } from 'node:fs/promises';

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Position of the end of an unquoted field that starts at `start`: the next comma, line break or end of text. */
function unquotedFieldEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length) {
    const char = text.charCodeAt(end);
    if (char === COMMA || char === LF || char === CR) break;
    end++;
  }
  return end;
}

/** Reads the quoted field that opens at `start` (on its quote); returns its value and the position after the closing quote. */
function readQuotedField(text: string, start: number): { value: string; next: number } {
  let value = '';
  let pos = start + 1;
  for (;;) {
    const quote = text.indexOf('"', pos);
    if (quote < 0) throw new SyntaxError(`CSV: unterminated quoted field at offset ${start}`);
    value += text.slice(pos, quote);
    if (text.charCodeAt(quote + 1) !== QUOTE) return { value, next: quote + 1 };
    value += '"';
    pos = quote + 2;
  }
}

/** Reads one record starting at `start`; returns its fields and the position of the next record. */
function readRecord(text: string, start: number): { fields: string[]; next: number } {
  const fields: string[] = [];
  let pos = start;
  for (;;) {
    if (text.charCodeAt(pos) === QUOTE) {
      const quoted = readQuotedField(text, pos);
      fields.push(quoted.value);
      pos = quoted.next;
    } else {
      const end = unquotedFieldEnd(text, pos);
      fields.push(text.slice(pos, end));
      pos = end;
    }
    const char = text.charCodeAt(pos);
    if (char === COMMA) {
      pos++;
      continue;
    }
    if (pos < text.length && char !== LF && char !== CR)
      throw new SyntaxError(`CSV: unexpected character after quoted field at offset ${pos}`);
    if (char === CR) pos++;
    if (text.charCodeAt(pos) === LF) pos++;
    return { fields, next: pos };
  }
}

/**
 * Parses CSV text (RFC 4180: quoted fields may hold commas, line breaks and doubled quotes) into records.
 * Like most real-world readers it keeps a stray quote inside an unquoted field as a literal character
 * (the Kemendagri data has names such as `Soka"an`), and it skips blank lines.
 */
export function* parseCsvRecords(text: string): Generator<string[]> {
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (pos < text.length) {
    const { fields, next } = readRecord(text, pos);
    pos = next;
    if (fields.length > 1 || fields[0] !== '') yield fields;
  }
}

/** Parses CSV text whose first record is a header into objects keyed by the header names. */
export function* parseCsvObjects(text: string): Generator<Record<string, string>> {
  let header: string[] | undefined;
  for (const fields of parseCsvRecords(text)) {
    if (!header) {
      header = fields;
      continue;
    }
    const row: Record<string, string> = {};
    for (const [index, column] of header.entries()) row[column] = fields[index] ?? '';
    yield row;
  }
}

/** Reads a UTF-8 CSV file with a header record and returns the rows (as objects) that `keep` accepts. */
export async function readCsvObjects(
  path: string,
  keep: (row: Record<string, string>) => boolean = () => true,
): Promise<Record<string, string>[]> {
  const rows: Record<string, string>[] = [];
  for (const row of parseCsvObjects(await readFile(path, 'utf8'))) if (keep(row)) rows.push(row);
  return rows;
}
