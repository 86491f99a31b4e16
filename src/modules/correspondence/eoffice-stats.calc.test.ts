import { describe, expect, it } from 'vitest';
import {
  type DispositionFact,
  medianOf,
  monthlyLetterCounts,
  statsScopeOf,
  tallyByUnit,
  unitsBelow,
  utcWindowOfYear,
  zonedYearMonth,
} from './eoffice-stats.calc.ts';

describe('medianOf', () => {
  it('takes the middle value of an odd count, whatever the input order', () => {
    expect(medianOf([9, 1, 5])).toBe(5);
    expect(medianOf([7])).toBe(7);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(medianOf([10, 2, 4, 100])).toBe(7);
    expect(medianOf([1, 2])).toBe(1.5);
  });

  it('sorts numerically, not as text', () => {
    expect(medianOf([10, 9, 100])).toBe(10);
  });

  it('is null without values', () => {
    expect(medianOf([])).toBeNull();
  });
});

describe('month buckets in the tenant zone', () => {
  it('reads an instant in the zone: 31 March 18:00Z is 1 April in WIB but still March in UTC', () => {
    expect(zonedYearMonth('2026-03-31T18:00:00.000Z', 'Asia/Jakarta')).toEqual({ year: 2026, month: 4 });
    expect(zonedYearMonth('2026-03-31T18:00:00.000Z', 'UTC')).toEqual({ year: 2026, month: 3 });
    expect(zonedYearMonth('2026-03-31T16:59:59.000Z', 'Asia/Jakarta')).toEqual({ year: 2026, month: 3 });
  });

  it('counts incoming by zoned instant and outgoing by letter date, dropping other years', () => {
    const months = monthlyLetterCounts(
      2027,
      ['2026-12-31T17:30:00.000Z', '2026-12-31T16:30:00.000Z', '2027-03-31T18:00:00.000Z', '2027-12-31T17:00:00.000Z'],
      ['2027-01-05', '2027-04-30', '2026-12-31', '2028-01-01'],
      'Asia/Jakarta',
    );
    expect(months).toHaveLength(12);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[0]).toEqual({ month: 1, incoming: 1, outgoing: 1 });
    expect(months[2]).toEqual({ month: 3, incoming: 0, outgoing: 0 });
    expect(months[3]).toEqual({ month: 4, incoming: 1, outgoing: 1 });
    expect(months.reduce((n, m) => n + m.incoming, 0)).toBe(2);
    expect(months.reduce((n, m) => n + m.outgoing, 0)).toBe(2);
  });

  it('has a UTC window wide enough for any zone', () => {
    const window = utcWindowOfYear(2026);
    for (const edge of ['2025-12-31T10:00:00.000Z', '2026-12-31T23:59:59.000Z', '2027-01-01T13:00:00.000Z'])
      expect(edge >= window.from && edge < window.to, edge).toBe(true);
  });
});

function fact(overrides: Partial<DispositionFact>): DispositionFact {
  return {
    unitId: 'u1',
    status: 'terkirim',
    deadline: null,
    createdAt: '2026-05-01T00:00:00.000Z',
    completedAt: null,
    ...overrides,
  };
}

describe('tallyByUnit', () => {
  const sent = '2026-05-01T00:00:00.000Z';
  const hoursLater = (hours: number) => new Date(Date.parse(sent) + hours * 3_600_000).toISOString();

  it('counts open (overdue included), overdue before today only, completed; cancelled and rejected in neither', () => {
    const [tally] = tallyByUnit(
      [
        fact({ status: 'terkirim', deadline: '2026-05-09' }),
        fact({ status: 'dibaca', deadline: '2026-05-10' }),
        fact({ status: 'diteruskan', deadline: null }),
        fact({ status: 'selesai', deadline: '2026-05-01', completedAt: hoursLater(2) }),
        fact({ status: 'dibatalkan', deadline: '2026-05-01' }),
        fact({ status: 'ditolak', deadline: '2026-05-01' }),
      ],
      '2026-05-10',
    );
    expect(tally).toMatchObject({ open: 3, overdue: 1, completed: 1, responseCount: 1, medianResponseHours: 2 });
  });

  it('takes the median response over completed and closed dispositions, per unit', () => {
    const tallies = tallyByUnit(
      [
        fact({ unitId: 'a', status: 'ditindaklanjuti', completedAt: hoursLater(3) }),
        fact({ unitId: 'a', status: 'selesai', completedAt: hoursLater(1) }),
        fact({ unitId: 'a', status: 'ditindaklanjuti', completedAt: hoursLater(8) }),
        fact({ unitId: 'b', status: 'selesai', completedAt: hoursLater(1) }),
        fact({ unitId: 'b', status: 'ditindaklanjuti', completedAt: hoursLater(4.5) }),
        fact({ unitId: 'b', status: 'terkirim' }),
      ],
      '2026-05-02',
    );
    const byUnit = new Map(tallies.map((t) => [t.unitId, t]));
    expect(byUnit.get('a')).toMatchObject({ medianResponseHours: 3, responseCount: 3, completed: 3, open: 0 });
    expect(byUnit.get('b')).toMatchObject({ medianResponseHours: 2.75, responseCount: 2, completed: 2, open: 1 });
  });

  it('has no median when nothing is completed', () => {
    expect(tallyByUnit([fact({})], '2026-05-02')[0]).toMatchObject({ medianResponseHours: null, responseCount: 0 });
  });
});

describe('scope and unit subtrees', () => {
  it('gives admin, pencatat and arsiparis the whole tenant and anyone else the headed units', () => {
    for (const roles of [['admin'], ['pencatat'], ['arsiparis'], ['pimpinan', 'arsiparis']])
      expect(statsScopeOf(roles), roles.join()).toBe('tenant');
    for (const roles of [['pimpinan'], ['staf'], []]) expect(statsScopeOf(roles), roles.join()).toBe('headed');
  });

  it('collects a unit and everything below it, ignoring unknown roots', () => {
    const parentOf = new Map<string, string | null>([
      ['setda', null],
      ['bag-org', 'setda'],
      ['subbag', 'bag-org'],
      ['kominfo', null],
    ]);
    expect([...unitsBelow(['setda'], parentOf)].sort()).toEqual(['bag-org', 'setda', 'subbag']);
    expect([...unitsBelow(['bag-org', 'nope'], parentOf)].sort()).toEqual(['bag-org', 'subbag']);
    expect(unitsBelow([], parentOf).size).toBe(0);
  });
});
