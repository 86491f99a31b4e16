import { describe, expect, it } from 'vitest';
import { autoWriteOf, periodsToCompute } from './auto-realization-rules.ts';
import { AUTO_SOURCE_KEYS, autoSourceOf, autoSources, isAutoSourceKey } from './auto-sources.ts';

const keys = (today: string, frequency: string) => periodsToCompute(today, frequency).map((p) => `${p.year}-${p.period}`);

describe('periodsToCompute', () => {
  it('takes the started quarters of the current year, with their days [from, to)', () => {
    expect(periodsToCompute('2027-08-15', 'quarterly')).toEqual([
      { year: 2027, period: 'Q1', from: '2027-01-01', to: '2027-04-01' },
      { year: 2027, period: 'Q2', from: '2027-04-01', to: '2027-07-01' },
      { year: 2027, period: 'Q3', from: '2027-07-01', to: '2027-10-01' },
    ]);
  });

  it('starts a quarter on its first day, not before', () => {
    expect(keys('2027-09-30', 'yearly')).toEqual(['2027-Q1', '2027-Q2', '2027-Q3']);
    expect(keys('2027-10-01', 'semester')).toEqual(['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4']);
  });

  it('adds the started months for a monthly indicator (February ends on its last day, leap years too)', () => {
    expect(keys('2028-03-01', 'monthly')).toEqual(['2028-Q1', '2028-M01', '2028-M02', '2028-M03']);
    const feb = periodsToCompute('2028-03-01', 'monthly').find((p) => p.period === 'M02');
    expect(feb).toMatchObject({ from: '2028-02-01', to: '2028-03-01' });
  });

  it('recomputes the previous year’s last quarter and December during the first seven days of January only', () => {
    expect(keys('2028-01-01', 'monthly')).toEqual(['2027-Q4', '2027-M12', '2028-Q1', '2028-M01']);
    expect(keys('2028-01-07', 'quarterly')).toEqual(['2027-Q4', '2028-Q1']);
    expect(keys('2028-01-08', 'quarterly')).toEqual(['2028-Q1']);
  });
});

describe('autoWriteOf', () => {
  const row = (source: string, status: string, value: string | null) => ({ source, status, value });
  it.each([
    ['no row, a value', undefined, '2.5', 'created'],
    ['no row, no value', undefined, null, 'no_data'],
    ['own submitted row, new value', row('eoffice', 'submitted', '3'), '2.5', 'updated'],
    ['own returned row, new value', row('eoffice', 'returned', '3'), '2.5', 'updated'],
    ['own row, same value', row('eoffice', 'submitted', '2.5'), '2.5', 'unchanged'],
    ['own row, no value now', row('eoffice', 'submitted', '2.5'), null, 'no_data'],
    ['own verified row', row('eoffice', 'verified', '3'), '2.5', 'protected'],
    ['a person’s draft', row('manual', 'draft', '9'), '2.5', 'protected'],
    ['a person’s submitted entry', row('manual', 'submitted', null), '2.5', 'protected'],
    ['an imported row', row('import', 'returned', '1'), '2.5', 'protected'],
  ] as const)('%s → %s', (_name, existing, value, expected) => {
    expect(autoWriteOf(existing, value)).toBe(expected);
  });
});

describe('auto source catalogue', () => {
  it('lists both e-Office sources with Indonesian and English labels, and reads the right measure', () => {
    expect(autoSources().map((s) => s.key)).toEqual([...AUTO_SOURCE_KEYS]);
    for (const s of autoSources()) expect(s.label.id && s.label.en && s.unitOfMeasure.id).toBeTruthy();
    const measures = { completedCount: 7, medianDays: '2.5' };
    expect(autoSourceOf('eoffice.disposition_median_days')?.valueOf(measures)).toBe('2.5');
    expect(autoSourceOf('eoffice.disposition_completed_count')?.valueOf(measures)).toBe('7');
    expect(autoSourceOf('eoffice.disposition_completed_count')?.valueOf({ completedCount: 0, medianDays: null })).toBe('0');
    expect(autoSourceOf('eoffice.disposition_median_days')?.valueOf({ completedCount: 0, medianDays: null })).toBeNull();
  });

  it('knows nothing else', () => {
    expect(isAutoSourceKey('eoffice.letters_in')).toBe(false);
    expect(autoSourceOf('toString')).toBeNull();
    expect(autoSourceOf(null)).toBeNull();
  });
});
