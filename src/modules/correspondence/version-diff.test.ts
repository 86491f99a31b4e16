import { describe, expect, it } from 'vitest';
import { contentLines, diffLines } from './version-diff.ts';

describe('diffLines', () => {
  it('keeps common lines and marks a changed line as removed then added', () => {
    const diff = diffLines(['a', 'b', 'c'], ['a', 'x', 'c']);
    expect(diff).toEqual([
      { op: 'same', text: 'a' },
      { op: 'removed', text: 'b' },
      { op: 'added', text: 'x' },
      { op: 'same', text: 'c' },
    ]);
  });

  it('reports insertions and deletions at both ends', () => {
    expect(diffLines(['b'], ['a', 'b', 'c']).map((d) => d.op)).toEqual(['added', 'same', 'added']);
    expect(diffLines(['a', 'b', 'c'], ['b']).map((d) => d.op)).toEqual(['removed', 'same', 'removed']);
  });

  it('finds the longest common run, so an inserted paragraph does not mark the following ones as changed', () => {
    const older = ['p1', 'p2', 'p3', 'p4'];
    const newer = ['p1', 'new', 'p2', 'p3', 'p4'];
    const diff = diffLines(older, newer);
    expect(diff.filter((d) => d.op !== 'same')).toEqual([{ op: 'added', text: 'new' }]);
  });

  it('rebuilds both sides from the diff', () => {
    const older = ['x', 'y', 'z', 'y', 'x'];
    const newer = ['y', 'x', 'z', 'z', 'q'];
    const diff = diffLines(older, newer);
    expect(diff.filter((d) => d.op !== 'added').map((d) => d.text)).toEqual(older);
    expect(diff.filter((d) => d.op !== 'removed').map((d) => d.text)).toEqual(newer);
  });

  it('gives nothing but "same" for equal inputs and handles empty lists', () => {
    expect(diffLines(['a', 'b'], ['a', 'b']).every((d) => d.op === 'same')).toBe(true);
    expect(diffLines([], [])).toEqual([]);
    expect(diffLines([], ['a'])).toEqual([{ op: 'added', text: 'a' }]);
  });
});

describe('contentLines', () => {
  it('flattens nested content into path: value lines', () => {
    const lines = contentLines({ hal: 'Rapat', body: [{ kind: 'paragraph', text: 'Halo' }], tembusan: ['A'] });
    expect(lines).toEqual(['hal: Rapat', 'body[1].kind: paragraph', 'body[1].text: Halo', 'tembusan[1]: A']);
  });
});
