import { describe, expect, it } from 'vitest';
import { childListStyle, letterFor, listLabel } from './list-labels.ts';

describe('listLabel', () => {
  it('numbers from 1 with a full stop', () => {
    expect([0, 1, 9].map((index) => listLabel('numbered', index))).toEqual(['1.', '2.', '10.']);
  });

  it('letters a. to z.', () => {
    expect(listLabel('lettered', 0)).toBe('a.');
    expect(listLabel('lettered', 1)).toBe('b.');
    expect(listLabel('lettered', 25)).toBe('z.');
  });

  it('continues after z. with doubled letters aa., bb., as Indonesian regulations do', () => {
    expect(listLabel('lettered', 26)).toBe('aa.');
    expect(listLabel('lettered', 27)).toBe('bb.');
    expect(listLabel('lettered', 51)).toBe('zz.');
    expect(listLabel('lettered', 52)).toBe('aaa.');
  });

  it('writes parenthesised numbers as 1) and bullets as one mark for every item', () => {
    expect(listLabel('parenthesised', 2)).toBe('3)');
    expect(listLabel('bullet', 0)).toBe(listLabel('bullet', 7));
    expect(listLabel('bullet', 0)).not.toMatch(/[0-9a-z]/);
  });

  it('rejects negative or fractional indexes', () => {
    expect(() => letterFor(-1)).toThrow(RangeError);
    expect(() => letterFor(1.5)).toThrow(RangeError);
  });
});

describe('childListStyle', () => {
  it('nests numbered → lettered → parenthesised, and bullets under bullets', () => {
    expect(childListStyle('numbered')).toBe('lettered');
    expect(childListStyle('lettered')).toBe('parenthesised');
    expect(childListStyle('bullet')).toBe('bullet');
  });
});
