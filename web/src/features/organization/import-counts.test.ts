import { describe, expect, it } from 'vitest';
import { countsFromJobResult } from './import-counts.ts';

describe('countsFromJobResult', () => {
  it('reads flat and nested counts', () => {
    const counts = { units: 3, positions: 5, employees: 7, assignments: 6 };
    expect(countsFromJobResult(counts)).toEqual(counts);
    expect(countsFromJobResult({ counts })).toEqual(counts);
  });

  it('returns null when the result carries no counts', () => {
    expect(countsFromJobResult(null)).toBeNull();
    expect(countsFromJobResult({ message: 'ok' })).toBeNull();
  });
});
