import { describe, expect, it } from 'vitest';
import { dateIn } from './disposition-batch.ts';
import {
  type DispositionFact,
  medianOf,
  monthBoundsUtc,
  monthlyLetterCounts,
  statsScopeOf,
  tallyByUnit,
  unitsBelow,
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

/** The month (1–12) whose bounds hold an instant, or null outside the year: what the database's CASE computes. */
function monthByBounds(bounds: readonly string[], instant: string): number | null {
  if (instant < (bounds[0] as string) || instant >= (bounds[12] as string)) return null;
  return bounds.findIndex((bound) => instant < bound);
}

describe('month bounds in the tenant zone', () => {
  it('start each month at local midnight: WIB, WITA and WIT are 7, 8 and 9 hours ahead of UTC', () => {
    expect(monthBoundsUtc(2026, 'Asia/Jakarta')[0]).toBe('2025-12-31T17:00:00.000Z');
    expect(monthBoundsUtc(2026, 'Asia/Jakarta')[3]).toBe('2026-03-31T17:00:00.000Z');
    expect(monthBoundsUtc(2026, 'Asia/Makassar')[12]).toBe('2026-12-31T16:00:00.000Z');
    expect(monthBoundsUtc(2026, 'Asia/Jayapura')[1]).toBe('2026-01-31T15:00:00.000Z');
    expect(monthBoundsUtc(2026, 'UTC')).toHaveLength(13);
  });

  it('follow a zone whose offset changes within the year (DST), month by month', () => {
    const berlin = monthBoundsUtc(2026, 'Europe/Berlin');
    expect(berlin[2]).toBe('2026-02-28T23:00:00.000Z');
    expect(berlin[3]).toBe('2026-03-31T22:00:00.000Z');
    expect(berlin[10]).toBe('2026-10-31T23:00:00.000Z');
  });

  it("place every instant in the month the zone's calendar gives it, edges included", () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'UTC', 'Europe/Berlin', 'America/St_Johns']) {
      const bounds = monthBoundsUtc(2026, zone);
      const instants = bounds.flatMap((bound) => [-1, 0, 1].map((ms) => new Date(Date.parse(bound) + ms).toISOString()));
      for (let day = 0; day < 400; day += 3)
        instants.push(new Date(Date.UTC(2025, 11, 25) + day * 86_400_000 + day * 997_000).toISOString());
      for (const instant of instants) {
        const [year, month] = dateIn(new Date(instant), zone).split('-').map(Number);
        expect(monthByBounds(bounds, instant), `${zone} ${instant}`).toBe(year === 2026 ? month : null);
      }
    }
  });

  it('count incoming by the months given and outgoing by letter date, dropping other years', () => {
    const months = monthlyLetterCounts(
      2027,
      new Map([
        [1, 1],
        [4, 3],
      ]),
      ['2027-01-05', '2027-04-30', '2026-12-31', '2028-01-01'],
    );
    expect(months).toHaveLength(12);
    expect(months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(months[0]).toEqual({ month: 1, incoming: 1, outgoing: 1 });
    expect(months[2]).toEqual({ month: 3, incoming: 0, outgoing: 0 });
    expect(months[3]).toEqual({ month: 4, incoming: 3, outgoing: 1 });
    expect(months.reduce((n, m) => n + m.outgoing, 0)).toBe(2);
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
