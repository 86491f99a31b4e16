/** newId: UUIDv7 in the uuid package's exact layout, unique and strictly increasing within a process. */
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { isId, newId } from './ids.ts';

/** The 16 bytes of an id. */
const bytesOf = (id: string) => Uint8Array.from(id.replaceAll('-', '').match(/../g) ?? [], (hex) => Number.parseInt(hex, 16));

describe('newId', () => {
  it('gives 20,000 distinct ids in strictly increasing order, version 7, RFC variant', () => {
    const ids = Array.from({ length: 20_000 }, newId);
    expect(new Set(ids).size).toBe(ids.length);
    for (let i = 1; i < ids.length; i++) expect(ids[i] > ids[i - 1]).toBe(true);
    for (const id of ids.slice(0, 500)) {
      expect(isId(id)).toBe(true);
      expect(id[14]).toBe('7');
      expect('89ab').toContain(id[19]);
    }
  });

  it('starts with the millisecond it was made in', () => {
    const before = Date.now();
    const id = newId();
    const ms = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
    expect(ms).toBeGreaterThanOrEqual(before);
    expect(ms).toBeLessThanOrEqual(Date.now() + 1);
  });

  it('lays out time, counter and random bits exactly as the uuid package does', () => {
    for (let i = 0; i < 200; i++) {
      const id = newId();
      const b = bytesOf(id);
      const msecs = Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16);
      const seq = ((b[6] & 0x0f) << 28) | (b[7] << 20) | ((b[8] & 0x3f) << 14) | (b[9] << 6) | (b[10] >>> 2);
      expect(v7({ msecs, seq, random: b })).toBe(id);
    }
  });
});
