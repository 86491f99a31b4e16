import { describe, expect, it } from 'vitest';
import { backoffMs, errorText, MAX_BACKOFF_MS, MAX_ERROR_LENGTH } from './backoff.ts';

describe('backoffMs', () => {
  it('doubles with each attempt', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4].map((a) => backoffMs(a, middle))).toEqual([2000, 4000, 8000, 16000]);
  });

  it('stays within ±20% of the base delay', () => {
    expect(backoffMs(3, () => 0)).toBe(6400);
    expect(backoffMs(3, () => 0.999999)).toBe(9600);
  });

  it('never waits longer than ten minutes plus jitter', () => {
    expect(backoffMs(30, () => 0.5)).toBe(MAX_BACKOFF_MS);
    expect(backoffMs(30, () => 1)).toBe(MAX_BACKOFF_MS * 1.2);
  });
});

describe('errorText', () => {
  it('keeps the error name and message', () => {
    expect(errorText(new TypeError('bad payload'))).toBe('TypeError: bad payload');
    expect(errorText('plain')).toBe('plain');
  });

  it('cuts very long messages', () => {
    const text = errorText(new Error('x'.repeat(10_000)));
    expect(text).toHaveLength(MAX_ERROR_LENGTH);
    expect(text.endsWith('…')).toBe(true);
  });
});
