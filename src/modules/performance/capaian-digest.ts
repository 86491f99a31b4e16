/**
 * The digest of a stored capaian: a 53-bit hash (cyrb53, two independent 32-bit lanes) of the columns a recompute
 * decides, so a recompute reads one short text per row instead of eleven columns. A changed row keeps its digest
 * only with probability ~2⁻⁵³, and the engine version and settings hash are part of what is hashed.
 */

/** The compared columns in a fixed order, joined by a separator no column contains (U+0001). */
const SEPARATOR = '\u0001';

/** cyrb53 of a string: two multiplicative lanes mixed at the end (public-domain algorithm by bryc). */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A value as text for the digest: null is distinguished from every string (which never holds U+0002). */
function part(value: string | null): string {
  return value ?? '\u0002';
}

/** The columns of a stored capaian that the digest covers. */
export interface DigestedColumns {
  readonly state: string;
  readonly value: string | null;
  readonly raw: string | null;
  readonly band: string | null;
  readonly formula: string | null;
  readonly realisasi: string | null;
  readonly target_used: string | null;
  readonly reason: string | null;
  readonly detail: string | null;
  readonly engine_version: string;
  readonly settings_hash: string | null;
}

/** The digest of a row's decided columns, in base 36 (≤ 11 characters). */
export function capaianDigest(row: DigestedColumns): string {
  const text = [
    row.state,
    part(row.value),
    part(row.raw),
    part(row.band),
    part(row.formula),
    part(row.realisasi),
    part(row.target_used),
    part(row.reason),
    part(row.detail),
    row.engine_version,
    part(row.settings_hash),
  ].join(SEPARATOR);
  return cyrb53(text).toString(36);
}
