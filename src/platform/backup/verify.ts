import path from 'node:path';
import { type BackupManifest, backedUpFilePath, DATABASE_FILE, hashFile, hashInContentKey, readManifest } from './manifest.ts';

/** The verdict on a backup folder: ok when every hash in the manifest matches the bytes on disk. */
export interface BackupVerification {
  ok: boolean;
  /** One line per problem, naming the file (`database.sqlite`, `files/<key>`) and what is wrong. */
  problems: string[];
  /** The manifest, when it could be read. */
  manifest?: BackupManifest;
}

/** Compares one file's size and SHA-256 with what the manifest says; returns the problem, if any. */
async function checkFile(file: string, label: string, expected: { sha256: string; bytes: number }): Promise<string | undefined> {
  let actual: { sha256: string; bytes: number };
  try {
    actual = await hashFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? `${label}: hilang (missing)` : `${label}: tidak terbaca (unreadable): ${String(error)}`;
  }
  if (actual.sha256 !== expected.sha256) {
    return `${label}: sha256 tidak cocok (sha256 mismatch): expected ${expected.sha256}, found ${actual.sha256}`;
  }
  if (actual.bytes !== expected.bytes)
    return `${label}: ukuran tidak cocok (size mismatch): expected ${expected.bytes}, found ${actual.bytes}`;
  return undefined;
}

/**
 * Checks a backup folder: the manifest parses, the database snapshot and every stored file are present
 * with the size and SHA-256 the manifest records, and each file's hash is the one its key names.
 */
export async function verifyBackup(dir: string): Promise<BackupVerification> {
  let manifest: BackupManifest;
  try {
    manifest = await readManifest(dir);
  } catch (error) {
    return { ok: false, problems: [(error as Error).message] };
  }
  const problems: string[] = [];
  if (DATABASE_FILE[manifest.dialect] !== manifest.database.file) {
    problems.push(
      `${manifest.database.file}: bukan berkas untuk ${manifest.dialect} (not the database file of a ${manifest.dialect} backup)`,
    );
  }
  const database = await checkFile(path.join(dir, manifest.database.file), manifest.database.file, manifest.database);
  if (database) problems.push(database);
  for (const entry of manifest.files) {
    const label = `files/${entry.key}`;
    if (hashInContentKey(entry.key) !== entry.sha256) {
      problems.push(`${label}: sha256 di manifes tidak sama dengan kuncinya (manifest hash does not match the key)`);
    }
    const problem = await checkFile(backedUpFilePath(dir, entry.key), label, entry);
    if (problem) problems.push(problem);
  }
  return { ok: problems.length === 0, problems, manifest };
}
