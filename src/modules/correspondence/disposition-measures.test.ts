import { describe, expect, it } from 'vitest';
import { measureCompletions } from './disposition-measures.queries.ts';

const HOUR = 3_600_000;
/** A completion sent at `sent` and completed `hours` later. */
const done = (sent: string, hours: number) => ({
  sentAt: sent,
  completedAt: new Date(Date.parse(sent) + hours * HOUR).toISOString(),
});
const Q2 = { from: '2027-04-01', to: '2027-07-01' };

describe('measureCompletions', () => {
  it('counts completions by their completion day in the tenant zone (31 March 18:00Z is 1 April in WIB)', () => {
    const edge = done('2027-03-31T10:00:00.000Z', 8);
    expect(measureCompletions([edge], Q2, 'Asia/Jakarta').completedCount).toBe(1);
    expect(measureCompletions([edge], Q2, 'UTC').completedCount).toBe(0);
    const lastDay = done('2027-06-30T10:00:00.000Z', 6); // 30 June 23:00 WIB: still Q2
    const nextDay = done('2027-06-30T10:00:00.000Z', 7); // 1 July 00:00 WIB: Q3
    expect(measureCompletions([lastDay, nextDay], Q2, 'Asia/Jakarta').completedCount).toBe(1);
  });

  it('takes the exact median (odd and even counts) in days as a decimal string', () => {
    const odd = ['2027-04-02T01:00:00.000Z', '2027-04-03T01:00:00.000Z', '2027-04-04T01:00:00.000Z'];
    expect(measureCompletions([done(odd[0]!, 24), done(odd[1]!, 60), done(odd[2]!, 6)], Q2, 'Asia/Jakarta')).toEqual({
      completedCount: 3,
      medianDays: '1',
    });
    // 48 h and 72 h: the median is 60 h = 2.5 days.
    const even = measureCompletions([done(odd[0]!, 48), done(odd[1]!, 72)], Q2, 'Asia/Jakarta');
    expect(even.medianDays).toBe('2.5');
  });

  it('rounds the days half-up to two decimals only after taking the median, and says null for none', () => {
    // 8 h and 36 h: median 22 h = 0.91666… days → 0.92; 1 h = 0.041666… → 0.04; 7.2 min = 0.005 → 0.01 (half-up).
    const sent = '2027-05-10T01:00:00.000Z';
    expect(measureCompletions([done(sent, 8), done(sent, 36)], Q2, 'Asia/Jakarta').medianDays).toBe('0.92');
    expect(measureCompletions([done(sent, 1)], Q2, 'Asia/Jakarta').medianDays).toBe('0.04');
    expect(measureCompletions([done(sent, 0.12)], Q2, 'Asia/Jakarta').medianDays).toBe('0.01');
    expect(measureCompletions([], Q2, 'Asia/Jakarta')).toEqual({ completedCount: 0, medianDays: null });
  });
});
