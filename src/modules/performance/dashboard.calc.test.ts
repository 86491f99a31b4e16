import { describe, expect, it } from 'vitest';
import { DEFAULT_EFFICIENCY_SETTINGS } from './budget-efficiency.ts';
import {
  absorptionVsCapaian,
  budgetTotals,
  chronological,
  meanOf,
  type ProjectionInput,
  pickShownResult,
  projectionOf,
  quarterTrend,
  type StoredResult,
  summarise,
} from './dashboard.calc.ts';
import { DEFAULT_MEASUREMENT_SETTINGS } from './measurement-settings.ts';

const ok = (period: string, value: string, band: string | null = 'hijau'): StoredResult => ({
  period,
  state: 'computed',
  value,
  band,
  reason: null,
});
const failed = (period: string, reason = 'missing_realisasi'): StoredResult => ({
  period,
  state: 'not_computable',
  value: null,
  band: null,
  reason,
});
const RULES = { bands: DEFAULT_MEASUREMENT_SETTINGS.capaian.bands, boundary: 'min_inclusive' as const, decimals: 2 };

describe('chronological period order', () => {
  it('orders by end month, and Y > Q > S > M within December', () => {
    const keys = ['Y', 'M12', 'S2', 'Q4', 'M01', 'Q1', 'M03', 'S1', 'Q2', 'M06'];
    expect(chronological(keys.map((period) => ({ period }))).map((r) => r.period)).toEqual([
      'M01',
      'M03',
      'Q1',
      'M06',
      'S1',
      'Q2',
      'M12',
      'S2',
      'Q4',
      'Y',
    ]);
  });
});

describe('pickShownResult', () => {
  it.each([
    ['Y when computed', [ok('Q4', '80'), ok('Y', '85'), ok('Q1', '10')], 'Y'],
    ['the latest computed period when Y is not computable', [ok('Q1', '20'), ok('Q2', '50'), failed('Y')], 'Q2'],
    ['the latest computed month', [ok('M01', '5'), ok('M07', '40'), ok('M03', '15')], 'M07'],
    ['the latest not-computable row when nothing is computed', [failed('Q1'), failed('Q3', 'target_zero_ratio')], 'Q3'],
  ])('shows %s', (_name, rows, period) => {
    expect(pickShownResult(rows)?.period).toBe(period);
  });

  it('is null without stored results', () => {
    expect(pickShownResult([])).toBeNull();
  });
});

describe('quarterTrend', () => {
  it('takes Qn, else the quarter’s last month, else the semester ending with it (never Y)', () => {
    const monthly = quarterTrend([ok('M03', '20'), ok('M06', '45'), ok('M05', '1')]);
    expect(monthly.map((q) => q.result?.period ?? null)).toEqual(['M03', 'M06', null, null]);
    const semester = quarterTrend([ok('S1', '50'), ok('S2', '90')]);
    expect(semester.map((q) => q.result?.period ?? null)).toEqual([null, 'S1', null, 'S2']);
    const quarterly = quarterTrend([ok('Q1', '1'), ok('Q2', '2'), ok('Q3', '3'), ok('Q4', '4'), ok('Y', '4')]);
    expect(quarterly.map((q) => q.result?.period ?? null)).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(quarterTrend([ok('Y', '70')]).map((q) => q.result?.period ?? null)).toEqual([null, null, null, null]);
  });
});

describe('meanOf', () => {
  it('is the exact mean rounded half-up', () => {
    expect(meanOf(['0.1', '0.2'], 2)).toBe('0.15');
    expect(meanOf(['100', '50', '50'], 2)).toBe('66.67');
    expect(meanOf(['0.005', '0'], 2)).toBe('0.00'); // 0.0025 → 0.00
    expect(meanOf(['0.01', '0'], 2)).toBe('0.01'); // 0.005 → 0.01 (half-up)
    expect(meanOf([], 2)).toBeNull();
  });
});

describe('summarise', () => {
  it('counts indicators per band, not computable and without data, and bands the mean', () => {
    const shown = [
      ok('Y', '95', 'hijau'),
      ok('Q2', '75', 'kuning'),
      ok('Y', '60', 'merah'),
      failed('Y'),
      null,
      ok('Y', '91', 'hijau'),
    ];
    const summary = summarise(shown, RULES);
    expect(summary).toMatchObject({ indicators: 6, computed: 4, notComputable: 1, noData: 1, unbanded: 0 });
    // (95 + 75 + 60 + 91) / 4 = 80.25 → kuning (70–90)
    expect(summary.meanCapaian).toBe('80.25');
    expect(summary.band).toBe('kuning');
    expect(summary.bandCounts).toEqual([
      { code: 'merah', count: 1 },
      { code: 'kuning', count: 1 },
      { code: 'hijau', count: 2 },
    ]);
    expect(summary.periods).toEqual([
      { period: 'Q2', count: 1 },
      { period: 'Y', count: 4 },
    ]);
  });

  it('keeps band codes outside the table and counts computed values without a band', () => {
    const summary = summarise([ok('Y', '50', 'old'), ok('Y', '50', null)], RULES);
    expect(summary.bandCounts.at(-1)).toEqual({ code: 'old', count: 1 });
    expect(summary.unbanded).toBe(1);
  });

  it('has no mean or band when nothing is computed', () => {
    expect(summarise([failed('Y'), null], RULES)).toMatchObject({ meanCapaian: null, band: null, computed: 0 });
  });
});

describe('budget absorption against capaian', () => {
  it('sums pagu and every reported month exactly, and computes serapan', () => {
    const totals = budgetTotals([
      { pagu: '0.1', months: ['0.05', null, '0.05'] },
      { pagu: '0.2', months: Array(12).fill(null) },
    ]);
    expect(totals).toEqual({ lines: 2, pagu: '0.3', realisasi: '0.1', serapan: '33.33' });
    expect(budgetTotals([]).serapan).toBeNull();
  });

  it('gives Δ = capaian − serapan with the tenant’s bands, or nothing when either is missing', () => {
    expect(absorptionVsCapaian('95', '85.00', DEFAULT_EFFICIENCY_SETTINGS)).toEqual({ status: 'efisien', delta: '10.00' });
    expect(absorptionVsCapaian('70', '90', DEFAULT_EFFICIENCY_SETTINGS)).toEqual({ status: 'tidak_efisien', delta: '-20.00' });
    expect(absorptionVsCapaian(null, '90', DEFAULT_EFFICIENCY_SETTINGS)).toBeNull();
    expect(absorptionVsCapaian('90', null, DEFAULT_EFFICIENCY_SETTINGS)).toBeNull();
  });
});

describe('projectionOf (early warning)', () => {
  const input = (values: Record<string, string>, overrides: Partial<ProjectionInput> = {}): ProjectionInput => ({
    indicator: { polarity: 'maximize', aggregation: 'last' },
    annualTarget: { kind: 'number', value: '100' },
    periods: ['Q1', 'Q2', 'Q3', 'Q4'],
    realisasi: new Map(Object.entries(values).map(([period, value]) => [period, { value }])),
    settings: DEFAULT_MEASUREMENT_SETTINGS.capaian,
    warningBelow: '90',
    locale: 'id',
    ...overrides,
  });

  it('warns on a falling trend: 90, 80 → the line reaches 60 at Q4', () => {
    const result = projectionOf(input({ Q1: '90', Q2: '80' }));
    expect(result).toMatchObject({ state: 'projected', periodsObserved: 2, periodsPerYear: 4, warning: true });
    expect(result.state === 'projected' && Number(result.capaian)).toBe(60);
  });

  it('does not warn on a rising trend: 80, 90 → 110', () => {
    const result = projectionOf(input({ Q1: '80', Q2: '90' }));
    expect(result).toMatchObject({ state: 'projected', warning: false });
    expect(result.state === 'projected' && Number(result.capaian)).toBe(110);
  });

  it('follows the tenant threshold', () => {
    expect(projectionOf(input({ Q1: '90', Q2: '80' }, { warningBelow: '50' }))).toMatchObject({ warning: false });
  });

  it('explains why there is no projection', () => {
    expect(projectionOf(input({ Q1: '90' }, { annualTarget: null }))).toMatchObject({
      state: 'not_computable',
      reason: 'no_annual_target',
    });
    expect(projectionOf(input({}))).toMatchObject({ state: 'not_computable', reason: 'no_realisasi' });
    const cumulativeGap = projectionOf(input({ Q2: '5' }, { indicator: { polarity: 'maximize', aggregation: 'cumulative' } }));
    expect(cumulativeGap).toMatchObject({ state: 'not_computable', reason: 'missing_realisasi' });
    expect(cumulativeGap.state === 'not_computable' && cumulativeGap.message.length).toBeGreaterThan(0);
  });
});
