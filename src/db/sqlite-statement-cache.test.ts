import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from './sqlite-statement-cache.ts';

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
});
