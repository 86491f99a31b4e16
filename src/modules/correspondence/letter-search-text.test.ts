import { describe, expect, it } from 'vitest';
import {
  boundedText,
  ftsMatchText,
  indexedWords,
  MAX_QUERY_TERMS,
  MAX_SCAN_TEXT,
  searchTerms,
  wordsOf,
} from './letter-search-text.ts';

describe('letter search text', () => {
  it('splits on everything but letters and digits, lower-cases and drops diacritics', () => {
    expect(wordsOf('Nomor 800/123/BKD/2026 — Perencanaan "Café"')).toEqual([
      'nomor',
      '800',
      '123',
      'bkd',
      '2026',
      'perencanaan',
      'cafe',
    ]);
  });

  it('indexes each word and its stem, and leaves numbers unstemmed', () => {
    const words = indexedWords('Merencanakan anggaran 2026').split(' ');
    expect(words).toContain('merencanakan');
    expect(words).toContain('rencana');
    expect(words).toContain('anggaran');
    expect(words).toContain('anggar');
    expect(words).toContain('2026');
  });

  it('turns FTS5 syntax into quoted plain words', () => {
    const match = ftsMatchText(searchTerms('rapat" OR NEAR(x* -y) col:z'));
    expect(match).toBe('"rapat" AND "or" AND "near" AND "x" AND "y" AND "col" AND "z"');
    expect(ftsMatchText(searchTerms('penganggaran'))).toBe('("penganggaran" OR "anggar")');
  });

  it('keeps distinct words and at most the bound', () => {
    const terms = searchTerms(Array.from({ length: 20 }, (_, i) => `kata${i} kata${i}`).join(' '));
    expect(terms).toHaveLength(MAX_QUERY_TERMS);
    expect(new Set(terms.map((t) => t.word)).size).toBe(MAX_QUERY_TERMS);
    expect(searchTerms('"*( -')).toEqual([]);
  });

  it('bounds extracted text', () => {
    expect(boundedText('kata '.repeat(100_000)).length).toBeLessThanOrEqual(MAX_SCAN_TEXT);
    expect(boundedText('pendek')).toBe('pendek');
  });
});
