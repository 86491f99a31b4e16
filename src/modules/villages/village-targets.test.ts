/** Target rules of mandated results (domain notes §5.1: 8 % × 800 DTKS = 64 KK) and the capaian of verified quarters (§3.1). */
import { describe, expect, it } from 'vitest';
import type { CapaianSettings } from '../performance/index.ts';
import { quarterCapaian, yearCapaian } from './village-capaian.ts';
import { deriveTarget, ruleText } from './village-targets.ts';

/** A traffic-light band table like the tenant default (domain notes §3.2). */
const settings: CapaianSettings = {
  minimizeFormula: 'inverse_difference',
  cap: '120',
  floor: '0',
  roundingDecimals: 2,
  bands: [
    { code: 'merah', label: '< 70', min: null, max: '70', color: '#c92a2a' },
    { code: 'kuning', label: '70–90', min: '70', max: '90', color: '#e67700' },
    { code: 'hijau', label: '≥ 90', min: '90', max: null, color: '#2b8a3e' },
  ],
};
const poverty = { kind: 'percent_of_base', percent: '8', baseKey: 'dtks_households' } as const;

describe('target rules', () => {
  it.each([
    [poverty, 'KK', { dtks_households: '800' }, '64'],
    [poverty, 'KK', { dtks_households: '805' }, '64'], // 64.4 KK → whole households, half-up
    [poverty, 'KK', { dtks_households: '807' }, '65'], // 64.56 → 65
    [poverty, '%', { dtks_households: '805' }, '64.4'],
    [poverty, 'KK', {}, null],
    [{ kind: 'fixed', value: '14' } as const, '%', {}, '14'],
    [{ kind: 'none' } as const, 'KK', { dtks_households: '800' }, null],
  ])('%j of %s with %j → %s', (rule, unit, bases, expected) => {
    expect(deriveTarget(rule, unit, bases)).toBe(expected);
  });

  it('words the rule in Indonesian', () => {
    expect(ruleText(poverty, 'KK')).toBe('8% dari KK terdaftar DTKS');
  });
});

describe('capaian of verified quarters', () => {
  const sukajaya = {
    indicator: { polarity: 'maximize', aggregation: 'cumulative' } as const,
    yearTarget: '64',
    quarterTargets: {},
    verified: { Q1: '8', Q2: '12', Q3: '15', Q4: '16' },
  };

  it('gives Sukajaya 51 of 64 KK = 79.69 % for the year', () => {
    expect(yearCapaian(sukajaya, settings)).toEqual({ value: '79.69', band: 'kuning', upTo: 'Q4' });
  });

  it('uses cumulative quarter targets when set (TW II: 20 of 25 = 80 %)', () => {
    const withQuarters = { ...sukajaya, quarterTargets: { Q1: '10', Q2: '25', Q3: '45', Q4: '64' } };
    expect(quarterCapaian(withQuarters, 'Q2', settings)?.value).toBe('80.00');
  });

  it('shows no capaian for a quarter that is not verified, nor when an earlier one is missing', () => {
    const gap = { ...sukajaya, verified: { Q1: '8', Q3: '15' } };
    expect(quarterCapaian(gap, 'Q2', settings)).toBeNull();
    expect(quarterCapaian(gap, 'Q3', settings)).toBeNull();
    expect(yearCapaian(gap, settings)).toBeNull();
  });
});
