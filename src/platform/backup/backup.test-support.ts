import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { type Kysely, sql } from 'kysely';
import pg from 'pg';
import { type DatabaseHandle, openDatabase, rawKysely } from '../../db/connection.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import type { Database } from '../../db/schema/database.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { newId } from '../../shared/ids.ts';
import type { Storage } from '../storage/index.ts';

// Helpers for backup.db.test.ts (not a test file itself). They read tables raw on purpose: a backup
// comparison must see every row of every tenant.

type Row = Record<string, unknown>;

async function primaryKey(db: Kysely<Database>, dialect: string, table: string): Promise<string[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<{ name: string }>`select name from pragma_table_info(${table}) where pk > 0 order by pk`.execute(db)
      : await sql<{ name: string }>`
          select a.attname as name from pg_index i
          join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
          where i.indrelid = ${table}::regclass and i.indisprimary
          order by array_position(i.indkey::int2[], a.attnum)`.execute(db);
  return rows.map((r) => r.name);
}

/** Every row of every table, each table ordered by its primary key (all columns when it has none). */
export async function allRows(handle: DatabaseHandle): Promise<Record<string, Row[]>> {
  const db = rawKysely(handle);
  const tables = (await db.introspection.getTables()).filter((t) => !t.isView).sort((a, b) => a.name.localeCompare(b.name));
  const result: Record<string, Row[]> = {};
  for (const table of tables) {
    const key = await primaryKey(db, handle.dialect, table.name);
    const order = (key.length > 0 ? key : table.columns.map((c) => c.name)).map((c) => sql.ref(c));
    const { rows } = await sql<Row>`select * from ${sql.table(table.name)} order by ${sql.join(order)}`.execute(db);
    result[table.name] = rows;
  }
  return result;
}

/** A new, empty PostgreSQL database on the TEST_PG_URL server (the restore target). */
export async function createEmptyPgDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_PG_URL as string;
  const name = `pamong_restore_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement);
    await client.end();
  };
  await admin(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** A database URL nobody uses yet (SQLite: a path in a fresh folder; PostgreSQL: an empty database). */
export async function freshDatabaseUrl(dialect: string, cleanups: (() => Promise<void>)[]): Promise<string> {
  if (dialect === 'postgres') {
    const target = await createEmptyPgDatabase();
    cleanups.push(target.drop);
    return target.url;
  }
  const dir = path.join(tmpdir(), `pamong-restore-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir);
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return `sqlite:${path.join(dir, 'pamong.db')}`;
}

/** A database URL that already holds Pamong's schema, for the "refuses to overwrite" cases. */
export async function migratedDatabaseUrl(dialect: string, cleanups: (() => Promise<void>)[]): Promise<string> {
  const url = await freshDatabaseUrl(dialect, cleanups);
  const handle = openDatabase(url);
  await migrateToLatest(handle);
  await handle.close();
  return url;
}

/** Number of tables in the current schema of a database. */
export async function tableCount(url: string): Promise<number> {
  const handle = openDatabase(url);
  try {
    return (await rawKysely(handle).introspection.getTables()).length;
  } finally {
    await handle.close();
  }
}

/** A stand-in for the running application: stores a file, records it, adds a pegawai, again and again. */
export function startAppWriter(db: DatabaseHandle, storage: Storage, tenantId: string) {
  let stopped = false;
  let count = 0;
  const done = (async () => {
    while (!stopped) {
      const stored = await storage.put(tenantId, Buffer.from(`surat masuk nomor ${count}`));
      const t = tenantDb({ db, tenantId });
      await t
        .insertInto('files', {
          id: newId(),
          storage_key: stored.key,
          sha256: stored.sha256,
          size: stored.size,
          content_type: 'text/plain',
          original_name: `surat-${count}.txt`,
          created_at: new Date().toISOString(),
        })
        .execute();
      await t
        .insertInto('employees', { id: newId(), nip: `w${String(count).padStart(6, '0')}`, name: `Pegawai ${count}` })
        .execute();
      count += 1;
    }
  })();
  return {
    get count() {
      return count;
    },
    stop: async () => {
      stopped = true;
      await done;
      return count;
    },
  };
}

const WRITER_THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const insert = db.prepare("insert into regions (tenant_id, id, code, name, level) values (?, ?, ?, ?, 'desa')");
const flag = new Int32Array(workerData.flag);
let n = 0;
while (Atomics.load(flag, 0) === 0) {
  insert.run(workerData.tenantId, 'thread-' + n, 'w.' + String(n).padStart(6, '0'), 'Desa ' + n);
  n += 1;
  Atomics.wait(flag, 0, 0, 1);
}
db.close();
parentPort.postMessage(n);
`;

/** A second SQLite connection on another thread, inserting desa rows in parallel with the backup. */
export function startSqliteWriterThread(file: string, tenantId: string) {
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WRITER_THREAD, { eval: true, workerData: { driver, file, tenantId, flag: flag.buffer } });
  const finished = new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  return {
    stop: async () => {
      Atomics.store(flag, 0, 1);
      Atomics.notify(flag, 0);
      return finished;
    },
  };
}

/** Numbers `0…k-1` exactly (a prefix of the writer's sequence), read from names like `w000012`. */
export function isGaplessPrefix(sequenceNumbers: number[]): boolean {
  const sorted = [...sequenceNumbers].sort((a, b) => a - b);
  return sorted.every((n, i) => n === i);
}
