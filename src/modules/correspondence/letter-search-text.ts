/** Pure text handling of letter search: one tokenizer and one stemmer for both databases, and the FTS5 query text. */
import { stemmer } from '@orama/stemmers/indonesian';

/** Longest word kept (PostgreSQL ignores words over 2047 bytes; nobody searches for such tokens). */
const MAX_WORD = 60;
/** Most words taken from a query; the rest is ignored. */
export const MAX_QUERY_TERMS = 8;
/** Upper bound of the text extracted from a PDF and indexed (characters). */
export const MAX_SCAN_TEXT = 200_000;

/** One query word and its Indonesian stem (equal when the stemmer leaves it alone). */
export interface SearchTerm {
  readonly word: string;
  readonly stem: string;
}

/**
 * The words of a text: diacritics removed, lower-cased, split on everything but letters and digits. Both databases
 * index these words (PostgreSQL's parser then sees only plain words, so it splits them exactly as FTS5 does).
 */
export function wordsOf(text: string): string[] {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return (words ?? []).filter((w) => w.length <= MAX_WORD);
}

/** The stem of one word: only pure-letter words are stemmed (PostgreSQL keeps numbers and mixed words verbatim). */
export function stemOf(word: string): string {
  return /^\p{L}+$/u.test(word) ? stemmer(word) : word;
}

/** The text as plain words, joined by spaces; what PostgreSQL's `indonesian` and `simple` configurations read. */
export function plainWords(text: string): string {
  return wordsOf(text).join(' ');
}

/**
 * What FTS5 indexes for a text: every word and, when it differs, its stem, mirroring PostgreSQL's
 * `to_tsvector('indonesian', …) || to_tsvector('simple', …)` so both databases match the same letters.
 */
export function indexedWords(text: string): string {
  const out: string[] = [];
  for (const word of wordsOf(text)) {
    out.push(word);
    const stem = stemOf(word);
    if (stem !== word) out.push(stem);
  }
  return out.join(' ');
}

/** The distinct words of a query (at most MAX_QUERY_TERMS), each with its stem; empty when nothing searchable. */
export function searchTerms(query: string): SearchTerm[] {
  const seen = new Set<string>();
  const terms: SearchTerm[] = [];
  for (const word of wordsOf(query)) {
    if (seen.has(word)) continue;
    seen.add(word);
    terms.push({ word, stem: stemOf(word) });
    if (terms.length === MAX_QUERY_TERMS) break;
  }
  return terms;
}

/**
 * SECURITY: the FTS5 MATCH text of the terms: `("word" OR "stem") AND …`. Terms hold only letters and digits
 * (wordsOf), and each is double-quoted, so user input never reaches FTS5 as query syntax (no NEAR, *, -, column:).
 */
export function ftsMatchText(terms: readonly SearchTerm[]): string {
  return terms.map((t) => (t.stem === t.word ? `"${t.word}"` : `("${t.word}" OR "${t.stem}")`)).join(' AND ');
}

/** Cuts extracted text to the indexed bound, at a word boundary when one is near. */
export function boundedText(text: string): string {
  if (text.length <= MAX_SCAN_TEXT) return text;
  const cut = text.slice(0, MAX_SCAN_TEXT);
  const space = cut.lastIndexOf(' ');
  return space > MAX_SCAN_TEXT - 100 ? cut.slice(0, space) : cut;
}
