import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { DatabaseHandle } from '../../db/handle.ts';
import type { Storage } from '../storage/index.ts';
import type { DatabaseFacts } from './database-facts.ts';
import { copyStorageToDir } from './file-copy.ts';
import { BACKUP_FORMAT, BackupError, type BackupManifest, DATABASE_FILE, hashFile, writeManifest } from './manifest.ts';
import { dumpPostgres } from './postgres-backup.ts';
import { snapshotSqlite } from './sqlite-backup.ts';

/** Pamong's version, recorded in every manifest. */
const VERSION: string = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')).version;

/** What createBackup needs: the live database and file store, and the folder to put the backup in. */
export interface CreateBackupOptions {
  db: DatabaseHandle;
  storage: Storage;
  /** Parent folder; the backup becomes `<outDir>/pamong-backup-<UTC timestamp>/`. */
  outDir: string;
  now?: Date;
  /** PostgreSQL only: folder holding `pg_dump` (default: the one matching the server's major version). */
  pgBinDir?: string;
}

/** A finished backup: its folder, its manifest, and the storage keys it deliberately left out. */
export interface CreatedBackup {
  dir: string;
  manifest: BackupManifest;
  skippedKeys: string[];
}

/** `2026-11-28T15:00:00.123Z` → `20261128T150000Z`. */
function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Snapshots the database into `dir` and returns the manifest's database entry with the snapshot's facts. */
async function snapshotDatabase(options: CreateBackupOptions, dir: string) {
  const file = DATABASE_FILE[options.db.dialect];
  const target = path.join(dir, file);
  const facts: DatabaseFacts =
    options.db.dialect === 'sqlite'
      ? await snapshotSqlite(options.db, target)
      : await dumpPostgres(options.db, target, options.pgBinDir);
  return { database: { file, ...(await hashFile(target)) }, facts };
}

/**
 * Takes a consistent online backup while the application keeps running: first a snapshot of the
 * database (SQLite `VACUUM INTO`, PostgreSQL `pg_dump`), then a copy of every stored file, then the
 * manifest. Files are written before the rows that name them commit, so every file the snapshot
 * references already exists when the copy starts. The backup is built in `<dir>.partial` and renamed
 * into place only when complete; on failure nothing is left behind.
 */
export async function createBackup(options: CreateBackupOptions): Promise<CreatedBackup> {
  const now = options.now ?? new Date();
  const dir = path.join(path.resolve(options.outDir), `pamong-backup-${timestamp(now)}`);
  if (existsSync(dir)) throw new BackupError(`Folder cadangan sudah ada (backup folder already exists): ${dir}`);
  const work = `${dir}.partial`;
  await rm(work, { recursive: true, force: true });
  await mkdir(path.dirname(work), { recursive: true });
  // SECURITY: a backup holds every tenant's data, password hashes and TOTP secrets: owner-only access.
  await mkdir(work, { mode: 0o700 });
  try {
    const { database, facts } = await snapshotDatabase(options, work);
    const { files, skipped } = await copyStorageToDir(options.storage, work);
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: now.toISOString(),
      dialect: options.db.dialect,
      version: VERSION,
      migrations: facts.migrations,
      database,
      files,
      tenants: facts.tenants,
      rowCounts: facts.rowCounts,
    };
    await writeManifest(work, manifest);
    await rename(work, dir);
    return { dir, manifest, skippedKeys: skipped };
  } catch (error) {
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}
