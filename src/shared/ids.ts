/**
 * Application-generated ids: UUIDv7 (RFC 9562) as text, time-sortable and monotonic within a process. The uuid
 * package's v7 asks the platform for 16 random bytes per id (crypto.getRandomValues: ~7.6 µs each here, 30× the rest
 * of the work, paid on every request id and inserted row), so random bytes are drawn from a pool refilled 4 KiB at a
 * time; the layout and the monotonic rule are the same as uuid's (a 31-bit counter seeded randomly each millisecond).
 */

/** Random bytes drawn per refill (256 ids). */
const POOL_SIZE = 4096;
const pool = new Uint8Array(POOL_SIZE);
let poolAt = POOL_SIZE;

/** Two hex digits per byte value. */
const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** The millisecond of the last id and its counter (ids of one millisecond count up; a full counter moves time on). */
let lastMs = Number.NEGATIVE_INFINITY;
let counter = 0;

/** Offset into the pool of 16 fresh random bytes. */
function randomOffset(): number {
  if (poolAt + 16 > POOL_SIZE) {
    globalThis.crypto.getRandomValues(pool);
    poolAt = 0;
  }
  const at = poolAt;
  poolAt += 16;
  return at;
}

/** A new application-generated, time-sortable id (UUIDv7 as text), portable across SQLite and PostgreSQL. */
export function newId(): string {
  const r = randomOffset();
  const now = Date.now();
  if (now > lastMs) {
    counter = ((pool[r + 6] & 0x7f) << 24) | (pool[r + 7] << 16) | (pool[r + 8] << 8) | pool[r + 9];
    lastMs = now;
  } else {
    counter = (counter + 1) | 0;
    if (counter === 0) lastMs++;
  }
  const ms = lastMs;
  return (
    HEX[(ms / 0x10000000000) & 0xff] +
    HEX[(ms / 0x100000000) & 0xff] +
    HEX[(ms / 0x1000000) & 0xff] +
    HEX[(ms / 0x10000) & 0xff] +
    '-' +
    HEX[(ms / 0x100) & 0xff] +
    HEX[ms & 0xff] +
    '-' +
    HEX[0x70 | ((counter >>> 28) & 0x0f)] +
    HEX[(counter >>> 20) & 0xff] +
    '-' +
    HEX[0x80 | ((counter >>> 14) & 0x3f)] +
    HEX[(counter >>> 6) & 0xff] +
    '-' +
    HEX[((counter << 2) & 0xff) | (pool[r + 10] & 0x03)] +
    HEX[pool[r + 11]] +
    HEX[pool[r + 12]] +
    HEX[pool[r + 13]] +
    HEX[pool[r + 14]] +
    HEX[pool[r + 15]]
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when the text has the shape of an id Pamong generates. */
export function isId(text: string): boolean {
  return UUID.test(text);
}
