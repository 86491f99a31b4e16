import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_FORMAT, hashInContentKey, readManifest } from './manifest.ts';
import { connectionForTool } from './pg-tools.ts';

const tenant = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const hash = 'ab'.repeat(32);
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pamong-manifest-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function manifestWithKey(key: string) {
  return {
    format: BACKUP_FORMAT,
    createdAt: '2026-11-28T00:00:00.000Z',
    dialect: 'sqlite',
    version: '0.1.0',
    migrations: [],
    database: { file: 'database.sqlite', sha256: hash, bytes: 1 },
    files: [{ key, sha256: hash, bytes: 1 }],
    tenants: [],
    rowCounts: {},
  };
}

describe('hashInContentKey', () => {
  it('reads the hash of a content-addressed key and nothing else', () => {
    expect(hashInContentKey(`${tenant}/sha256/ab/${hash}`)).toBe(hash);
    expect(hashInContentKey(`${tenant}/sha256/cd/${hash}`)).toBeUndefined();
    expect(hashInContentKey(`${tenant}/tmp/0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b`)).toBeUndefined();
    expect(hashInContentKey(`not-a-tenant/sha256/ab/${hash}`)).toBeUndefined();
  });
});

describe('readManifest', () => {
  it('accepts a well-formed manifest', async () => {
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifestWithKey(`${tenant}/sha256/ab/${hash}`)));
    expect((await readManifest(dir)).files).toHaveLength(1);
  });

  it('refuses a manifest whose file key would escape the backup folder', async () => {
    await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifestWithKey(`${tenant}/../../etc/passwd`)));
    await expect(readManifest(dir)).rejects.toThrow(/files\.0\.key/);
  });

  it('refuses a manifest of another format', async () => {
    await writeFile(
      path.join(dir, 'manifest.json'),
      JSON.stringify({ ...manifestWithKey(`${tenant}/sha256/ab/${hash}`), format: 'x/9' }),
    );
    await expect(readManifest(dir)).rejects.toThrow(/format/);
  });
});

describe('connectionForTool', () => {
  it('moves the password out of the connection string into PGPASSWORD', () => {
    const { dbname, env } = connectionForTool('postgres://pamong:r%40hasia@db.example:5432/pamong?sslmode=require');
    expect(dbname).toBe('postgres://pamong@db.example:5432/pamong?sslmode=require');
    expect(env).toEqual({ PGPASSWORD: 'r@hasia' });
  });
});
