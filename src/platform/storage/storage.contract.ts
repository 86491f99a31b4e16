import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids.ts';
import { type Storage, StorageKeyError, StorageNotFoundError, StorageTooLargeError } from './storage.ts';

const MiB = 1024 * 1024;

function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function listAll(storage: Storage, prefix: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of storage.list(prefix)) keys.push(key);
  return keys;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/** Emits `total` bytes in 64 KiB chunks without holding them all (a stand-in for an upload stream). */
function chunkedStream(bytes: Buffer, chunkSize = 64 * 1024): Readable {
  let offset = 0;
  return new Readable({
    read() {
      if (offset >= bytes.length) return void this.push(null);
      this.push(bytes.subarray(offset, offset + chunkSize));
      offset += chunkSize;
    },
  });
}

/**
 * The behaviour every Storage adapter must show. `makeStorage` is called once per test and may share a
 * backing store between calls: each test uses fresh tenant ids, so tests never see each other's objects.
 */
export function describeStorageContract(name: string, makeStorage: () => Storage | Promise<Storage>): void {
  describe(`Storage contract: ${name}`, () => {
    it('returns the bytes it stored, under a tenant-prefixed sha256 key', async () => {
      const storage = await makeStorage();
      const tenantId = newId();
      const bytes = Buffer.from('Surat Keputusan Bupati Nomor 1 Tahun 2025');
      const stored = await storage.put(tenantId, bytes, { contentType: 'text/plain' });
      const hash = sha256Of(bytes);
      expect(stored).toEqual({ key: `${tenantId}/sha256/${hash.slice(0, 2)}/${hash}`, sha256: hash, size: bytes.length });
      expect(await storage.get(stored.key)).toEqual(bytes);
      expect(await readAll(await storage.stream(stored.key))).toEqual(bytes);
    });

    it('accepts a plain Uint8Array as well as a Buffer', async () => {
      const storage = await makeStorage();
      const bytes = new Uint8Array([1, 2, 3, 250]);
      const stored = await storage.put(newId(), bytes);
      expect(stored.sha256).toBe(sha256Of(bytes));
      expect([...(await storage.get(stored.key))]).toEqual([1, 2, 3, 250]);
    });

    it('stores the same bytes once, under the same key', async () => {
      const storage = await makeStorage();
      const tenantId = newId();
      const bytes = randomBytes(1000);
      const first = await storage.put(tenantId, bytes);
      const second = await storage.put(tenantId, Buffer.from(bytes));
      const third = await storage.put(tenantId, Readable.from([bytes]));
      expect(second).toEqual(first);
      expect(third).toEqual(first);
      expect(await listAll(storage, `${tenantId}/`)).toEqual([first.key]);
    });

    it('keeps the same bytes of different tenants under different keys', async () => {
      const storage = await makeStorage();
      const [tenantA, tenantB] = [newId(), newId()];
      const bytes = Buffer.from('laporan kinerja');
      const a = await storage.put(tenantA, bytes);
      const b = await storage.put(tenantB, bytes);
      expect(a.key).not.toBe(b.key);
      expect(a.key.startsWith(`${tenantA}/`)).toBe(true);
      expect(b.key.startsWith(`${tenantB}/`)).toBe(true);
      await storage.delete(a.key);
      expect(await storage.get(b.key)).toEqual(bytes);
    });

    it('stores a multi-MiB stream and hashes it on the way', async () => {
      const storage = await makeStorage();
      const tenantId = newId();
      const bytes = randomBytes(3 * MiB + 123);
      const stored = await storage.put(tenantId, chunkedStream(bytes), { contentType: 'application/pdf' });
      expect(stored.sha256).toBe(sha256Of(bytes));
      expect(stored.size).toBe(bytes.length);
      expect(sha256Of(await storage.get(stored.key))).toBe(stored.sha256);
      expect(await listAll(storage, `${tenantId}/`)).toEqual([stored.key]);
    });

    it('stores a stream larger than the in-memory threshold (via a temporary object where needed)', async () => {
      const storage = await makeStorage();
      const tenantId = newId();
      const bytes = randomBytes(9 * MiB);
      const stored = await storage.put(tenantId, chunkedStream(bytes, 256 * 1024));
      expect(stored).toMatchObject({ sha256: sha256Of(bytes), size: bytes.length });
      expect(sha256Of(await readAll(await storage.stream(stored.key)))).toBe(stored.sha256);
      expect(await listAll(storage, `${tenantId}/`)).toEqual([stored.key]);
    });

    it('refuses an in-memory payload over maxBytes and keeps nothing', async () => {
      const storage = await makeStorage();
      const tenantId = newId();
      await expect(storage.put(tenantId, randomBytes(2049), { maxBytes: 2048 })).rejects.toBeInstanceOf(StorageTooLargeError);
      expect(await listAll(storage, `${tenantId}/`)).toEqual([]);
      const exact = await storage.put(tenantId, randomBytes(2048), { maxBytes: 2048 });
      expect(exact.size).toBe(2048);
    });

    it.each([
      ['small', 200 * 1024, 100 * 1024],
      ['large', 12 * MiB, 10 * MiB],
    ])('aborts a %s stream over maxBytes with StorageTooLargeError and keeps nothing', async (_size, total, maxBytes) => {
      const storage = await makeStorage();
      const tenantId = newId();
      const put = storage.put(tenantId, chunkedStream(randomBytes(total)), { maxBytes });
      await expect(put).rejects.toBeInstanceOf(StorageTooLargeError);
      expect(await listAll(storage, `${tenantId}/`)).toEqual([]);
    });

    it('reports existence and deletes', async () => {
      const storage = await makeStorage();
      const stored = await storage.put(newId(), Buffer.from('disposisi'));
      expect(await storage.exists(stored.key)).toBe(true);
      await storage.delete(stored.key);
      expect(await storage.exists(stored.key)).toBe(false);
      await expect(storage.get(stored.key)).rejects.toBeInstanceOf(StorageNotFoundError);
      await expect(storage.delete(stored.key)).resolves.toBeUndefined();
    });

    it('lists keys under a tenant prefix only', async () => {
      const storage = await makeStorage();
      const [tenantA, tenantB] = [newId(), newId()];
      const a1 = await storage.put(tenantA, Buffer.from('a1'));
      const a2 = await storage.put(tenantA, Buffer.from('a2'));
      const b1 = await storage.put(tenantB, Buffer.from('b1'));
      expect((await listAll(storage, `${tenantA}/`)).sort()).toEqual([a1.key, a2.key].sort());
      expect(await listAll(storage, `${tenantB}/`)).toEqual([b1.key]);
      expect(await listAll(storage, a1.key.slice(0, a1.key.lastIndexOf('/') + 1))).toEqual([a1.key]);
      expect(await listAll(storage, `${newId()}/`)).toEqual([]);
      expect(await listAll(storage, '')).toEqual(expect.arrayContaining([a1.key, a2.key, b1.key]));
    });

    it('throws StorageNotFoundError for a missing key on get and stream', async () => {
      const storage = await makeStorage();
      const missing = `${newId()}/sha256/ab/${'ab'.repeat(32)}`;
      await expect(storage.get(missing)).rejects.toBeInstanceOf(StorageNotFoundError);
      await expect(storage.stream(missing)).rejects.toBeInstanceOf(StorageNotFoundError);
      expect(await storage.exists(missing)).toBe(false);
    });

    const tenant = '0190c1a2-7b3c-7def-8123-456789abcdef';
    const unsafeKeys = [
      '../x',
      't/../../etc/passwd',
      `${tenant}/../../etc/passwd`,
      `${tenant}/sha256/..`,
      '/abs',
      `/${tenant}/x`,
      'a\\b',
      `${tenant}/a\\b`,
      't//x',
      `${tenant}//x`,
      `${tenant}/x/`,
      `${tenant}/x\0y`,
      `not-a-tenant/sha256/ab/${'ab'.repeat(32)}`,
      tenant,
      '',
    ];

    it.each(unsafeKeys)('refuses the unsafe key %j on get, stream, exists and delete', async (key) => {
      const storage = await makeStorage();
      await expect(storage.get(key)).rejects.toBeInstanceOf(StorageKeyError);
      await expect(storage.stream(key)).rejects.toBeInstanceOf(StorageKeyError);
      await expect(storage.exists(key)).rejects.toBeInstanceOf(StorageKeyError);
      await expect(storage.delete(key)).rejects.toBeInstanceOf(StorageKeyError);
    });

    it.each(['../', '/', 'x/../', `${tenant}/../`])('refuses the unsafe list prefix %j', async (prefix) => {
      const storage = await makeStorage();
      await expect(listAll(storage, prefix)).rejects.toBeInstanceOf(StorageKeyError);
    });

    it.each(['../etc', 'not-a-uuid', '', `${tenant}/x`])('refuses the tenant id %j on put', async (tenantId) => {
      const storage = await makeStorage();
      await expect(storage.put(tenantId, Buffer.from('x'))).rejects.toBeInstanceOf(StorageKeyError);
    });
  });
}
