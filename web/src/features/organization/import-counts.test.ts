import { describe, expect, it } from 'vitest';
import { readImportOutcome } from './import-counts.ts';

const counts = { units: 3, positions: 5, employees: 7, assignments: 6 };
const none = { units: 0, positions: 0, employees: 0, assignments: 0 };

describe('readImportOutcome', () => {
  it('reads created and updated counts of a successful import', () => {
    const outcome = readImportOutcome({ ok: true, counts: { created: counts, updated: none }, problems: [] });
    expect(outcome).toEqual({ ok: true, created: counts, updated: none, problems: [] });
  });

  it('accepts flat counts as created', () => {
    expect(readImportOutcome({ counts }).created).toEqual(counts);
  });

  it('reports a refused import with its problems even though the job is done', () => {
    const problem = { sheet: 'Unit', row: 3, column: 'Kode', message: 'Kode ganda' };
    const outcome = readImportOutcome({ ok: false, problems: [problem] });
    expect(outcome.ok).toBe(false);
    expect(outcome.problems).toEqual([problem]);
  });

  it('treats an empty result as success without counts', () => {
    expect(readImportOutcome(null)).toEqual({ ok: true, created: null, updated: null, problems: [] });
  });
});
