import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.ts';

describe('canonicalJson', () => {
  it('sorts keys at every depth, whatever the insertion order', () => {
    const a = { b: 1, a: { z: [3, { y: 1, x: 2 }], c: 'surat' } };
    const b = { a: { c: 'surat', z: [3, { x: 2, y: 1 }] }, b: 1 };
    expect(canonicalJson(a)).toBe('{"a":{"c":"surat","z":[3,{"x":2,"y":1}]},"b":1}');
    expect(canonicalJson(b)).toBe(canonicalJson(a));
  });

  it('sorts numeric-looking keys as text, unlike JavaScript property order', () => {
    expect(canonicalJson({ 10: 'a', 9: 'b', x: 'c' })).toBe('{"10":"a","9":"b","x":"c"}');
  });

  it('follows JSON.stringify for undefined, functions, dates and non-finite numbers', () => {
    const value = { gone: undefined, fn: () => 1, at: new Date('2026-01-02T03:04:05Z'), list: [undefined, Number.NaN], n: -0 };
    expect(canonicalJson(value)).toBe('{"at":"2026-01-02T03:04:05.000Z","list":[null,null],"n":0}');
  });

  it('writes scalars and empty values plainly', () => {
    expect([canonicalJson(null), canonicalJson('Bupati "Karanganyar"'), canonicalJson({}), canonicalJson([])]).toEqual([
      'null',
      '"Bupati \\"Karanganyar\\""',
      '{}',
      '[]',
    ]);
    expect(canonicalJson(undefined)).toBe('null');
  });
});
