import type SQLite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** How many prepared statements a SQLite connection keeps (least recently used out first). */
export const STATEMENT_CACHE_SIZE = 500;

/** Builds one result row's object from its column values, in column order. */
type RowBuilder = (values: readonly unknown[]) => Record<string, unknown>;

/**
 * A row builder for these column names: one object literal with the names as keys, so every row of a statement
 * shares one shape (better-sqlite3 sets the columns one by one on each row: 2.4× slower for a 27-column row).
 * Keys are JSON-quoted, so a name is never code; a later duplicate name wins, as in better-sqlite3's own rows.
 * Null for `__proto__`, which a literal would take as the prototype: that statement keeps better-sqlite3's rows.
 */
export function rowBuilder(names: readonly string[]): RowBuilder | null {
  if (names.includes('__proto__')) return null;
  const fields = names.map((name, index) => `${JSON.stringify(name)}: values[${index}]`).join(', ');
  return new Function('values', `return { ${fields} };`) as RowBuilder;
}

/**
 * A prepared statement as Kysely runs it. A query's rows are read as arrays (better-sqlite3's raw mode) and built by
 * its rowBuilder. A row whose width differs from the names (the schema changed under a `SELECT *` in another
 * process) makes it read the names again; a schema change in this process empties the cache (withStatementCache).
 * Not seen: another process renaming a column under a running server (same width); migrations run before start.
 */
class BuiltRowsStatement implements SqliteStatement {
  readonly reader: boolean;
  private names: readonly string[] = [];
  private build: RowBuilder | null = null;
  private rawRows = false;

  constructor(private readonly statement: SQLite.Statement) {
    this.reader = statement.reader;
    if (this.reader) this.readColumns();
  }

  /** True while an iteration of it is open (it cannot run again until that ends). */
  get busy(): boolean {
    return this.statement.busy;
  }

  all(parameters: readonly unknown[]): unknown[] {
    if (!this.build) return this.statement.all(parameters);
    const rows = this.statement.all(parameters) as unknown[][];
    const first = rows[0];
    if (first && first.length !== this.names.length) this.readColumns();
    const build = this.build;
    const built = new Array<unknown>(rows.length);
    for (let index = 0; index < rows.length; index++) built[index] = build(rows[index] as unknown[]);
    return built;
  }

  run(parameters: readonly unknown[]) {
    return this.statement.run(parameters);
  }

  *iterate(parameters: readonly unknown[]): IterableIterator<unknown> {
    if (!this.build) {
      yield* this.statement.iterate(parameters);
      return;
    }
    for (const row of this.statement.iterate(parameters) as IterableIterator<unknown[]>) {
      if (row.length !== this.names.length) this.readColumns();
      yield this.build(row);
    }
  }

  /** Reads the statement's column names and makes their builder (raw rows only when there is one). */
  private readColumns(): void {
    this.names = this.statement.columns().map((column) => column.name);
    this.build = rowBuilder(this.names);
    const raw = this.build !== null;
    if (this.rawRows !== raw) this.statement.raw(raw);
    this.rawRows = raw;
  }
}

/** DDL changes what a cached `SELECT *` returns. */
const SCHEMA_CHANGE = /^\s*(create|alter|drop)\b/i;

/**
 * better-sqlite3 as Kysely's SQLite database, with prepared statements cached by their SQL text and rows built by
 * one object literal per statement (BuiltRowsStatement). Kysely prepares every query anew, which costs as much as
 * running a keyset page (~0.05–0.2 ms); Pamong's queries are built from a small set of shapes, so most are prepared
 * once. A cached statement that is still iterating (a stream) is not reused: that query gets a fresh statement.
 * Running DDL empties the cache, so every statement afterwards reads its columns again.
 */
export function withStatementCache(db: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const cache = new Map<string, BuiltRowsStatement>();
  return {
    close() {
      cache.clear();
      db.close();
    },
    prepare(sql: string) {
      if (SCHEMA_CHANGE.test(sql)) {
        cache.clear();
        return new BuiltRowsStatement(db.prepare(sql));
      }
      const cached = cache.get(sql);
      if (cached && !cached.busy) {
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = new BuiltRowsStatement(db.prepare(sql));
      if (!cached) {
        cache.set(sql, statement);
        const oldest = cache.size > size ? cache.keys().next().value : undefined;
        if (oldest !== undefined) cache.delete(oldest);
      }
      return statement;
    },
  };
}
