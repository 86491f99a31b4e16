import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../../src/db/connection.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

/** A migrated, throwaway database for one test file: SQLite by default, PostgreSQL when TEST_DB=postgres. */
export interface TestDatabase {
  readonly handle: DatabaseHandle;
  readonly url: string;
  cleanup(): Promise<void>;
}

/** Which database the current test project runs on. */
export const testDialect: 'sqlite' | 'postgres' = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_PG_URL;
  if (!adminUrl) throw new Error('TEST_DB=postgres needs TEST_PG_URL (run through scripts/with-pg.sh)');
  const name = `pamong_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** Creates and migrates a fresh database on the dialect of the current test project. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDialect === 'postgres') {
    const { url, drop } = await createPostgresDatabase();
    const handle = openDatabase(url);
    await migrateToLatest(handle);
    return {
      handle,
      url,
      cleanup: async () => {
        await handle.close();
        await drop();
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pamong-test-'));
  const url = `sqlite:${join(dir, 'test.db')}`;
  const handle = openDatabase(url);
  await migrateToLatest(handle);
  return {
    handle,
    url,
    cleanup: async () => {
      await handle.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
