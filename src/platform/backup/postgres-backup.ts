import { type Kysely, sql } from 'kysely';
import { type DatabaseHandle, openDatabase, rawKysely } from '../../db/connection.ts';
import type { Database } from '../../db/schema/database.ts';
import { type DatabaseFacts, readDatabaseFacts } from './database-facts.ts';
import { BackupError } from './manifest.ts';
import { findPgTool, runPgTool } from './pg-tools.ts';

async function serverMajor(db: Kysely<Database>): Promise<number> {
  const { rows } = await sql<{ version: number | string }>`select current_setting('server_version_num') as version`.execute(db);
  return Math.floor(Number(rows[0].version) / 10_000);
}

/**
 * Dumps the live PostgreSQL database to `file` with `pg_dump --format=custom`. A read-only
 * repeatable-read transaction exports its snapshot to pg_dump (`--snapshot`) and reads the manifest
 * facts itself, so the dump, the row counts and the tenant list describe the same instant.
 */
export async function dumpPostgres(db: DatabaseHandle, file: string, pgBinDir?: string): Promise<DatabaseFacts> {
  // SECURITY: backup is a fenced admin tool that must read every table of every tenant, which no scoped
  // door (tenantDb, platformDb) allows; it only reads.
  return rawKysely(db)
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      const { rows } = await sql<{ snapshot: string }>`select pg_export_snapshot() as snapshot`.execute(trx);
      const pgDump = findPgTool('pg_dump', await serverMajor(trx), pgBinDir);
      await runPgTool(pgDump, ['--format=custom', `--file=${file}`, `--snapshot=${rows[0].snapshot}`], db.url);
      return readDatabaseFacts(trx);
    });
}

/** Number of tables in the target's current schema, and its server's major version. */
async function inspectTarget(databaseUrl: string): Promise<{ tables: number; major: number }> {
  const target = openDatabase(databaseUrl);
  try {
    // SECURITY: restore inspects a database it is about to replace; no tenant data is read.
    const db = rawKysely(target);
    const { rows } = await sql<{ n: number | string }>`
      select count(*) as n from information_schema.tables where table_schema = current_schema()`.execute(db);
    return { tables: Number(rows[0].n), major: await serverMajor(db) };
  } finally {
    await target.close();
  }
}

/** Refuses (BackupError) when the target database already has tables and `force` was not given. */
export async function assertPostgresTargetWritable(databaseUrl: string, force: boolean): Promise<number> {
  const { tables, major } = await inspectTarget(databaseUrl);
  if (tables > 0 && !force) {
    throw new BackupError(
      'Basis data tujuan sudah berisi tabel; pakai --force untuk menimpanya (target database is not empty; use --force to overwrite)',
    );
  }
  return major;
}

/** Options for loading a custom-format dump into a PostgreSQL database. */
export interface RestorePostgresOptions {
  dump: string;
  databaseUrl: string;
  force: boolean;
  pgBinDir?: string;
}

/**
 * Loads the dump with `pg_restore --clean --if-exists --no-owner --single-transaction`: objects in the
 * dump are dropped and recreated, all or nothing; tables the dump does not know are left alone.
 */
export async function restorePostgres(options: RestorePostgresOptions): Promise<void> {
  const major = await assertPostgresTargetWritable(options.databaseUrl, options.force);
  const pgRestore = findPgTool('pg_restore', major, options.pgBinDir);
  const args = ['--clean', '--if-exists', '--no-owner', '--single-transaction', '--exit-on-error', options.dump];
  await runPgTool(pgRestore, args, options.databaseUrl);
}
