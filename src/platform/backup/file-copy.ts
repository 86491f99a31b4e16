import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { type Storage, StorageNotFoundError } from '../storage/index.ts';
import { type BackedUpFile, BackupError, backedUpFilePath, hashInContentKey } from './manifest.ts';

/** The files a backup copied, and the keys it left out (in-flight temp uploads, objects deleted meanwhile). */
export interface CopiedFiles {
  files: BackedUpFile[];
  skipped: string[];
}

/**
 * Copies every content-addressed object of the store into `<dir>/files/<key>`, checking while it
 * streams that the bytes hash to the key. Keys of any other shape (S3 temp uploads under
 * `<tenant>/tmp/`) and keys that vanish between listing and reading are skipped and reported.
 */
export async function copyStorageToDir(storage: Storage, dir: string): Promise<CopiedFiles> {
  const files: BackedUpFile[] = [];
  const skipped: string[] = [];
  for await (const key of storage.list('')) {
    const expected = hashInContentKey(key);
    const copied = expected ? await copyOne(storage, key, backedUpFilePath(dir, key)) : undefined;
    if (!copied) {
      skipped.push(key);
      continue;
    }
    if (copied.sha256 !== expected) {
      throw new BackupError(
        `Isi berkas tidak cocok dengan kuncinya (stored file does not match its key): ${key} has sha256 ${copied.sha256}`,
      );
    }
    files.push({ key, ...copied });
  }
  files.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { files, skipped };
}

/** Streams one object to `file` while hashing it; undefined when the object is gone. */
async function copyOne(storage: Storage, key: string, file: string): Promise<{ sha256: string; bytes: number } | undefined> {
  let source: NodeJS.ReadableStream;
  try {
    source = await storage.stream(key);
  } catch (error) {
    if (error instanceof StorageNotFoundError) return undefined;
    throw error;
  }
  await mkdir(path.dirname(file), { recursive: true });
  const hash = createHash('sha256');
  let bytes = 0;
  async function* hashing(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
    for await (const chunk of chunks) {
      hash.update(chunk);
      bytes += chunk.byteLength;
      yield chunk;
    }
  }
  const readable = source instanceof Readable ? source : new Readable().wrap(source);
  try {
    await pipeline(readable, hashing, createWriteStream(file, { flags: 'wx' }));
  } catch (error) {
    await rm(file, { force: true });
    throw error;
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** What putting a backup's files back into storage did. */
export interface RestoredFiles {
  /** Objects written into storage. */
  restored: number;
  /** Objects that storage already held under the same content key, so were left as they were. */
  alreadyPresent: number;
  /** Bytes written. */
  bytes: number;
}

/** Puts every file of a (verified) backup back into storage; each must land under its original key. */
export async function restoreFilesToStorage(
  storage: Storage,
  dir: string,
  files: readonly BackedUpFile[],
): Promise<RestoredFiles> {
  const result: RestoredFiles = { restored: 0, alreadyPresent: 0, bytes: 0 };
  for (const file of files) {
    if (await storage.exists(file.key)) {
      result.alreadyPresent += 1;
      continue;
    }
    const tenantId = file.key.slice(0, file.key.indexOf('/'));
    const stored = await storage.put(tenantId, createReadStream(backedUpFilePath(dir, file.key)));
    if (stored.key !== file.key) {
      throw new BackupError(`Berkas pulih di kunci lain (restored file landed at ${stored.key}, expected ${file.key})`);
    }
    result.restored += 1;
    result.bytes += stored.size;
  }
  return result;
}
