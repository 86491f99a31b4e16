import { describe, expect, it } from 'vitest';
import { groupBy } from './collections.ts';

describe('groupBy', () => {
  it('groups items by key in their order, keeping the item or what `kept` picks of it', () => {
    const rows = [
      { id: 'a', at: 1 },
      { id: 'b', at: 2 },
      { id: 'a', at: 3 },
    ];
    expect([...groupBy(rows, (r) => r.id)]).toEqual([
      ['a', [rows[0], rows[2]]],
      ['b', [rows[1]]],
    ]);
    expect([
      ...groupBy(
        rows,
        (r) => r.id,
        (r) => r.at,
      ),
    ]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});
