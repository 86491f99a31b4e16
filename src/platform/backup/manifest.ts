import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { isSafeKey } from '../storage/index.ts';

/** The format tag every manifest carries; bump it when the layout of a backup changes. */
export const BACKUP_FORMAT = 'pamong-backup/1';

/** Name of the manifest inside a backup directory. */
export const MANIFEST_FILE = 'manifest.json';

/** Name of the database snapshot inside a backup directory, per dialect. */
export const DATABASE_FILE = { sqlite: 'database.sqlite', postgres: 'database.dump' } as const;

/** Folder inside a backup directory holding the stored files, each at `files/<storage key>`. */
export const FILES_DIR = 'files';

/** A backup could not be made, verified or restored; the message says why, in Indonesian and English. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Bytes = z.number().int().nonnegative();

// SECURITY: keys become paths under the backup directory and go back into storage on restore, so a
// crafted manifest must not name anything outside `files/` (isSafeKey refuses `..`, `/…`, `\`, NUL).
const BackedUpFile = z.object({ key: z.string().refine(isSafeKey, 'unsafe storage key'), sha256: Sha256, bytes: Bytes });

const ManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string(),
  dialect: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  migrations: z.array(z.string()),
  database: z.object({ file: z.enum([DATABASE_FILE.sqlite, DATABASE_FILE.postgres]), sha256: Sha256, bytes: Bytes }),
  files: z.array(BackedUpFile),
  tenants: z.array(z.object({ id: z.string(), code: z.string(), slug: z.string() })),
  rowCounts: z.record(z.string(), Bytes),
});

/** What `manifest.json` says about a backup: where it came from and the hash of every byte in it. */
export type BackupManifest = z.infer<typeof ManifestSchema>;

/** One stored file inside a backup. */
export type BackedUpFile = z.infer<typeof BackedUpFile>;

/** Reads and validates `<dir>/manifest.json`; throws BackupError when it is missing or malformed. */
export async function readManifest(dir: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    throw new BackupError(`Manifes cadangan tidak ditemukan (backup manifest not found): ${path.join(dir, MANIFEST_FILE)}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError(`Manifes cadangan bukan JSON (backup manifest is not JSON): ${MANIFEST_FILE}`);
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new BackupError(`Manifes cadangan tidak valid (invalid backup manifest): ${where}`);
  }
  return parsed.data;
}

/** Writes `<dir>/manifest.json` (pretty-printed, so an operator can read it). */
export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  await writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
}

/** Where a stored file lives inside a backup directory. The key must already have passed isSafeKey. */
export function backedUpFilePath(dir: string, key: string): string {
  return path.join(dir, FILES_DIR, ...key.split('/'));
}

const CONTENT_KEY = /^[^/]+\/sha256\/([0-9a-f]{2})\/([0-9a-f]{64})$/;

/** The hash a content-addressed key names (`<tenant>/sha256/<2>/<hash>`), or undefined for any other key. */
export function hashInContentKey(key: string): string | undefined {
  const match = CONTENT_KEY.exec(key);
  if (!match || !isSafeKey(key) || !match[2].startsWith(match[1])) return undefined;
  return match[2];
}

/** SHA-256 (lowercase hex) and size of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).byteLength;
  }
  return { sha256: hash.digest('hex'), bytes };
}
