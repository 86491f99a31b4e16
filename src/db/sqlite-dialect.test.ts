import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from './connection.ts';
import { executorOf, inTransaction } from './executor.ts';

let dir: string;
let pamong: DatabaseHandle;
let otherProcess: SQLite.Database;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pamong-sqlite-dialect-'));
  const file = join(dir, 'shared.db');
  pamong = openDatabase(`sqlite:${file}`);
  // Another connection to the same file stands for a second process (the CLI beside a running server).
  otherProcess = new SQLite(file);
  otherProcess.pragma('busy_timeout = 0');
  otherProcess.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (0);');
});

afterEach(async () => {
  otherProcess.close();
  await pamong.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('SQLite transactions opened by Pamong', () => {
  it('hold the write lock from the start, so a read followed by a write is not refused for a commit in between', async () => {
    await inTransaction({ db: pamong }, async (tx) => {
      await sql`SELECT count(*) FROM t`.execute(executorOf(tx));
      expect(() => otherProcess.prepare('INSERT INTO t VALUES (2)').run()).toThrow(/locked|busy/i);
      await sql`INSERT INTO t VALUES (1)`.execute(executorOf(tx));
    });
    expect(otherProcess.prepare('SELECT n FROM t ORDER BY n').all()).toEqual([{ n: 0 }, { n: 1 }]);
  });

  it('release the lock when they end, so the other process writes again', async () => {
    await inTransaction({ db: pamong }, (tx) => sql`INSERT INTO t VALUES (1)`.execute(executorOf(tx)));
    otherProcess.prepare('INSERT INTO t VALUES (2)').run();
    expect(otherProcess.prepare('SELECT count(*) AS c FROM t').get()).toEqual({ c: 3 });
  });
});
