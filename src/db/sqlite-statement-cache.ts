import type SQLite from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/** How many prepared statements a SQLite connection keeps (least recently used out first). */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * better-sqlite3 as Kysely's SQLite database, with prepared statements cached by their SQL text. Kysely prepares
 * every query anew, which costs as much as running a keyset page (~0.05–0.2 ms); Pamong's queries are built from a
 * small set of shapes, so most are prepared once. A cached statement that is still iterating (a stream) is not
 * reused: that query gets a fresh statement. SQLite re-prepares a cached statement by itself after a schema change.
 */
export function withStatementCache(db: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close() {
      cache.clear();
      db.close();
    },
    prepare(sql: string) {
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = db.prepare(sql);
      if (!cached) {
        cache.set(sql, statement);
        const oldest = cache.size > size ? cache.keys().next().value : undefined;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}
