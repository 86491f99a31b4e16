import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseHandle, DialectName } from './handle.ts';
import type { Database } from './schema/database.ts';
import { PamongSqliteDialect } from './sqlite-dialect.ts';
import { withStatementCache } from './sqlite-statement-cache.ts';

export type { DatabaseHandle, DialectName } from './handle.ts';

const kyselyByHandle = new WeakMap<DatabaseHandle, Kysely<Database>>();

// PostgreSQL returns int8/numeric as strings by default; counts we read are small integers.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** Path of the SQLite file named by a `sqlite:` URL (`sqlite::memory:` for an in-memory database). */
export function sqlitePath(url: string): string {
  const rest = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
  return rest === ':memory:' ? rest : resolve(rest);
}

function openSqlite(url: string): Kysely<Database> {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('mmap_size = 268435456');
  return new Kysely<Database>({ dialect: new PamongSqliteDialect({ database: withStatementCache(sqlite) }) });
}

function openPostgres(url: string): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** Opens the database named by a `sqlite:` or `postgres://` URL. */
export function openDatabase(url: string): DatabaseHandle {
  const dialect: DialectName = url.startsWith('sqlite:') ? 'sqlite' : 'postgres';
  const kysely = dialect === 'sqlite' ? openSqlite(url) : openPostgres(url);
  const handle: DatabaseHandle = Object.freeze({ dialect, url, close: () => kysely.destroy() });
  kyselyByHandle.set(handle, kysely);
  return handle;
}

/**
 * SECURITY: the raw, unscoped Kysely instance. Only `db/` itself may call this; modules reach tenant
 * tables through tenantDb(ctx) and platform tables through the named functions of system-db.ts.
 */
export function rawKysely(handle: DatabaseHandle): Kysely<Database> {
  const kysely = kyselyByHandle.get(handle);
  if (!kysely) throw new Error('database handle is closed or foreign');
  return kysely;
}
