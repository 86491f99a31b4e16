import { describe, expect, it } from 'vitest';
import { computeIdm, idmFromIndices, indicatorScoreProblems } from './idm.ts';
import { PAKISREJO_2018 } from './pakisrejo.fixture.ts';
import { DEFAULT_IDM_STATUSES, idmStatusFor, idmStatusSettingsProblems } from './status-settings.ts';

describe('computeIdm', () => {
  it('reproduces Pakisrejo 2018: IKS 0.7257, IKE 0.5333, IKL 0.6667 → 0.6419 Berkembang', () => {
    const result = computeIdm(PAKISREJO_2018);
    expect(result.display).toEqual({ IKS: '0.7257', IKE: '0.5333', IKL: '0.6667', IDM: '0.6419' });
    expect(result.status.label).toBe('Berkembang');
  });

  it('reproduces Pakisrejo 2019 from its published indices: 0.7434 Maju', () => {
    const result = idmFromIndices({ IKS: '0.6868', IKE: '0.7979', IKL: '0.7456' });
    expect(result.display.IDM).toBe('0.7434');
    expect(result.status.label).toBe('Maju');
    // Notes: Mandiri needs IKS + IKE + IKL > 3 × 0.8155 = 2.4465, i.e. 0.2162 more than 2.2303.
    expect(Number(result.exact.IDM) * 3).toBeCloseTo(2.2303, 10);
  });

  it('refuses scores outside 0–5, fractions, duplicates and an index without indicators', () => {
    const bad = [
      { id: 'a', index: 'IKS' as const, score: 6 },
      { id: 'b', index: 'IKS' as const, score: -1 },
      { id: 'c', index: 'IKE' as const, score: 2.5 },
      { id: 'c', index: 'IKE' as const, score: 2 },
    ];
    const problems = indicatorScoreProblems(bad);
    expect(problems.map((p) => p.split(':')[0])).toEqual(['a', 'b', 'c', 'c', 'IKL']);
    expect(() => computeIdm(bad)).toThrow(RangeError);
  });
});

describe('idmStatusFor with the default thresholds', () => {
  const cases: [string, string][] = [
    ['0', 'Sangat Tertinggal'],
    ['0.4907', 'Sangat Tertinggal'],
    ['0.49074', 'Sangat Tertinggal'],
    ['0.49075', 'Tertinggal'],
    ['0.4908', 'Tertinggal'],
    ['0.5989', 'Tertinggal'],
    ['0.5990', 'Berkembang'],
    ['0.7072', 'Berkembang'],
    ['0.7073', 'Maju'],
    ['0.8155', 'Maju'],
    ['0.8156', 'Mandiri'],
    ['1', 'Mandiri'],
  ];
  it.each(cases)('%s → %s', (idm, label) => {
    expect(idmStatusFor(idm).label).toBe(label);
  });

  it('follows tenant settings', () => {
    const settings = [
      { code: 'low', label: 'Rendah', alias: '', upTo: '0.5' },
      { code: 'high', label: 'Tinggi', alias: '', upTo: null },
    ];
    expect(idmStatusSettingsProblems(settings)).toEqual([]);
    expect([idmStatusFor('0.5', settings).code, idmStatusFor('0.5001', settings).code]).toEqual(['low', 'high']);
  });

  it('finds broken settings', () => {
    expect(idmStatusSettingsProblems(DEFAULT_IDM_STATUSES)).toEqual([]);
    const unsorted = [
      { code: 'a', label: 'a', alias: '', upTo: '0.6' },
      { code: 'b', label: 'b', alias: '', upTo: '0.5' },
      { code: 'c', label: 'c', alias: '', upTo: null },
    ];
    expect(idmStatusSettingsProblems(unsorted)).toHaveLength(1);
    expect(idmStatusSettingsProblems([{ code: 'a', label: 'a', alias: '', upTo: '0.5' }])).toHaveLength(1);
    expect(idmStatusSettingsProblems([])).toHaveLength(1);
  });
});
