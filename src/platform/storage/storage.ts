import { isId } from '../../shared/ids.ts';

/** What `Storage.put` returns: where the bytes now live and what they are. */
export interface StoredObject {
  key: string;
  sha256: string;
  size: number;
}

/** Options for `Storage.put`. */
export interface PutOptions {
  /** MIME type recorded with the object where the backend supports it (S3). */
  contentType?: string;
  /** Upper bound on the payload; larger payloads are refused with StorageTooLargeError and nothing is kept. */
  maxBytes?: number;
}

/** Bytes accepted by `Storage.put`: an in-memory buffer or a stream (hashed while it flows, never fully buffered). */
export type PutData = Buffer | Uint8Array | NodeJS.ReadableStream;

/** A content-addressed, tenant-prefixed file store (local disk by default, S3 at scale). */
export interface Storage {
  readonly kind: 'local' | 's3';
  /** Stores bytes content-addressed under the tenant: key = `${tenantId}/sha256/<first2>/<hash>`; idempotent. */
  put(tenantId: string, data: PutData, opts?: PutOptions): Promise<StoredObject>;
  /** The whole object; throws StorageNotFoundError when absent. */
  get(key: string): Promise<Buffer>;
  /** The object as a stream; throws StorageNotFoundError (before streaming) when absent. */
  stream(key: string): Promise<NodeJS.ReadableStream>;
  /** True when an object is stored under the key. */
  exists(key: string): Promise<boolean>;
  /** Removes the object; removing an absent object is not an error. */
  delete(key: string): Promise<void>;
  /** Keys under a prefix (`''` = everything, or e.g. `${tenantId}/`); order unspecified; used by backup. */
  list(prefix: string): AsyncIterable<string>;
}

/** A storage key or prefix was malformed or tried to escape its tenant (path traversal). */
export class StorageKeyError extends Error {
  readonly code = 'storage_key_invalid';
  constructor(readonly key: string) {
    super(`Kunci penyimpanan tidak valid (invalid storage key): ${JSON.stringify(key.slice(0, 200))}`);
    this.name = 'StorageKeyError';
  }
}

/** No object is stored under the key. */
export class StorageNotFoundError extends Error {
  readonly code = 'storage_not_found';
  constructor(readonly key: string) {
    super(`Berkas tidak ditemukan (object not found): ${key}`);
    this.name = 'StorageNotFoundError';
  }
}

/** The payload is larger than the `maxBytes` allowed for this put; nothing was stored. */
export class StorageTooLargeError extends Error {
  readonly code = 'storage_too_large';
  constructor(readonly maxBytes: number) {
    super(`Berkas melebihi batas ${maxBytes} bita (object exceeds ${maxBytes} bytes)`);
    this.name = 'StorageTooLargeError';
  }
}

/** S3's own limit on key length, applied to both backends so keys stay portable. */
const MAX_KEY_LENGTH = 1024;
const SEGMENT = /^[A-Za-z0-9._-]+$/;

/**
 * Throws StorageKeyError unless the key is `<tenant uuid>/<segment>/…` with segments of `[A-Za-z0-9._-]`.
 *
 * SECURITY: keys reach the filesystem and the S3 API, so path traversal is refused here: no `..`, no leading
 * `/`, no backslash, no NUL, no empty segment, and the first segment must be a tenant id (UUID text).
 * The local adapter additionally checks that the resolved path stays inside its root.
 */
export function assertSafeKey(key: string): void {
  if (!isSafeKey(key)) throw new StorageKeyError(key);
}

/** True when `assertSafeKey` would accept the key. */
export function isSafeKey(key: string): boolean {
  if (typeof key !== 'string' || key.length === 0 || key.length > MAX_KEY_LENGTH) return false;
  if (key.includes('..')) return false;
  const segments = key.split('/');
  if (segments.length < 2 || !isId(segments[0])) return false;
  return segments.every((segment) => SEGMENT.test(segment));
}

/**
 * Throws StorageKeyError unless the prefix is `''` (everything) or a safe key, optionally ending in `/`.
 * SECURITY: same rules as keys, so a listing can never walk outside the store.
 */
export function assertSafePrefix(prefix: string): void {
  if (prefix === '') return;
  const bare = prefix.endsWith('/') ? prefix.slice(0, -1) : prefix;
  if (isId(bare)) return;
  if (!isSafeKey(bare)) throw new StorageKeyError(prefix);
}

/** Throws StorageKeyError unless the tenant id is UUID text (it becomes the first key segment). */
export function assertTenantId(tenantId: string): void {
  if (typeof tenantId !== 'string' || !isId(tenantId)) throw new StorageKeyError(String(tenantId));
}

/** The content-addressed key of a tenant's object: `${tenantId}/sha256/<first2>/<hash>`. */
export function contentKey(tenantId: string, sha256: string): string {
  return `${tenantId}/sha256/${sha256.slice(0, 2)}/${sha256}`;
}
