/** What a recompute changes: rows compared with the stored digests, per indicator as they are computed or all at once. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffRows, digestsByIndicator, recomputeChanges } from './capaian-changes.ts';
import { capaianDigest } from './capaian-digest.ts';
import { inputIndicator, numberTarget, SUKAJAYA, verifiedRow } from './capaian-inputs.test-support.ts';
import { groupByIndicator } from './capaian-inputs.ts';
import { type CapaianRowValues, computeGroupedYearRows, computeYearRows, type YearInputs } from './capaian-rows.ts';
import { DEFAULT_MEASUREMENT_SETTINGS } from './measurement-settings.ts';

const settings = DEFAULT_MEASUREMENT_SETTINGS.capaian;
const stored = (row: CapaianRowValues) => ({ indicator_id: row.indicator_id, period: row.period, digest: capaianDigest(row) });
const grouped = (inputs: YearInputs) => ({
  indicators: inputs.indicators,
  targets: groupByIndicator(inputs.targets),
  verified: groupByIndicator(inputs.verified),
});
describe('diffRows', () => {
  it('leaves rows with the same digest alone, updates changed ones, inserts new ones and deletes the rest', () => {
    const before = computeYearRows(SUKAJAYA, settings);
    const after = computeYearRows({ ...SUKAJAYA, verified: SUKAJAYA.verified.slice(0, 3) }, settings);
    const gone = stored({ ...before[0], indicator_id: 'gone' });
    const existing = digestsByIndicator([...before.map(stored), stored({ ...before[0], period: 'Q9' }), gone]);
    const changes = diffRows(existing, after);
    expect(changes.unchanged).toBe(3);
    expect(changes.upserts.map((u) => [u.row.period, u.isNew, u.digest === capaianDigest(u.row)])).toEqual([
      ['Q4', false, true],
      ['Y', false, true],
    ]);
    expect(changes.deletes).toEqual([
      { indicator_id: 'kk', period: 'Q9' },
      { indicator_id: 'gone', period: 'Q1' },
    ]);
    const fresh = diffRows(new Map(), after);
    expect(fresh.upserts.every((r) => r.isNew)).toBe(true);
    expect(fresh.deletes).toEqual([]);
  });

  it('deletes a stale row even when as many recomputed rows are new (counts only stored periods as matched)', () => {
    const rows = computeYearRows(SUKAJAYA, settings);
    const storedRows = [...rows.slice(1).map(stored), { ...stored(rows[0]), period: 'Q9' }];
    const changes = diffRows(digestsByIndicator(storedRows), rows);
    expect(changes.upserts.map((u) => [u.row.period, u.isNew])).toEqual([['Q1', true]]);
    expect(changes.deletes).toEqual([{ indicator_id: 'kk', period: 'Q9' }]);
  });

  it('takes only stored periods for stored rows, never a name every object inherits', () => {
    const [first] = computeYearRows(SUKAJAYA, settings);
    const odd = { ...first, period: 'constructor' };
    const changes = diffRows(digestsByIndicator([stored(first)]), [first, odd]);
    expect(changes.upserts.map((u) => [u.row.period, u.isNew])).toEqual([['constructor', true]]);
  });

  it('rewrites a row stored before digests existed (empty digest) even when its values are the same', () => {
    const rows = computeYearRows(SUKAJAYA, settings);
    const changes = diffRows(digestsByIndicator([{ ...stored(rows[0]), digest: '' }, ...rows.slice(1).map(stored)]), rows);
    expect(changes.upserts.map((u) => u.row.period)).toEqual(['Q1']);
  });
});

describe('recomputeChanges', () => {
  const months = ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08', 'M09', 'M10', 'M11', 'M12'];
  /** Three indicators of a year: a quarterly, a monthly and a yearly one, each with a yearly target. */
  const year: YearInputs = {
    indicators: [inputIndicator('kk', 'quarterly'), inputIndicator('mm', 'monthly'), inputIndicator('yy', 'yearly')],
    targets: [...SUKAJAYA.targets, numberTarget('mm', null, '120'), numberTarget('yy', null, '7')],
    verified: [...SUKAJAYA.verified, ...months.map((m, i) => verifiedRow('mm', m, String(i + 3))), verifiedRow('yy', 'Y', '6.5')],
  };

  it('gives what diffRows gives for all the rows, whatever is stored (changed, missing, stale or another indicator’s)', () => {
    const before = computeYearRows(year, settings);
    fc.assert(
      fc.property(
        fc.subarray([...year.verified]),
        fc.array(fc.constantFrom('keep', 'drop', 'blank', 'stale'), { minLength: before.length, maxLength: before.length }),
        fc.boolean(),
        (kept, fates, gone) => {
          const storedRows = before.flatMap((row, i) => {
            if (fates[i] === 'drop') return [];
            if (fates[i] === 'blank') return [{ ...stored(row), digest: '' }];
            if (fates[i] === 'stale') return [stored(row), { ...stored(row), period: `X${i}` }];
            return [stored(row)];
          });
          if (gone) storedRows.push({ ...stored(before[0]), indicator_id: 'gone' });
          const existing = digestsByIndicator(storedRows);
          const inputs = grouped({ ...year, verified: kept });
          expect(recomputeChanges(inputs, existing, settings)).toEqual(
            diffRows(existing, computeGroupedYearRows(inputs, settings)),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('counts the recomputed rows and their indicators, and finds nothing to write when nothing changed', () => {
    const rows = computeYearRows(year, settings);
    const changes = recomputeChanges(grouped(year), digestsByIndicator(rows.map(stored)), settings);
    expect(changes).toEqual({ upserts: [], deletes: [], unchanged: 5 + 13 + 1, results: 5 + 13 + 1, indicators: 3 });
  });

  it('keeps only the changed rows: one new realisasi changes its period and the later ones of that indicator', () => {
    const rows = computeYearRows({ ...year, verified: year.verified.filter((r) => r.period !== 'M12') }, settings);
    const changes = recomputeChanges(grouped(year), digestsByIndicator(rows.map(stored)), settings);
    expect(changes.upserts.map((u) => [u.row.indicator_id, u.row.period, u.isNew])).toEqual([
      ['mm', 'M12', false],
      ['mm', 'Y', false],
    ]);
    expect(changes.unchanged).toBe(17);
  });

  it('deletes every stored row of an indicator that gives no rows any more', () => {
    const rows = computeYearRows(year, settings);
    const withoutYy = { ...year, targets: year.targets.filter((t) => t.indicator_id !== 'yy') };
    const inputs = grouped({ ...withoutYy, verified: year.verified.filter((r) => r.indicator_id !== 'yy') });
    const changes = recomputeChanges(inputs, digestsByIndicator(rows.map(stored)), settings);
    expect(changes.deletes).toEqual([{ indicator_id: 'yy', period: 'Y' }]);
    expect(changes.indicators).toBe(2);
  });
});
