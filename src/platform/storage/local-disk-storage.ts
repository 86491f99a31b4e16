import { randomUUID } from 'node:crypto';
import { createWriteStream, type Dirent } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isId } from '../../shared/ids.ts';
import { ContentMeter, isInMemory, meterBuffer, meteredChunks } from './content-hash.ts';
import {
  assertSafeKey,
  assertSafePrefix,
  assertTenantId,
  contentKey,
  isSafeKey,
  type PutData,
  type PutOptions,
  type Storage,
  StorageKeyError,
  StorageNotFoundError,
  type StoredObject,
} from './storage.ts';

/** Directory under the root holding partial uploads; it is not a tenant id, so it never appears in list(). */
const TEMP_DIR = '.tmp';

/** A Storage that keeps objects as files under `rootDir` (the default backend). */
export function createLocalDiskStorage(rootDir: string): Storage {
  return new LocalDiskStorage(path.resolve(rootDir));
}

class LocalDiskStorage implements Storage {
  readonly kind = 'local';
  private readonly tempDir: string;
  private readonly rootWithSep: string;

  constructor(private readonly root: string) {
    this.tempDir = path.join(root, TEMP_DIR);
    this.rootWithSep = root.endsWith(path.sep) ? root : root + path.sep;
  }

  async put(tenantId: string, data: PutData, opts: PutOptions = {}): Promise<StoredObject> {
    assertTenantId(tenantId);
    return isInMemory(data) ? this.putBytes(tenantId, data, opts.maxBytes) : this.putStream(tenantId, data, opts.maxBytes);
  }

  async get(key: string): Promise<Buffer> {
    const file = this.pathOf(key);
    try {
      return await readFile(file);
    } catch (error) {
      throw asNotFound(error, key);
    }
  }

  async stream(key: string): Promise<NodeJS.ReadableStream> {
    const file = this.pathOf(key);
    const handle = await open(file, 'r').catch((error: unknown) => {
      throw asNotFound(error, key);
    });
    if (!(await handle.stat()).isFile()) {
      await handle.close();
      throw new StorageNotFoundError(key);
    }
    return handle.createReadStream();
  }

  async exists(key: string): Promise<boolean> {
    return isFile(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    if (await isFile(file)) await rm(file, { force: true });
  }

  list(prefix: string): AsyncIterable<string> {
    assertSafePrefix(prefix);
    const startDir = prefix.includes('/') ? prefix.slice(0, prefix.lastIndexOf('/')) : '';
    return listKeys(this.root, startDir, prefix);
  }

  /** SECURITY: defence in depth beyond assertSafeKey — the resolved path must stay inside the root. */
  private pathOf(key: string): string {
    assertSafeKey(key);
    const resolved = path.resolve(this.root, ...key.split('/'));
    if (!resolved.startsWith(this.rootWithSep)) throw new StorageKeyError(key);
    return resolved;
  }

  private async newTempFile(): Promise<string> {
    await mkdir(this.tempDir, { recursive: true });
    return path.join(this.tempDir, randomUUID());
  }

  /** Moves a finished temp file into its content-addressed place (atomic rename on the same filesystem). */
  private async commit(tempFile: string, tenantId: string, sha256: string, size: number): Promise<StoredObject> {
    const key = contentKey(tenantId, sha256);
    const finalPath = this.pathOf(key);
    if (await isFile(finalPath)) {
      await rm(tempFile, { force: true });
    } else {
      await mkdir(path.dirname(finalPath), { recursive: true });
      await rename(tempFile, finalPath);
    }
    return { key, sha256, size };
  }

  private async putBytes(tenantId: string, data: Uint8Array, maxBytes?: number): Promise<StoredObject> {
    const { bytes, sha256, size } = meterBuffer(data, maxBytes);
    const key = contentKey(tenantId, sha256);
    if (await isFile(this.pathOf(key))) return { key, sha256, size };
    const tempFile = await this.newTempFile();
    try {
      await writeFile(tempFile, bytes, { flag: 'wx' });
      return await this.commit(tempFile, tenantId, sha256, size);
    } catch (error) {
      await rm(tempFile, { force: true });
      throw error;
    }
  }

  /** Streams into a temp file while hashing; on any failure (including too large) the temp file is removed. */
  private async putStream(tenantId: string, source: NodeJS.ReadableStream, maxBytes?: number): Promise<StoredObject> {
    const meter = new ContentMeter(maxBytes);
    const tempFile = await this.newTempFile();
    try {
      await pipeline(meteredChunks(source, meter), createWriteStream(tempFile, { flags: 'wx' }));
      return await this.commit(tempFile, tenantId, meter.digest(), meter.size);
    } catch (error) {
      await rm(tempFile, { force: true });
      throw error;
    }
  }
}

/** Walks the directory for `startDir` (a key prefix up to its last `/`), yielding safe keys that match. */
async function* listKeys(root: string, startDir: string, prefix: string): AsyncGenerator<string> {
  const entries = await readEntries(path.join(root, ...startDir.split('/').filter(Boolean)));
  for (const entry of entries) {
    const key = startDir ? `${startDir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      const inTenant = startDir !== '' || isId(entry.name);
      if (inTenant && (key.startsWith(prefix) || prefix.startsWith(`${key}/`))) yield* listKeys(root, key, prefix);
    } else if (entry.isFile() && key.startsWith(prefix) && isSafeKey(key)) {
      yield key;
    }
  }
}

/** Directory entries sorted by name (deterministic listing); a missing directory is empty. */
async function readEntries(dir: string): Promise<Dirent[]> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function asNotFound(error: unknown, key: string): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return isMissing(error) || code === 'EISDIR' ? new StorageNotFoundError(key) : error;
}
