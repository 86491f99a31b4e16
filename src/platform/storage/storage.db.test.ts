import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalS3Server, startS3Server } from '../../../test/support/s3-server.ts';
import { newId } from '../../shared/ids.ts';
import { createStorage } from './index.ts';
import { createLocalDiskStorage } from './local-disk-storage.ts';
import { createS3Storage } from './s3-storage.ts';
import { describeStorageContract } from './storage.contract.ts';
import { StorageTooLargeError } from './storage.ts';

// Named .db.test so it runs in the integration projects; it needs no database, only a temp dir and s3rver.

let rootDir: string;
let s3: LocalS3Server;

beforeAll(async () => {
  rootDir = await mkdtemp(path.join(tmpdir(), 'pamong-storage-'));
  s3 = await startS3Server();
});

afterAll(async () => {
  await rm(rootDir, { recursive: true, force: true });
  await s3?.stop();
});

describeStorageContract('local disk', () => createLocalDiskStorage(rootDir));

describeStorageContract('S3 (s3rver)', () => createS3Storage({ ...s3, region: 'us-east-1', forcePathStyle: true }));

describe('local disk storage', () => {
  it('writes objects as files at their key under the root', async () => {
    const storage = createLocalDiskStorage(rootDir);
    const stored = await storage.put(newId(), Buffer.from('arsip'));
    const [tenantId, , shard, hash] = stored.key.split('/');
    expect(await readdir(path.join(rootDir, tenantId, 'sha256', shard))).toEqual([hash]);
  });

  it('leaves no temp file behind after an aborted or completed stream put', async () => {
    const storage = createLocalDiskStorage(rootDir);
    const tooLarge = storage.put(newId(), Readable.from([Buffer.alloc(600), Buffer.alloc(600)]), { maxBytes: 1000 });
    await expect(tooLarge).rejects.toBeInstanceOf(StorageTooLargeError);
    await storage.put(newId(), Readable.from([Buffer.from('selesai')]));
    expect(await readdir(path.join(rootDir, '.tmp'))).toEqual([]);
  });
});

describe('createStorage', () => {
  it('chooses the adapter the configuration names', async () => {
    const local = createStorage({ kind: 'local', dir: rootDir });
    const remote = createStorage({ kind: 's3', ...s3, region: 'us-east-1', forcePathStyle: true });
    expect([local.kind, remote.kind]).toEqual(['local', 's3']);
    const stored = await remote.put(newId(), Buffer.from('via config'));
    expect((await remote.get(stored.key)).toString()).toBe('via config');
  });
});
