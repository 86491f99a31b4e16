/**
 * The digest of a stored capaian: a 53-bit hash (cyrb53, two independent 32-bit lanes) of the columns a recompute
 * decides, so a recompute reads one short text per row instead of eleven columns. A changed row keeps its digest
 * only with probability ~2⁻⁵³, and the engine version and settings hash are part of what is hashed.
 */

/** The compared columns are hashed in a fixed order with a separator no column contains (U+0001). */
const SEPARATOR = 0x01;
/** Null is distinguished from every string (which never holds U+0002). */
const NULL_MARK = 0x02;

/**
 * cyrb53 (public-domain algorithm by bryc: two multiplicative lanes mixed at the end) of the parts joined by the
 * separator, null parts as the null mark, streamed without building the joined string.
 */
function cyrb53OfParts(parts: readonly (string | null)[]): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (code: number) => {
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  };
  for (let p = 0; p < parts.length; p++) {
    if (p > 0) mix(SEPARATOR);
    const text = parts[p];
    if (text === null) mix(NULL_MARK);
    else for (let i = 0; i < text.length; i++) mix(text.charCodeAt(i));
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
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
  return cyrb53OfParts([
    row.state,
    row.value,
    row.raw,
    row.band,
    row.formula,
    row.realisasi,
    row.target_used,
    row.reason,
    row.detail,
    row.engine_version,
    row.settings_hash,
  ]).toString(36);
}
