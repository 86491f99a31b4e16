/**
 * Bulk loading for generated benchmark data: multi-row INSERTs through prepared statements (one per table and
 * batch size), one transaction per batch, on a connection of its own (better-sqlite3 or a pg client), so the
 * generator goes through the real schema (constraints, foreign keys, generated columns) without the service cost.
 */
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { sqlitePath } from '../../src/db/connection.ts';

/** A cell of a generated row. */
export type Cell = string | number | null;

/** Writes generated rows straight into tables. */
export interface BulkWriter {
  readonly dialect: 'sqlite' | 'postgres';
  /** Inserts `rows` (values in `columns` order), in statements of at most ~30,000 parameters. */
  insert(table: string, columns: readonly string[], rows: readonly Cell[][]): Promise<void>;
  /** Runs `work` in one transaction. */
  transaction(work: () => Promise<void>): Promise<void>;
  /** Runs one statement and returns its rows (for reading back ids). */
  query<T>(text: string, params?: readonly Cell[]): Promise<T[]>;
  close(): Promise<void>;
}

const MAX_PARAMS = 30_000;

function insertText(table: string, columns: readonly string[], count: number, postgres: boolean): string {
  let p = 0;
  const tuple = () => `(${columns.map(() => (postgres ? `$${++p}` : '?')).join(',')})`;
  return `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(',')}) VALUES ${Array.from({ length: count }, tuple).join(',')}`;
}

function chunksOf<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function sqliteWriter(url: string): BulkWriter {
  const db = new SQLite(sqlitePath(url));
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  const statements = new Map<string, SQLite.Statement>();
  return {
    dialect: 'sqlite',
    async insert(table, columns, rows) {
      for (const chunk of chunksOf(rows, Math.floor(MAX_PARAMS / columns.length))) {
        const key = `${table}:${columns.length}:${chunk.length}`;
        let statement = statements.get(key);
        if (!statement) {
          statement = db.prepare(insertText(table, columns, chunk.length, false));
          statements.set(key, statement);
        }
        statement.run(chunk.flat());
      }
    },
    async transaction(work) {
      db.exec('BEGIN');
      try {
        await work();
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    },
    async query<T>(text: string, params: readonly Cell[] = []) {
      return db.prepare(text).all(...params) as T[];
    },
    async close() {
      db.close();
    },
  };
}

async function postgresWriter(url: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const named = new Set<string>();
  return {
    dialect: 'postgres',
    async insert(table, columns, rows) {
      for (const chunk of chunksOf(rows, Math.floor(MAX_PARAMS / columns.length))) {
        const name = `bulk_${table}_${columns.length}_${chunk.length}`;
        named.add(name);
        await client.query({ name, text: insertText(table, columns, chunk.length, true), values: chunk.flat() });
      }
    },
    async transaction(work) {
      await client.query('BEGIN');
      try {
        await work();
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    async query<T>(text: string, params: readonly Cell[] = []) {
      return (await client.query(text, [...params])).rows as T[];
    },
    async close() {
      await client.end();
    },
  };
}

/** A bulk writer on its own connection to the database at `url` (`sqlite:` file or `postgres://`). */
export function openBulkWriter(url: string): Promise<BulkWriter> {
  return url.startsWith('sqlite:') ? Promise.resolve(sqliteWriter(url)) : postgresWriter(url);
}
