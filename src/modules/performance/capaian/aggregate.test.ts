import { describe, expect, it } from 'vitest';
import { aggregateRealisasi } from './aggregate.ts';
import type { Aggregation, CapaianIndicator, PeriodRealisasi } from './capaian.types.ts';
import { ratioValue } from './ratio.ts';

const ind = (aggregation: Aggregation, extra: Partial<CapaianIndicator> = {}): CapaianIndicator => ({
  polarity: 'maximize',
  aggregation,
  ...extra,
});
const months: PeriodRealisasi[] = [
  { period: '2026-01', value: '0.1' },
  { period: '2026-02', value: '0.2' },
  { period: '2026-03', value: null },
  { period: '2026-04', value: '0.4' },
];

describe('aggregation over the periods up to the one assessed', () => {
  it('cumulative sums exactly (0.1 + 0.2 = 0.3, no float error) and stops at upTo', () => {
    expect(aggregateRealisasi(ind('cumulative'), { periods: months, upTo: '2026-02' })).toEqual({
      ok: true,
      value: '0.3',
      periodsUsed: ['2026-01', '2026-02'],
    });
  });

  it('cumulative refuses a missing period inside the scope (missing is not zero)', () => {
    expect(aggregateRealisasi(ind('cumulative'), { periods: months })).toMatchObject({
      ok: false,
      reason: 'missing_realisasi',
      detail: { periods: ['2026-03'] },
    });
  });

  it('last takes the latest filled value; average the mean of the filled ones', () => {
    expect(aggregateRealisasi(ind('last'), { periods: months, upTo: '2026-03' })).toMatchObject({
      value: '0.2',
      periodsUsed: ['2026-02'],
    });
    expect(aggregateRealisasi(ind('average'), { periods: months })).toMatchObject({
      value: '0.2333333333333333333333333333333333333333',
      periodsUsed: ['2026-01', '2026-02', '2026-04'],
    });
  });

  it('manual takes the assessed period as entered and refuses it when empty', () => {
    expect(aggregateRealisasi(ind('manual'), { periods: months, upTo: '2026-04' })).toMatchObject({ value: '0.4' });
    expect(aggregateRealisasi(ind('manual'), { periods: months, upTo: '2026-03' })).toMatchObject({
      reason: 'missing_realisasi',
    });
  });

  it('numerator/denominator take precedence over value: 23 of 50 desa → 46 (%), or 0.46 with multiplier 1', () => {
    const row = { period: 'Y', value: '40', numerator: '23', denominator: '50' };
    expect(aggregateRealisasi(ind('last'), { periods: [row] })).toMatchObject({ value: '46' });
    expect(aggregateRealisasi(ind('last', { ratioMultiplier: '1' }), { periods: [row] })).toMatchObject({ value: '0.46' });
  });

  it('a zero denominator, an unknown period, a duplicate period and a negative value are refused', () => {
    const zero = [{ period: 'Y', value: null, numerator: '3', denominator: '0' }];
    expect(aggregateRealisasi(ind('last'), { periods: zero })).toMatchObject({ reason: 'denominator_zero' });
    expect(aggregateRealisasi(ind('last'), { periods: months, upTo: '2025-12' })).toMatchObject({ reason: 'unknown_period' });
    const twice = [...months, { period: '2026-01', value: '1' }];
    expect(aggregateRealisasi(ind('last'), { periods: twice })).toMatchObject({
      reason: 'duplicate_period',
      detail: { periods: ['2026-01'] },
    });
    const negative = [{ period: 'Y', value: '-2' }];
    expect(aggregateRealisasi(ind('last'), { periods: negative })).toMatchObject({ reason: 'negative_realisasi' });
    expect(aggregateRealisasi(ind('last', { allowNegative: true }), { periods: negative })).toMatchObject({ value: '-2' });
  });

  it('an invalid value names its period even when a later period is assessed', () => {
    const rows = [
      { period: 'Q1', value: 'sepuluh' },
      { period: 'Q2', value: '5' },
    ];
    expect(aggregateRealisasi(ind('last'), { periods: rows })).toMatchObject({
      reason: 'invalid_number',
      detail: { period: 'Q1' },
    });
  });
});

describe('ratioValue', () => {
  it('is exact and refuses a zero denominator or non-decimals', () => {
    expect(ratioValue('1', '3', '300')).toEqual({ ok: true, value: '100' });
    expect(ratioValue('51', '64')).toEqual({ ok: true, value: '79.6875' });
    expect(ratioValue('5', '0')).toEqual({ ok: false, reason: 'denominator_zero' });
    expect(ratioValue('5', 'x')).toEqual({ ok: false, reason: 'invalid_number' });
  });
});
