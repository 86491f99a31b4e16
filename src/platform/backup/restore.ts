import path from 'node:path';
import type { Storage } from '../storage/index.ts';
import { restoreFilesToStorage } from './file-copy.ts';
import { BackupError, type BackupManifest } from './manifest.ts';
import { assertPostgresTargetWritable, restorePostgres } from './postgres-backup.ts';
import { assertSqliteTargetWritable, placeSqliteSnapshot } from './sqlite-backup.ts';
import { verifyBackup } from './verify.ts';

/** What restoreBackup needs: the backup folder, where the database goes, and the file store to refill. */
export interface RestoreBackupOptions {
  dir: string;
  /** `sqlite:` URL of the file to create, or `postgres://` URL of the database to load the dump into. */
  databaseUrl: string;
  storage: Storage;
  /** Overwrite a database that already holds data. */
  force?: boolean;
  /** PostgreSQL only: folder holding `pg_restore` (default: the one matching the server's major version). */
  pgBinDir?: string;
}

/** What a restore did. */
export interface RestoredBackup {
  dialect: BackupManifest['dialect'];
  /** The SQLite file written, or the PostgreSQL database (URL without password) loaded. */
  database: string;
  tenants: number;
  rowCounts: Record<string, number>;
  /** Files written into storage. */
  filesRestored: number;
  /** Files storage already held under the same content key. */
  filesAlreadyPresent: number;
  bytesRestored: number;
}

function dialectOf(databaseUrl: string): BackupManifest['dialect'] {
  return databaseUrl.startsWith('sqlite:') ? 'sqlite' : 'postgres';
}

function withoutPassword(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.password = '';
  return url.toString();
}

/** Verifies the backup and checks the target, throwing BackupError before anything is written. */
async function checkBeforeRestore(options: RestoreBackupOptions): Promise<BackupManifest> {
  const verification = await verifyBackup(options.dir);
  if (!verification.ok || !verification.manifest) {
    throw new BackupError(
      `Cadangan rusak, pemulihan dibatalkan (backup is damaged, restore refused):\n  ${verification.problems.join('\n  ')}`,
    );
  }
  const manifest = verification.manifest;
  const target = dialectOf(options.databaseUrl);
  if (manifest.dialect !== target) {
    throw new BackupError(
      `Cadangan ${manifest.dialect} tidak bisa dipulihkan ke ${target} (a ${manifest.dialect} backup cannot be restored into ${target})`,
    );
  }
  const force = options.force ?? false;
  if (target === 'sqlite') await assertSqliteTargetWritable(options.databaseUrl, force);
  else await assertPostgresTargetWritable(options.databaseUrl, force);
  return manifest;
}

/** Puts the database snapshot in place; returns where it went (a URL without password for PostgreSQL). */
async function placeDatabase(manifest: BackupManifest, options: RestoreBackupOptions): Promise<string> {
  const snapshot = path.join(options.dir, manifest.database.file);
  const force = options.force ?? false;
  if (manifest.dialect === 'sqlite') return placeSqliteSnapshot({ snapshot, databaseUrl: options.databaseUrl, force });
  await restorePostgres({ dump: snapshot, databaseUrl: options.databaseUrl, force, pgBinDir: options.pgBinDir });
  return withoutPassword(options.databaseUrl);
}

/**
 * Restores a backup made by createBackup, with the application stopped: verifies every hash first and
 * refuses a database that already holds data unless `force`; puts the files back into storage (each
 * must land under its original content key), then puts the database in place (SQLite: the snapshot
 * file, stale `-wal`/`-shm` removed; PostgreSQL: pg_restore in one transaction). Files go first, so an
 * interrupted restore never leaves a database that names missing files.
 */
export async function restoreBackup(options: RestoreBackupOptions): Promise<RestoredBackup> {
  const manifest = await checkBeforeRestore(options);
  const files = await restoreFilesToStorage(options.storage, options.dir, manifest.files);
  const database = await placeDatabase(manifest, options);
  return {
    dialect: manifest.dialect,
    database,
    tenants: manifest.tenants.length,
    rowCounts: manifest.rowCounts,
    filesRestored: files.restored,
    filesAlreadyPresent: files.alreadyPresent,
    bytesRestored: files.bytes,
  };
}
