import { describe, expect, it } from 'vitest';
import { formatPercent, formatRounded, periodName, type Translate } from './dashboard-format.ts';

const t: Translate = (key, values) => `${key}${values ? JSON.stringify(values) : ''}`;

describe('dashboard formatting', () => {
  it('rounds a long decimal text for reading without losing the integer part', () => {
    expect(formatRounded('32.571428571428571428571', 'id-ID')).toBe('32,57');
    expect(formatRounded('12345678901234567.125', 'en-GB')).toBe('12,345,678,901,234,567.13');
    expect(formatRounded('tidak angka', 'id-ID')).toBe('tidak angka');
  });

  it('puts the locale decimal separator in a percent and a dash for a missing value', () => {
    expect(formatPercent('72.5', 'id-ID', t)).toBe('esakipDashboard.percent{"value":"72,5"}');
    expect(formatPercent(null, 'id-ID', t)).toBe('esakipDashboard.none');
  });

  it('names quarters, the year and months', () => {
    expect(periodName('Q3', 'id-ID', t)).toBe('esakipDashboard.period.Q3');
    expect(periodName(null, 'id-ID', t)).toBe('esakipDashboard.period.annual');
    expect(periodName('M03', 'id-ID', t)).toBe('Maret');
    expect(periodName('M13', 'id-ID', t)).toBe('M13');
  });
});
