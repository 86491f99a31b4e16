import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { BackupError } from './manifest.ts';

/** Where Debian/Ubuntu install one directory of client binaries per PostgreSQL major version. */
const DEBIAN_PG_ROOT = '/usr/lib/postgresql';

/**
 * The path of `pg_dump`/`pg_restore` for a server of `serverMajor`: from `binDir` when given, else the
 * Debian directory of that major, else the oldest newer major installed there, else the name on PATH.
 * (pg_dump refuses to dump a server newer than itself, so an older client is never chosen.)
 */
export function findPgTool(name: 'pg_dump' | 'pg_restore', serverMajor: number, binDir?: string): string {
  if (binDir) {
    const tool = path.join(binDir, name);
    if (!existsSync(tool)) throw new BackupError(`${name} tidak ditemukan (not found) di ${binDir}`);
    return tool;
  }
  const majors = installedMajors().filter((major) => major >= serverMajor);
  for (const major of majors) {
    const tool = path.join(DEBIAN_PG_ROOT, String(major), 'bin', name);
    if (existsSync(tool)) return tool;
  }
  return name;
}

function installedMajors(): number[] {
  if (!existsSync(DEBIAN_PG_ROOT)) return [];
  return readdirSync(DEBIAN_PG_ROOT)
    .map((entry) => Number.parseInt(entry, 10))
    .filter((major) => Number.isInteger(major))
    .sort((a, b) => a - b);
}

/**
 * Splits a `postgres://` URL into the connection string a PostgreSQL client tool gets on its command
 * line and the password. SECURITY: the password goes to the child through PGPASSWORD, never argv,
 * which any local user could read from the process list.
 */
export function connectionForTool(databaseUrl: string): { dbname: string; env: Record<string, string> } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** Runs a PostgreSQL client tool against `databaseUrl`; rejects with its stderr when it exits non-zero. */
export function runPgTool(tool: string, args: string[], databaseUrl: string): Promise<void> {
  const { dbname, env } = connectionForTool(databaseUrl);
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [`--dbname=${dbname}`, ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 64_000) stderr += chunk;
    });
    child.on('error', (error) =>
      reject(new BackupError(`${path.basename(tool)} tidak bisa dijalankan (could not start): ${error.message}`)),
    );
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new BackupError(`${path.basename(tool)} gagal (failed, exit ${code}): ${stderr.trim()}`));
    });
  });
}
