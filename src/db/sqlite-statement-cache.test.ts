import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { rowBuilder, withStatementCache } from './sqlite-statement-cache.ts';

let raw: SQLite.Database;
afterEach(() => raw?.close());

function open(size?: number) {
  raw = new SQLite(':memory:');
  raw.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3);');
  return withStatementCache(raw, size);
}

describe('the SQLite prepared-statement cache', () => {
  it('prepares a query once and reuses the statement', () => {
    const db = open();
    const first = db.prepare('SELECT n FROM t WHERE n > ?');
    expect(db.prepare('SELECT n FROM t WHERE n > ?')).toBe(first);
    expect(first.all([1])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(db.prepare('SELECT n FROM t')).not.toBe(first);
  });

  it('gives a fresh statement while the cached one is still iterating', () => {
    const db = open();
    const sql = 'SELECT n FROM t ORDER BY n';
    const outer = db.prepare(sql).iterate([]);
    const firstRow = outer.next();
    const inner = db.prepare(sql);
    expect(inner.all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
    expect(firstRow.value).toEqual({ n: 1 });
    outer.return?.();
  });

  it('drops the least recently used statement beyond its size', () => {
    const db = open(2);
    const a = db.prepare('SELECT 1');
    const b = db.prepare('SELECT 2');
    expect(db.prepare('SELECT 1')).toBe(a);
    db.prepare('SELECT 3');
    expect(db.prepare('SELECT 1')).toBe(a);
    expect(db.prepare('SELECT 2')).not.toBe(b);
  });

  it('builds rows equal to better-sqlite3 own, key order and every type included', () => {
    const db = open();
    raw.exec("CREATE TABLE w (id TEXT, amount REAL, note TEXT, data BLOB); INSERT INTO w VALUES ('a', 1.5, NULL, x'0102')");
    const sql = 'SELECT n, w.*, n * 2 AS twice, NULL AS empty FROM t, w ORDER BY n';
    const own = raw.prepare(sql).all();
    const built = db.prepare(sql).all([]);
    expect(built).toEqual(own);
    expect(built.map((row) => Object.keys(row as object))).toEqual(own.map((row) => Object.keys(row as object)));
    expect((built[0] as { data: Buffer }).data).toBeInstanceOf(Buffer);
  });

  it('keeps the last of two columns of one name, as better-sqlite3 does, and iterates built rows', () => {
    const db = open();
    const sql = 'SELECT n AS b, n * 10 AS a, n * 100 AS b FROM t ORDER BY n';
    expect(db.prepare(sql).all([])).toEqual(raw.prepare(sql).all());
    expect(Object.keys(db.prepare(sql).all([])[0] as object)).toEqual(['b', 'a']);
    expect([...db.prepare(sql).iterate([])]).toEqual(raw.prepare(sql).all());
  });

  it('never lets a column name be code or the prototype', () => {
    const build = rowBuilder(['a"; globalThis.hacked = 1; "', 'b\\']);
    expect(build?.([1, 2])).toEqual({ 'a"; globalThis.hacked = 1; "': 1, 'b\\': 2 });
    expect((globalThis as { hacked?: number }).hacked).toBeUndefined();
    expect(rowBuilder(['__proto__'])).toBeNull();
    const db = open();
    const row = db.prepare('SELECT 1 AS "__proto__", 2 AS a').all([])[0] as object;
    expect(Object.getPrototypeOf(row)).toBe(Object.prototype);
    expect(row).toEqual({ a: 2 });
  });

  it('reads the columns again after a schema change in this process, one of the same width too', () => {
    const db = open();
    const first = 'SELECT * FROM t ORDER BY 1 LIMIT 1';
    expect(db.prepare(first).all([])).toEqual([{ n: 1 }]);
    db.prepare('ALTER TABLE t RENAME COLUMN n TO nomor').run([]);
    expect(db.prepare(first).all([])).toEqual([{ nomor: 1 }]);
    db.prepare('ALTER TABLE t ADD COLUMN label TEXT').run([]);
    db.prepare("UPDATE t SET label = 'satu' WHERE nomor = 1").run([]);
    expect(db.prepare(first).all([])).toEqual([{ nomor: 1, label: 'satu' }]);
  });

  it('reads the columns again when another connection changed the schema under a SELECT *', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pamong-statements-'));
    try {
      raw = new SQLite(join(dir, 'db.sqlite'));
      raw.exec('CREATE TABLE t (n INTEGER, gone TEXT); INSERT INTO t VALUES (1, NULL)');
      const db = withStatementCache(raw);
      expect(db.prepare('SELECT * FROM t').all([])).toEqual([{ n: 1, gone: null }]);
      const other = new SQLite(join(dir, 'db.sqlite'));
      other.exec(
        "ALTER TABLE t DROP COLUMN gone; ALTER TABLE t ADD COLUMN label TEXT; ALTER TABLE t ADD COLUMN code TEXT; UPDATE t SET label = 'x', code = 'y'",
      );
      other.close();
      expect(db.prepare('SELECT * FROM t').all([])).toEqual([{ n: 1, label: 'x', code: 'y' }]);
    } finally {
      raw.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
