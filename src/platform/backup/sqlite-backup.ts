import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { type DatabaseHandle, rawKysely, sqlitePath } from '../../db/connection.ts';
import type { Database } from '../../db/schema/database.ts';
import { type DatabaseFacts, readDatabaseFacts } from './database-facts.ts';
import { BackupError } from './manifest.ts';

/**
 * Writes a consistent snapshot of the live SQLite database to `file` with `VACUUM INTO` (one read
 * transaction, so writers carry on and the copy has no WAL), checks it, and reads its facts.
 */
export async function snapshotSqlite(db: DatabaseHandle, file: string): Promise<DatabaseFacts> {
  // SECURITY: backup is a fenced admin tool that must copy every table of every tenant, which no scoped
  // door (tenantDb, platformDb) allows; the path is bound as a parameter, never spliced into the SQL.
  await sql`vacuum into ${file}`.execute(rawKysely(db));
  return withSnapshot(file, async (snapshot) => {
    const { rows } = await sql<{ quick_check: string }>`pragma quick_check`.execute(snapshot);
    const verdict = rows.map((r) => r.quick_check).join('; ');
    if (verdict !== 'ok') throw new BackupError(`Salinan basis data rusak (database snapshot is corrupt): ${verdict}`);
    return readDatabaseFacts(snapshot);
  });
}

/** Opens a snapshot file read-only (so it stays byte-for-byte as written) for the duration of `work`. */
async function withSnapshot<T>(file: string, work: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const database = new SQLite(file, { readonly: true, fileMustExist: true });
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  try {
    return await work(kysely);
  } finally {
    await kysely.destroy();
  }
}

/** Options for placing a verified snapshot at the database path of a `sqlite:` URL. */
export interface PlaceSqliteOptions {
  snapshot: string;
  databaseUrl: string;
  force: boolean;
}

/** The file a `sqlite:` URL names; refuses in-memory databases, which cannot be restored into. */
export function sqliteTarget(databaseUrl: string): string {
  const target = sqlitePath(databaseUrl);
  if (target === ':memory:')
    throw new BackupError('Tidak bisa memulihkan ke basis data di memori (cannot restore into :memory:)');
  return target;
}

/** Refuses (BackupError) when the target already holds data and `force` was not given. */
export async function assertSqliteTargetWritable(databaseUrl: string, force: boolean): Promise<void> {
  const target = sqliteTarget(databaseUrl);
  if (force) return;
  const sizes = await Promise.all([target, `${target}-wal`].map(fileSize));
  if (sizes.some((size) => size > 0)) {
    throw new BackupError(
      `Basis data tujuan sudah berisi data; pakai --force untuk menimpanya (target database is not empty; use --force to overwrite): ${target}`,
    );
  }
}

/**
 * Copies the snapshot next to the target, removes stale `-wal`/`-shm`/`-journal` files (they belong
 * to the database being replaced and would corrupt the new one), then renames it into place atomically.
 */
export async function placeSqliteSnapshot(options: PlaceSqliteOptions): Promise<string> {
  await assertSqliteTargetWritable(options.databaseUrl, options.force);
  const target = sqliteTarget(options.databaseUrl);
  await mkdir(path.dirname(target), { recursive: true });
  const incoming = `${target}.restoring`;
  await copyFile(options.snapshot, incoming);
  for (const suffix of ['-wal', '-shm', '-journal']) await rm(`${target}${suffix}`, { force: true });
  await rename(incoming, target);
  return target;
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
    throw error;
  }
}
