import { describe, expect, it } from 'vitest';
import { batchProblems, deadlineFor, leadingFlags } from './disposition-batch.ts';

describe('disposition batch', () => {
  it('accepts one recipient without a leading mark, and marks it leading', () => {
    expect(batchProblems([{ positionId: 'p1' }], 'me')).toEqual([]);
    expect(leadingFlags([{ positionId: 'p1' }])).toEqual([true]);
  });

  it('needs exactly one leading recipient when there are several', () => {
    expect(batchProblems([{ positionId: 'p1' }, { positionId: 'p2' }], 'me')).toEqual([
      { field: 'to', message: 'correspondence.oneLeading' },
    ]);
    const two = [
      { positionId: 'p1', leading: true },
      { positionId: 'p2', leading: true },
    ];
    expect(batchProblems(two, 'me').map((p) => p.message)).toEqual(['correspondence.oneLeading']);
    const good = [{ positionId: 'p1', leading: true }, { positionId: 'p2' }];
    expect(batchProblems(good, 'me')).toEqual([]);
    expect(leadingFlags(good)).toEqual([true, false]);
  });

  it('refuses an empty batch, a position twice and the sender’s own position', () => {
    expect(batchProblems([], 'me').map((p) => p.message)).toEqual(['correspondence.noRecipients']);
    const problems = batchProblems([{ positionId: 'p1', leading: true }, { positionId: 'p1' }, { positionId: 'me' }], 'me');
    expect(problems).toEqual([
      { field: 'to.1.positionId', message: 'correspondence.duplicateRecipient' },
      { field: 'to.2.positionId', message: 'correspondence.selfDisposition' },
    ]);
  });
});

describe('deadline', () => {
  const now = new Date('2026-11-28T20:00:00Z'); // 29 November 03:00 in Jakarta
  it('keeps an explicit date', () => {
    expect(deadlineFor('2026-12-05', 24, now, 'Asia/Jakarta')).toBe('2026-12-05');
  });
  it('derives the date from the SLA hours in the tenant time zone', () => {
    expect(deadlineFor(undefined, 48, now, 'Asia/Jakarta')).toBe('2026-12-01');
    expect(deadlineFor(undefined, 48, now, 'UTC')).toBe('2026-11-30');
  });
  it('has none when the urgency has no SLA', () => {
    expect(deadlineFor(undefined, null, now, 'Asia/Jakarta')).toBeNull();
  });
});
