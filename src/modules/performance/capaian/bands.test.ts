import { describe, expect, it } from 'vitest';
import { findBand, validateBandTable } from './bands.ts';
import type { BandDefinition } from './capaian.types.ts';

// §3.2 wp-eval-sakip "predikat capaian": ≥ 100, 75–<100, 55–<75, < 55 — lower bound inclusive.
const predikat: BandDefinition[] = [
  { code: 'KB', label: 'Kurang Berhasil', max: '55', color: '#c62828' },
  { code: 'CB', label: 'Cukup Berhasil', min: '55', max: '75', color: '#f9a825' },
  { code: 'B', label: 'Berhasil', min: '75', max: '100', color: '#2e7d32' },
  { code: 'SB', label: 'Sangat Berhasil', min: '100', color: '#1565c0' },
];
// §3.4 predikat evaluasi: half-open (lo, hi], so exactly 90.00 is A, not AA.
const evaluasi: BandDefinition[] = [
  { code: 'A', label: 'A', min: '80', max: '90', color: '#2e7d32' },
  { code: 'AA', label: 'AA', min: '90', max: '100', color: '#1565c0' },
];
const code = (bands: BandDefinition[], value: string, boundary?: 'min_inclusive' | 'max_inclusive') =>
  findBand(bands, value, boundary)?.code ?? null;

describe('band lookup at the edges', () => {
  it('§3.2 [min, max): 54.99 KB, 55 CB, 74.99 CB, 75 B, 99.99 B, 100 SB, open ends', () => {
    expect(['-10', '54.99', '55', '74.99', '75', '99.99', '100', '250'].map((v) => code(predikat, v))).toEqual([
      'KB',
      'KB',
      'CB',
      'CB',
      'B',
      'B',
      'SB',
      'SB',
    ]);
  });

  it('§3.4 (min, max]: exactly 90 is A, 90.01 is AA, 100 is AA, 80 and 100.01 are outside', () => {
    expect(['80', '80.01', '90', '90.01', '100', '100.01'].map((v) => code(evaluasi, v, 'max_inclusive'))).toEqual([
      null,
      'A',
      'A',
      'AA',
      'AA',
      null,
    ]);
  });

  it('a value outside a closed table or not a decimal has no band', () => {
    expect(code(evaluasi, '79')).toBeNull();
    expect(code(predikat, 'tinggi')).toBeNull();
  });
});

describe('band table validation', () => {
  const problemCodes = (bands: BandDefinition[]) => validateBandTable(bands).map((p) => p.code);

  it('accepts the §3.2 tables', () => {
    expect(validateBandTable(predikat)).toEqual([]);
    expect(validateBandTable(evaluasi)).toEqual([]);
  });

  it('reports a gap, an overlap, a wrong order and an open bound in the middle', () => {
    expect(problemCodes([predikat[0], { ...predikat[1], min: '56' }, predikat[2], predikat[3]])).toEqual(['gap']);
    expect(problemCodes([predikat[0], { ...predikat[1], min: '50' }, predikat[2], predikat[3]])).toEqual(['overlap']);
    expect(problemCodes([evaluasi[1], evaluasi[0]])).toEqual(['not_ordered']);
    expect(problemCodes([predikat[0], { ...predikat[1], max: null }, predikat[2]])).toEqual(['open_bound_inside']);
  });

  it('reports row problems with their index: empty table, codes, colours, numbers, empty intervals', () => {
    expect(problemCodes([])).toEqual(['empty']);
    const rows: BandDefinition[] = [
      { code: '', label: 'x', min: '0', max: '10', color: '#000000' },
      { code: 'A', label: 'x', min: '10', max: '20', color: 'red' },
      { code: 'A', label: 'x', min: '20', max: 'tiga puluh', color: '#ffffff' },
      { code: 'C', label: 'x', min: '40', max: '40', color: '#ffffff' },
    ];
    expect(validateBandTable(rows).map((p) => [p.code, p.index])).toEqual([
      ['missing_code', 0],
      ['invalid_color', 1],
      ['duplicate_code', 2],
      ['invalid_number', 2],
      ['empty_interval', 3],
    ]);
    expect(validateBandTable(rows)[0].message.en).toBeTruthy();
  });
});
