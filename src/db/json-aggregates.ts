/**
 * JSON aggregates for reading many small rows grouped by a key: one row per group carrying its rows as JSON, which
 * the driver hands over as one string (SQLite) or one parsed value (PostgreSQL) instead of a JavaScript object per
 * row and column. With better-sqlite3, 24,000 rows of six text columns took 40–60 ms as rows and ~21 ms grouped this
 * way; with pg the plain rows were faster (capaian-store.read.ts). Text columns only: JSON keeps text exact, while a
 * numeric column would come back as a JavaScript number.
 */
import { type RawBuilder, sql } from 'kysely';
import type { DialectName } from './handle.ts';

/**
 * Per group, a JSON array with one object per row holding the named text columns (SQLite
 * `json_group_array(json_object(…))`, PostgreSQL `json_agg(json_build_object(…))`). Read it with parsedJson.
 */
export function jsonRowsAgg(dialect: DialectName, columns: readonly string[]): RawBuilder<unknown> {
  const pairs = sql.join(columns.map((column) => sql`${sql.lit(column)}, ${sql.ref(column)}`));
  return dialect === 'sqlite' ? sql`json_group_array(json_object(${pairs}))` : sql`json_agg(json_build_object(${pairs}))`;
}

/**
 * Per group, a JSON object from each row's `key` column to its `value` column (SQLite `json_group_object`,
 * PostgreSQL `json_object_agg`); keys are unique within a group. Read it with parsedJson.
 */
export function jsonMapAgg(dialect: DialectName, key: string, value: string): RawBuilder<unknown> {
  return dialect === 'sqlite'
    ? sql`json_group_object(${sql.ref(key)}, ${sql.ref(value)})`
    : sql`json_object_agg(${sql.ref(key)}, ${sql.ref(value)})`;
}

/** The value of a JSON aggregate as read: SQLite returns its text, the PostgreSQL driver has already parsed it. */
export function parsedJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
