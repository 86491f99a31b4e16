import { describe, expect, it } from 'vitest';
import { letterDate } from './number-dates.ts';
import {
  formatNumber,
  formatWithPlaceholders,
  insertionLetter,
  missingTokens,
  parseTemplate,
  renderSuffix,
  romanMonth,
  type TemplatePart,
  usesToken,
} from './number-template.ts';

function parts(template: string): readonly TemplatePart[] {
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`unexpected problems: ${JSON.stringify(parsed.problems)}`);
  return parsed.parts;
}

function problemsOf(template: string): string[] {
  const parsed = parseTemplate(template);
  return parsed.ok ? [] : parsed.problems.map((p) => p.message);
}

const values = { seq: 7, year: 2026, month: 3, kka: '000.8.3.3', unit: 'BKPSDM', jenis: 'SE', sifat: 'B' };

describe('number templates', () => {
  it('formats every token: KKA, URUT, UNIT, JENIS, MM, BULAN_ROMAWI, YYYY, YY, SIFAT and literal text', () => {
    const template = '{SIFAT}-{URUT}/{JENIS}/{KKA}/{UNIT}/{MM}/{BULAN_ROMAWI}/{YYYY}/{YY} x';
    expect(formatNumber(parts(template), values)).toBe('B-7/SE/000.8.3.3/BKPSDM/03/III/2026/26 x');
  });

  it('pads URUT with zeros to the requested width and never truncates longer sequences', () => {
    expect(formatNumber(parts('{URUT:4}/AGD/{YYYY}'), { ...values, seq: 12 })).toBe('0012/AGD/2026');
    expect(formatNumber(parts('{URUT:3}'), { ...values, seq: 12345 })).toBe('12345');
    expect(formatNumber(parts('NOMOR {URUT} TAHUN {YYYY}'), { ...values, seq: 23 })).toBe('NOMOR 23 TAHUN 2026');
  });

  it('writes the insertion suffix right after the sequence', () => {
    const suffix = renderSuffix('.A', insertionLetter(2));
    expect(formatNumber(parts('{KKA}/{URUT:2}/{UNIT}'), { ...values, seq: 15, suffix })).toBe('000.8.3.3/15.B/BKPSDM');
    expect(renderSuffix('a', 'C')).toBe('c');
    expect(renderSuffix('-A', 'A')).toBe('-A');
    expect(() => insertionLetter(27)).toThrow(RangeError);
  });

  it('writes every month in Roman numerals and YY with two digits', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(romanMonth).join(' ')).toBe('I II III IV V VI VII VIII IX X XI XII');
    expect(() => romanMonth(13)).toThrow(RangeError);
    expect(formatNumber(parts('{URUT}/{YY}'), { ...values, year: 2005 })).toBe('7/05');
  });

  it('refuses unknown tokens, a missing or repeated URUT, stray braces, bad padding and over-long templates', () => {
    expect(problemsOf('{KKA}/{NOMOR}/{YYYY}')).toContain('numbering.template.unknownToken');
    expect(problemsOf('{kka}/{URUT}')).toContain('numbering.template.unknownToken');
    expect(problemsOf('{KKA}/{UNIT}/{YYYY}')).toEqual(['numbering.template.missingUrut']);
    expect(problemsOf('{URUT}/{URUT}')).toEqual(['numbering.template.repeatedUrut']);
    expect(problemsOf('{URUT}/{YYYY')).toEqual(['numbering.template.strayBrace']);
    expect(problemsOf('{URUT}}')).toEqual(['numbering.template.strayBrace']);
    expect(problemsOf('{URUT:0}')).toContain('numbering.template.badPadding');
    expect(problemsOf('{YYYY:2}/{URUT}')).toContain('numbering.template.badPadding');
    expect(problemsOf(`{URUT}/${'X'.repeat(100)}`)).toContain('numbering.template.tooLong');
    expect(problemsOf('   ')).toEqual(['numbering.template.empty']);
    expect(problemsOf('{URUT}\n')).toContain('numbering.template.controlCharacter');
    expect(problemsOf(`{URUT}/${'X'.repeat(93)}`)).toEqual([]);
  });

  it('names the tokens a number lacks a value for, and which tokens a template shows', () => {
    const surat = parts('{KKA}/{URUT}/{UNIT}/{JENIS}');
    expect(missingTokens(surat, { seq: 1, year: 2026, month: 1 }).sort()).toEqual(['JENIS', 'KKA', 'UNIT']);
    expect(missingTokens(surat, values)).toEqual([]);
    expect(() => formatNumber(surat, { seq: 1, year: 2026, month: 1 })).toThrow();
    expect(usesToken(surat, 'JENIS')).toBe(true);
    expect(usesToken(parts('{URUT} TAHUN {YYYY}'), 'JENIS')).toBe(false);
  });
});

describe('letter dates', () => {
  it('takes the year of a calendar date as written, so 31 December and 1 January fall in different years', () => {
    expect(letterDate('2026-12-31', 'Asia/Jakarta')).toEqual({ isoDate: '2026-12-31', year: 2026, month: 12 });
    expect(letterDate('2027-01-01', 'Asia/Jakarta')).toEqual({ isoDate: '2027-01-01', year: 2027, month: 1 });
  });

  it('reads an instant in the tenant time zone (17:30 UTC on 31 December is already 2027 in WIB, not in UTC)', () => {
    expect(letterDate('2026-12-31T17:30:00Z', 'Asia/Jakarta')?.year).toBe(2027);
    expect(letterDate('2026-12-31T17:30:00Z', 'UTC')?.year).toBe(2026);
  });

  it('refuses dates that do not exist or are not dates', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '31-12-2026', 'besok', '0026-01-01'])
      expect(letterDate(bad, 'Asia/Jakarta'), bad).toBeUndefined();
  });
});

describe('placeholders for numbers nobody wrote', () => {
  it('keeps tokens without a value as written and fills the rest', () => {
    const surat = parts('{KKA}/{URUT:3}/{UNIT}/{YYYY}');
    expect(formatWithPlaceholders(surat, { seq: 16, year: 2026, month: 1, unit: 'DISKOMINFO' })).toBe(
      '{KKA}/016/DISKOMINFO/2026',
    );
  });
});
