/** The period calendar and the lock rule of realisasi. */
import { describe, expect, it } from 'vitest';
import { isPeriodKey, periodEnd, periodLocksOn, periodStart, periodState, periodsOfFrequency } from './realization-periods.ts';

describe('realisasi periods', () => {
  it('lists the periods of each frequency in order', () => {
    expect(periodsOfFrequency('quarterly')).toEqual(['Q1', 'Q2', 'Q3', 'Q4']);
    expect(periodsOfFrequency('monthly')).toHaveLength(12);
    expect(periodsOfFrequency('monthly')[8]).toBe('M09');
    expect(periodsOfFrequency('semester')).toEqual(['S1', 'S2']);
    expect(periodsOfFrequency('yearly')).toEqual(['Y']);
  });

  it('knows the first and last day of each kind of period, leap years included', () => {
    expect([periodStart(2026, 'Q2'), periodEnd(2026, 'Q2')]).toEqual(['2026-04-01', '2026-06-30']);
    expect(periodEnd(2028, 'M02')).toBe('2028-02-29');
    expect(periodEnd(2026, 'M02')).toBe('2026-02-28');
    expect([periodStart(2026, 'S2'), periodEnd(2026, 'S2')]).toEqual(['2026-07-01', '2026-12-31']);
    expect([periodStart(2026, 'Y'), periodEnd(2026, 'Y')]).toEqual(['2026-01-01', '2026-12-31']);
  });

  it('accepts only well-formed keys', () => {
    for (const key of ['Q1', 'Q4', 'S2', 'M01', 'M12', 'Y']) expect(isPeriodKey(key)).toBe(true);
    for (const key of ['Q5', 'M13', 'M1', 'S3', 'y', '']) expect(isPeriodKey(key)).toBe(false);
  });

  it('locks a period the day after its grace days run out, across a year end', () => {
    expect(periodLocksOn(2026, 'Q1', 15)).toBe('2026-04-16');
    expect(periodLocksOn(2026, 'Q4', 15)).toBe('2027-01-16');
    const rule = { lockAfterDays: 15 };
    expect(periodState(2026, 'Q1', '2026-04-15', rule).state).toBe('open');
    expect(periodState(2026, 'Q1', '2026-04-16', rule)).toEqual({ state: 'locked', lockedSince: '2026-04-16' });
    expect(periodState(2026, 'Q3', '2026-06-30', rule)).toEqual({ state: 'not_started', startsOn: '2026-07-01' });
  });

  it('lets a reopening hold a locked period open through its last day, and no longer', () => {
    const rule = { lockAfterDays: 0, reopenedUntil: ['2026-05-01', '2026-05-10'] };
    expect(periodState(2026, 'Q1', '2026-05-10', rule)).toMatchObject({ state: 'open', reopenedUntil: '2026-05-10' });
    expect(periodState(2026, 'Q1', '2026-05-11', rule).state).toBe('locked');
  });
});
