import { describe, expect, it } from 'vitest';
import { PREDIKAT_88_2021 } from './lke-88-2021.ts';
import { predikatFor, predikatTableProblems } from './predikat.ts';
import type { PredikatTable } from './types.ts';

describe('predikatFor with the 88/2021 table (half-open (lo, hi])', () => {
  const cases: [string, string][] = [
    ['0', 'D'],
    ['0.01', 'D'],
    ['30.00', 'D'],
    ['30.01', 'C'],
    ['50.00', 'C'],
    ['50.01', 'CC'],
    ['60.00', 'CC'],
    ['60.01', 'B'],
    ['70.00', 'B'],
    ['70.01', 'BB'],
    ['80.00', 'BB'],
    ['80.01', 'A'],
    ['90.00', 'A'],
    ['90.01', 'AA'],
    ['100', 'AA'],
  ];
  it.each(cases)('%s → %s', (total, code) => {
    expect(predikatFor(total, PREDIKAT_88_2021).code).toBe(code);
  });

  it('rounds half up to 2 decimals first, so the predikat matches the total shown', () => {
    expect(predikatFor('90.004999', PREDIKAT_88_2021).code).toBe('A');
    expect(predikatFor('90.005', PREDIKAT_88_2021).code).toBe('AA');
  });

  it('refuses values outside 0..100', () => {
    expect(() => predikatFor('-0.01', PREDIKAT_88_2021)).toThrow(RangeError);
    expect(() => predikatFor('100.01', PREDIKAT_88_2021)).toThrow(RangeError);
  });

  it('carries the label and interpretation text', () => {
    const b = predikatFor('67.44', PREDIKAT_88_2021);
    expect(b.label).toBe('Baik');
    expect(b.interpretation).toContain('eselon 2');
  });
});

describe('predikatTableProblems', () => {
  const band = (code: string, lo: string, hi: string) => ({ code, label: code, lo, hi, interpretation: '' });

  it('accepts the 88/2021 table', () => {
    expect(predikatTableProblems(PREDIKAT_88_2021)).toEqual([]);
  });

  it('finds gaps, overlaps, duplicates and a range not covering 0..100', () => {
    const codes = (t: PredikatTable) => predikatTableProblems(t).map((p) => p.code);
    expect(codes([band('X', '0', '40'), band('Y', '50', '100')])).toEqual(['gap_or_overlap']);
    expect(codes([band('X', '0', '60'), band('Y', '50', '100')])).toEqual(['gap_or_overlap']);
    expect(codes([band('X', '0', '50'), band('X', '50', '100')])).toEqual(['duplicate_code']);
    expect(codes([band('X', '10', '50'), band('Y', '50', '90')])).toEqual(['not_from_zero', 'not_to_100']);
    expect(codes([])).toEqual(['empty']);
  });
});
