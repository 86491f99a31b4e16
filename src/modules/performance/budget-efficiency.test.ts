import { describe, expect, it } from 'vitest';
import { DEFAULT_EFFICIENCY_SETTINGS, efficiencySettingsProblems, efficiencyStatus, serapan } from './budget-efficiency.ts';

describe('serapan', () => {
  it('is realisasi / pagu × 100 rounded half-up to 2 decimals', () => {
    expect(serapan('1000', '850')).toEqual({ computable: true, percent: '85.00' });
    expect(serapan('3', '2')).toEqual({ computable: true, percent: '66.67' });
    expect(serapan('8', '1')).toEqual({ computable: true, percent: '12.50' });
    // 1/800 = 0.125 % → half-up gives 0.13 (half-even would give 0.12)
    expect(serapan('800', '1')).toEqual({ computable: true, percent: '0.13' });
  });

  it('is exact on sums that floats get wrong', () => {
    expect(serapan('0.3', '0.3')).toEqual({ computable: true, percent: '100.00' });
    expect(serapan('300000000000000.01', '150000000000000.005')).toEqual({ computable: true, percent: '50.00' });
  });

  it('is not computable when pagu is 0', () => {
    expect(serapan('0', '10')).toEqual({ computable: false, reason: 'paguZero' });
    expect(serapan('0', '0')).toEqual({ computable: false, reason: 'paguZero' });
  });
});

describe('efficiencyStatus with the default bands (§3.3 Rule A)', () => {
  it.each([
    ['95', '85', 'efisien', '10.00'],
    ['80', '82', 'cukup_efisien', '-2.00'],
    ['70', '90', 'tidak_efisien', '-20.00'],
    ['90', '85', 'cukup_efisien', '5.00'],
    ['90.01', '85', 'efisien', '5.01'],
    ['80', '85', 'cukup_efisien', '-5.00'],
    ['79.99', '85', 'tidak_efisien', '-5.01'],
  ])('capaian %s, serapan %s → %s (Δ %s)', (capaian, s, status, delta) => {
    expect(efficiencyStatus(capaian, s, DEFAULT_EFFICIENCY_SETTINGS)).toEqual({ status, delta });
  });

  it('follows the tenant bands', () => {
    const strict = { efficientAbove: '0', fairFrom: '0' };
    expect(efficiencyStatus('95', '85', strict).status).toBe('efisien');
    expect(efficiencyStatus('85', '85', strict).status).toBe('cukup_efisien');
    expect(efficiencyStatus('84.99', '85', strict).status).toBe('tidak_efisien');
  });
});

describe('efficiencySettingsProblems', () => {
  it('accepts the defaults and refuses non-decimals and crossed bands', () => {
    expect(efficiencySettingsProblems(DEFAULT_EFFICIENCY_SETTINGS)).toEqual([]);
    expect(efficiencySettingsProblems({ efficientAbove: 'lima', fairFrom: '-5' })).toEqual([
      { field: 'efficientAbove', key: 'settingNotDecimal' },
    ]);
    expect(efficiencySettingsProblems({ efficientAbove: '5', fairFrom: '6' })).toEqual([
      { field: 'fairFrom', key: 'fairAboveEfficient' },
    ]);
  });
});
