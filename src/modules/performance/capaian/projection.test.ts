import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  Aggregation,
  CapaianIndicator,
  CapaianSettings,
  CapaianTarget,
  PeriodRealisasi,
  Polarity,
} from './capaian.types.ts';
import { EXACT_KIT } from './numeric.ts';
import { type ProjectionResult, projectYearEnd } from './projection.ts';

const settings: CapaianSettings = {
  minimizeFormula: 'inverse_difference',
  cap: null,
  floor: '0',
  bands: [
    { code: 'merah', label: 'Merah', max: '70', color: '#d32f2f' },
    { code: 'hijau', label: 'Hijau', min: '70', color: '#388e3c' },
  ],
};
const quarterly = { periodsPerYear: 4, warningThreshold: '75' };
const ind = (aggregation: Aggregation): CapaianIndicator => ({ polarity: 'maximize', aggregation });
const quarters = (...values: (string | null)[]): PeriodRealisasi[] => values.map((value, i) => ({ period: `TW${i + 1}`, value }));
const target = (value: string) => ({ kind: 'number', value }) as const;

/** The projected realisasi, capaian and warning; fails the test when not projected. */
function summary(result: ProjectionResult) {
  if (result.state !== 'projected') throw new Error(`not projected: ${result.reason}`);
  return { method: result.method, realisasi: result.projectedRealisasi, capaian: result.capaian.value, warning: result.warning };
}

describe('year-end projection from the quarterly trend (early warning)', () => {
  it('§3.1 Sukajaya after TW I: run rate 8 × 4 = 32 of 64 → 50.00, warning', () => {
    expect(summary(projectYearEnd(ind('cumulative'), target('64'), { periods: quarters('8') }, settings, quarterly))).toEqual({
      method: 'cumulative_trend_through_origin',
      realisasi: '32',
      capaian: '50.00',
      warning: true,
    });
  });

  it('§3.1 Sukajaya after TW II: slope (8·1 + 20·2)/(1 + 4) = 9.6, × 4 = 38.4 of 64 → 60.00', () => {
    const result = summary(
      projectYearEnd(ind('cumulative'), target('64'), { periods: quarters('8', '12') }, settings, quarterly),
    );
    expect(result).toMatchObject({ realisasi: '38.4', capaian: '60.00', warning: true });
  });

  it('§3.1 Sukajaya after TW III: slope 153/14, × 4 = 43.71… of 64 → 68.30', () => {
    const result = summary(
      projectYearEnd(ind('cumulative'), target('64'), { periods: quarters('8', '12', '15') }, settings, quarterly),
    );
    expect(result.capaian).toBe('68.30');
    expect(result.realisasi.startsWith('43.714285714')).toBe(true);
  });

  it('§3.1 Sukajaya after TW IV: the actual 51 of 64 → 79.69, no warning at threshold 75', () => {
    const periods = quarters('8', '12', '15', '16');
    expect(summary(projectYearEnd(ind('cumulative'), target('64'), { periods }, settings, quarterly))).toEqual({
      method: 'actual',
      realisasi: '51',
      capaian: '79.69',
      warning: false,
    });
  });

  it('last value: least squares through (1, 70), (2, 74), (3, 75) gives 68 + 2.5·4 = 78 → 97.50 of 80', () => {
    const result = summary(
      projectYearEnd(ind('last'), target('80'), { periods: quarters('70', '74', '75') }, settings, quarterly),
    );
    expect(result).toMatchObject({ method: 'linear_trend_last', realisasi: '78', capaian: '97.50', warning: false });
  });

  it('last value: one observation is carried flat; gaps keep their period position', () => {
    expect(summary(projectYearEnd(ind('last'), target('80'), { periods: quarters('72') }, settings, quarterly)).realisasi).toBe(
      '72',
    );
    const gap = summary(projectYearEnd(ind('last'), target('80'), { periods: quarters('70', null, '74') }, settings, quarterly));
    expect(gap.realisasi).toBe('76');
  });

  it('average: trend 10, 20 fills 30, 40 → mean 25 of 25 → 100.00', () => {
    const result = summary(projectYearEnd(ind('average'), target('25'), { periods: quarters('10', '20') }, settings, quarterly));
    expect(result).toMatchObject({ method: 'linear_trend_average', realisasi: '25', capaian: '100.00' });
  });

  it('a falling trend never projects below zero for a unit without negatives', () => {
    expect(
      summary(projectYearEnd(ind('average'), target('10'), { periods: quarters('20', '5') }, settings, quarterly)).realisasi,
    ).toBe('6.25');
    expect(
      summary(projectYearEnd(ind('last'), target('10'), { periods: quarters('10', '2') }, settings, quarterly)).realisasi,
    ).toBe('0');
  });

  it('refuses manual aggregation, more periods than the year has, missing quarters and a bad threshold', () => {
    const reason = (result: ProjectionResult) => (result.state === 'not_computable' ? result.reason : result.state);
    expect(reason(projectYearEnd(ind('manual'), target('10'), { periods: quarters('5') }, settings, quarterly))).toBe(
      'not_projectable',
    );
    const five = quarters('1', '1', '1', '1', '1');
    expect(reason(projectYearEnd(ind('cumulative'), target('10'), { periods: five }, settings, quarterly))).toBe(
      'not_projectable',
    );
    const gap = quarters('1', null, '1');
    expect(reason(projectYearEnd(ind('cumulative'), target('10'), { periods: gap }, settings, quarterly))).toBe(
      'missing_realisasi',
    );
    const badThreshold = { periodsPerYear: 4, warningThreshold: 'tinggi' };
    expect(reason(projectYearEnd(ind('last'), target('10'), { periods: quarters('5') }, settings, badThreshold))).toBe(
      'invalid_settings',
    );
    expect(reason(projectYearEnd(ind('last'), target('0'), { periods: quarters('5') }, settings, quarterly))).toBe(
      'target_zero_ratio',
    );
  });

  it('§3.1 Sukajaya after TW III in the Exact arithmetic: the same 43.71… and 68.30 as decimal.js', () => {
    const periods = quarters('8', '12', '15');
    const exact = projectYearEnd(ind('cumulative'), target('64'), { periods }, settings, quarterly, EXACT_KIT);
    expect(exact).toEqual(projectYearEnd(ind('cumulative'), target('64'), { periods }, settings, quarterly));
    expect(summary(exact).capaian).toBe('68.30');
  });
});

/** A decimal of up to 4 places, negative too. */
const decimalText = fc
  .tuple(fc.integer({ min: -5_000_000, max: 50_000_000 }), fc.constantFrom(0, 1, 2, 4))
  .map(([units, places]) => {
    const text = (Math.abs(units) / 10 ** places).toFixed(places);
    return units < 0 ? `-${text}` : text;
  });
const projectionCase = fc.record({
  aggregation: fc.constantFrom<Aggregation>('cumulative', 'last', 'average', 'manual'),
  polarity: fc.constantFrom<Polarity>('maximize', 'minimize', 'stabilize'),
  allowNegative: fc.boolean(),
  perYear: fc.constantFrom(4, 12),
  values: fc.array(fc.option(decimalText, { nil: null, freq: 5 }), { minLength: 1, maxLength: 12 }),
  ratio: fc.option(fc.tuple(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 })), { nil: undefined }),
  target: decimalText,
  range: fc.option(fc.tuple(decimalText, decimalText), { nil: undefined }),
  minimizeFormula: fc.constantFrom<CapaianSettings['minimizeFormula']>('inverse_difference', 'ratio'),
  threshold: fc.constantFrom('75', '85.5', null),
});

describe('the projection in the Exact arithmetic (the dashboards)', () => {
  it('gives what decimal.js gives, result for result, reasons included', () => {
    fc.assert(
      fc.property(projectionCase, (c) => {
        const indicator: CapaianIndicator = { polarity: c.polarity, aggregation: c.aggregation, allowNegative: c.allowNegative };
        const annual: CapaianTarget = c.range
          ? { kind: 'range', min: c.range[0], max: c.range[1] }
          : { kind: 'number', value: c.target };
        const periods: PeriodRealisasi[] = c.values.map((value, i) =>
          c.ratio && i % 2 === 0
            ? { period: `P${i + 1}`, value: null, numerator: String(c.ratio[0]), denominator: String(c.ratio[1]) }
            : { period: `P${i + 1}`, value },
        );
        const options = { periodsPerYear: c.perYear, warningThreshold: c.threshold };
        const own = { ...settings, minimizeFormula: c.minimizeFormula };
        const decimal = projectYearEnd(indicator, annual, { periods }, own, options);
        expect(projectYearEnd(indicator, annual, { periods }, own, options, EXACT_KIT)).toEqual(decimal);
      }),
      { numRuns: 3000 },
    );
  });
});
