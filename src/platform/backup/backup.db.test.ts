import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestTenant } from '../../../test/factories/tenants.ts';
import { type LocalS3Server, startS3Server } from '../../../test/support/s3-server.ts';
import { createTestDatabase, type TestDatabase, testDialect } from '../../../test/support/test-db.ts';
import { type DatabaseHandle, openDatabase, rawKysely, sqlitePath } from '../../db/connection.ts';
import { TENANT_TABLES } from '../../db/schema/database.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { newId } from '../../shared/ids.ts';
import { createLocalDiskStorage, createS3Storage, type Storage } from '../storage/index.ts';
import {
  allRows,
  freshDatabaseUrl,
  isGaplessPrefix,
  migratedDatabaseUrl,
  startAppWriter,
  startSqliteWriterThread,
  tableCount,
} from './backup.test-support.ts';
import { createBackup, restoreBackup, verifyBackup } from './index.ts';

const execFileAsync = promisify(execFile);

let source: TestDatabase;
let storage: Storage;
let work: string;
let tenantIds: string[];
const cleanups: (() => Promise<void>)[] = [];

async function seedTenant(db: DatabaseHandle, files: Storage, n: number): Promise<string> {
  const tenant = await insertTestTenant(db);
  const t = tenantDb({ db, tenantId: tenant.id });
  const regionId = newId();
  await t.insertInto('regions', { id: regionId, code: `33.13.0${n}`, name: `Kecamatan ${n}`, level: 'kecamatan' }).execute();
  await t
    .insertInto('units', [
      { id: newId(), code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', kind: 'opd', sort_order: 1, status: 'active' },
      {
        id: newId(),
        code: 'KEC',
        name: `Kecamatan ${n}`,
        kind: 'kecamatan',
        region_id: regionId,
        sort_order: 2,
        status: 'active',
      },
    ])
    .execute();
  await t
    .insertInto('employees', { id: newId(), nip: `19800101200501100${n}`, name: `Budi ${n}`, front_title: 'Drs.' })
    .execute();
  const payloads = [
    Buffer.from('naskah dinas yang sama di semua tenant'),
    Buffer.from(`lampiran ${n}`),
    randomBytes(1024 * 1024),
  ];
  for (const bytes of payloads) {
    const stored = await files.put(tenant.id, bytes);
    await t
      .insertInto('files', {
        id: newId(),
        storage_key: stored.key,
        sha256: stored.sha256,
        size: stored.size,
        content_type: 'application/octet-stream',
        created_at: new Date().toISOString(),
      })
      .execute();
  }
  return tenant.id;
}

async function freshDir(name: string): Promise<string> {
  return mkdtemp(path.join(work, `${name}-`));
}

async function withDatabase<T>(url: string, work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(url);
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function storedBytes(files: Storage): Promise<Record<string, string>> {
  const result: Record<string, string> = {};
  for await (const key of files.list('')) result[key] = (await files.get(key)).toString('base64');
  return result;
}

beforeAll(async () => {
  source = await createTestDatabase();
  work = await mkdtemp(path.join(tmpdir(), 'pamong-backup-test-'));
  storage = createLocalDiskStorage(path.join(work, 'source-files'));
  tenantIds = [await seedTenant(source.handle, storage, 1), await seedTenant(source.handle, storage, 2)];
});

afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
  await source?.cleanup();
  if (work) await rm(work, { recursive: true, force: true });
});

describe(`backup and restore (${testDialect})`, () => {
  it('restores a backup to exactly the same rows in every table and the same bytes in every file', async () => {
    const backup = await createBackup({ db: source.handle, storage, outDir: await freshDir('out') });
    const databaseUrl = await freshDatabaseUrl(testDialect, cleanups);
    const restoredStorage = createLocalDiskStorage(await freshDir('restored-files'));

    const result = await restoreBackup({ dir: backup.dir, databaseUrl, storage: restoredStorage });

    const [expected, actual] = [await allRows(source.handle), await withDatabase(databaseUrl, allRows)];
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    for (const table of Object.keys(expected)) expect({ table, rows: actual[table] }).toEqual({ table, rows: expected[table] });
    expect(await storedBytes(restoredStorage)).toEqual(await storedBytes(storage));
    expect(result.filesRestored).toBe(backup.manifest.files.length);
    expect(result.tenants).toBe(2);
  });

  it('writes a manifest naming the migrations, tenants, row counts and every file with its hash', async () => {
    const { manifest } = await createBackup({
      db: source.handle,
      storage,
      outDir: await freshDir('out'),
      now: new Date(Date.UTC(2026, 10, 28)),
    });
    const migrations = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(
      rawKysely(source.handle),
    );
    const version = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;

    expect(manifest).toMatchObject({
      format: 'pamong-backup/1',
      createdAt: '2026-11-28T00:00:00.000Z',
      dialect: testDialect,
      version,
    });
    expect(manifest.migrations).toEqual(migrations.rows.map((r) => r.name));
    expect(manifest.tenants.map((t) => t.id).sort()).toEqual([...tenantIds].sort());
    for (const table of [...TENANT_TABLES, 'tenants']) expect(manifest.rowCounts).toHaveProperty(table);
    expect(manifest.rowCounts.files).toBe(6);
    const keys: string[] = [];
    for await (const key of storage.list('')) keys.push(key);
    expect(manifest.files.map((f) => f.key).sort()).toEqual(keys.sort());
    for (const file of manifest.files) expect(file.key.endsWith(`/${file.sha256}`)).toBe(true);
  });

  it('takes a consistent backup while the application keeps writing rows and files', async () => {
    const [tenantId] = tenantIds;
    const writer = startAppWriter(source.handle, storage, tenantId);
    const thread = testDialect === 'sqlite' ? startSqliteWriterThread(sqlitePath(source.url), tenantId) : undefined;
    while (writer.count < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    const before = writer.count;
    const backup = await createBackup({ db: source.handle, storage, outDir: await freshDir('out') });
    const during = writer.count - before;
    await Promise.all([writer.stop(), thread?.stop()]);
    expect(during).toBeGreaterThan(0);

    const databaseUrl = await freshDatabaseUrl(testDialect, cleanups);
    const restoredStorage = createLocalDiskStorage(await freshDir('restored-files'));
    await restoreBackup({ dir: backup.dir, databaseUrl, storage: restoredStorage });

    const restored = await withDatabase(databaseUrl, allRows);
    const live = await allRows(source.handle);
    for (const [table, count] of Object.entries(backup.manifest.rowCounts))
      expect({ table, n: restored[table].length }).toEqual({ table, n: count });
    const liveRows = new Set(Object.values(live).flatMap((rows) => rows.map((r) => JSON.stringify(r))));
    for (const rows of Object.values(restored)) for (const row of rows) expect(liveRows.has(JSON.stringify(row))).toBe(true);
    // Each writer commits in sequence, so a point-in-time snapshot holds a gapless prefix of its rows.
    const pegawai = restored.employees.filter((e) => String(e.nip).startsWith('w')).map((e) => Number(String(e.nip).slice(1)));
    const surat = restored.files
      .filter((f) => String(f.original_name).startsWith('surat-'))
      .map((f) => Number(/\d+/.exec(String(f.original_name))));
    const desa = restored.regions.filter((r) => String(r.code).startsWith('w.')).map((r) => Number(String(r.code).slice(2)));
    expect([isGaplessPrefix(pegawai), isGaplessPrefix(surat), isGaplessPrefix(desa)]).toEqual([true, true, true]);
    expect(surat.length - pegawai.length).toBeGreaterThanOrEqual(0);
    expect(surat.length - pegawai.length).toBeLessThanOrEqual(1);
    for (const file of restored.files) {
      expect((await restoredStorage.get(String(file.storage_key))).equals(await storage.get(String(file.storage_key)))).toBe(
        true,
      );
    }
  });

  it('names a tampered file, and restore refuses the damaged backup without touching anything', async () => {
    const backup = await createBackup({ db: source.handle, storage, outDir: await freshDir('out') });
    const victim = backup.manifest.files.find((f) => f.bytes > 1000)!;
    const onDisk = path.join(backup.dir, 'files', ...victim.key.split('/'));
    const bytes = readFileSync(onDisk);
    bytes[10] ^= 0xff;
    await writeFile(onDisk, bytes);

    const verdict = await verifyBackup(backup.dir);
    expect(verdict.ok).toBe(false);
    expect(verdict.problems).toHaveLength(1);
    expect(verdict.problems[0]).toContain(`files/${victim.key}`);

    const databaseUrl = await freshDatabaseUrl(testDialect, cleanups);
    const restoredStorage = createLocalDiskStorage(await freshDir('restored-files'));
    await expect(restoreBackup({ dir: backup.dir, databaseUrl, storage: restoredStorage })).rejects.toThrow(victim.key);
    expect(await storedBytes(restoredStorage)).toEqual({});
    expect(testDialect === 'sqlite' ? existsSync(sqlitePath(databaseUrl)) : (await tableCount(databaseUrl)) > 0).toBe(false);
  });

  it('refuses to restore over a database that holds data unless forced', async () => {
    const backup = await createBackup({ db: source.handle, storage, outDir: await freshDir('out') });
    const databaseUrl = await migratedDatabaseUrl(testDialect, cleanups);
    const restoredStorage = createLocalDiskStorage(await freshDir('restored-files'));

    await expect(restoreBackup({ dir: backup.dir, databaseUrl, storage: restoredStorage })).rejects.toThrow(/not empty/);
    expect(await storedBytes(restoredStorage)).toEqual({});
    expect((await withDatabase(databaseUrl, allRows)).tenants).toEqual([]);

    await restoreBackup({ dir: backup.dir, databaseUrl, storage: restoredStorage, force: true });
    expect(await withDatabase(databaseUrl, allRows)).toEqual(await allRows(source.handle));
  });

  it('skips keys that are not content-addressed or that vanish between listing and reading', async () => {
    const root = await freshDir('odd-files');
    const files = createLocalDiskStorage(root);
    const kept = await files.put(tenantIds[0], Buffer.from('tetap'));
    await mkdir(path.join(root, tenantIds[0], 'tmp'), { recursive: true });
    await writeFile(path.join(root, tenantIds[0], 'tmp', 'upload-in-flight'), 'separuh');
    const vanished = `${tenantIds[1]}/sha256/ab/${'ab'.repeat(32)}`;
    const flaky: Storage = {
      kind: files.kind,
      put: (tenantId, data, opts) => files.put(tenantId, data, opts),
      get: (key) => files.get(key),
      stream: (key) => files.stream(key),
      exists: (key) => files.exists(key),
      delete: (key) => files.delete(key),
      list: async function* () {
        yield* files.list('');
        yield vanished;
      },
    };

    const backup = await createBackup({ db: source.handle, storage: flaky, outDir: await freshDir('out') });

    expect(backup.manifest.files.map((f) => f.key)).toEqual([kept.key]);
    expect(backup.skippedKeys.sort()).toEqual([`${tenantIds[0]}/tmp/upload-in-flight`, vanished].sort());
    expect((await verifyBackup(backup.dir)).ok).toBe(true);
  });

  it('fails, naming the key and leaving no folder, when a stored file does not match its hash', async () => {
    const root = await freshDir('corrupt-files');
    const files = createLocalDiskStorage(root);
    const stored = await files.put(tenantIds[0], Buffer.from('asli'));
    await writeFile(path.join(root, ...stored.key.split('/')), 'palsu');
    const outDir = await freshDir('out');

    await expect(createBackup({ db: source.handle, storage: files, outDir })).rejects.toThrow(stored.key);
    expect(await readdir(outDir)).toEqual([]);
  });
});

describe.skipIf(testDialect === 'postgres')('SQLite snapshot', () => {
  it('is a self-contained database file that passes integrity_check, with no WAL beside it', async () => {
    const backup = await createBackup({ db: source.handle, storage, outDir: await freshDir('out') });
    expect((await readdir(backup.dir)).sort()).toEqual(['database.sqlite', 'files', 'manifest.json']);
    const check = await withDatabase(`sqlite:${path.join(backup.dir, 'database.sqlite')}`, (handle) =>
      sql<{ integrity_check: string }>`pragma integrity_check`.execute(rawKysely(handle)),
    );
    expect(check.rows).toEqual([{ integrity_check: 'ok' }]);
  });

  it('removes stale -wal and -shm files of the database it replaces', async () => {
    const backup = await createBackup({ db: source.handle, storage, outDir: await freshDir('out') });
    const databaseUrl = await migratedDatabaseUrl('sqlite', cleanups);
    const target = sqlitePath(databaseUrl);
    await writeFile(`${target}-wal`, 'stale');
    await writeFile(`${target}-shm`, 'stale');

    await restoreBackup({ dir: backup.dir, databaseUrl, storage: createLocalDiskStorage(await freshDir('f')), force: true });

    expect([existsSync(`${target}-wal`), existsSync(`${target}-shm`)]).toEqual([false, false]);
    expect((await withDatabase(databaseUrl, allRows)).tenants).toEqual((await allRows(source.handle)).tenants);
  });
});

describe.skipIf(testDialect === 'postgres')('S3 storage', () => {
  const servers: LocalS3Server[] = [];
  const bucketStorage = async () => {
    const s3 = await startS3Server();
    servers.push(s3);
    return createS3Storage({ ...s3, region: 'us-east-1', forcePathStyle: true });
  };
  afterAll(async () => {
    for (const server of servers) await server.stop();
  });

  it('backs up a bucket and restores it into another bucket with the same keys and bytes', async () => {
    const from = await bucketStorage();
    const keys = [
      (await from.put(tenantIds[0], Buffer.from('surat keputusan bupati'))).key,
      (await from.put(tenantIds[1], randomBytes(300_000))).key,
    ];
    const backup = await createBackup({ db: source.handle, storage: from, outDir: await freshDir('out') });
    expect(backup.manifest.files.map((f) => f.key)).toEqual([...keys].sort());

    const into = await bucketStorage();
    const result = await restoreBackup({
      dir: backup.dir,
      databaseUrl: await freshDatabaseUrl('sqlite', cleanups),
      storage: into,
    });

    expect(result.filesRestored).toBe(2);
    expect(await storedBytes(into)).toEqual(await storedBytes(from));
  });
});

describe.skipIf(testDialect !== 'postgres')('PostgreSQL with the documented pg_dump / pg_restore commands', () => {
  // scripts/with-pg.sh exports PG_BIN; otherwise take the newest client installed the Debian way.
  const pgBin = () => {
    if (process.env.PG_BIN) return process.env.PG_BIN;
    const root = '/usr/lib/postgresql';
    const newest = readdirSync(root)
      .sort((a, b) => Number(a) - Number(b))
      .at(-1) as string;
    return path.join(root, newest, 'bin');
  };

  it('round-trips every row of every table into a second database', async () => {
    const dump = path.join(await freshDir('pg-dump'), 'pamong.dump');
    const targetUrl = await freshDatabaseUrl('postgres', cleanups);

    await execFileAsync(path.join(pgBin(), 'pg_dump'), ['--format=custom', `--file=${dump}`, source.url]);
    await execFileAsync(path.join(pgBin(), 'pg_restore'), [
      '--clean',
      '--if-exists',
      '--no-owner',
      `--dbname=${targetUrl}`,
      dump,
    ]);

    const [expected, actual] = [await allRows(source.handle), await withDatabase(targetUrl, allRows)];
    expect(Object.keys(actual)).toEqual(Object.keys(expected));
    expect(actual.tenants).toHaveLength(2);
    expect(actual).toEqual(expected);
  });
});
