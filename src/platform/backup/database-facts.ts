import { type Kysely, sql } from 'kysely';
import type { Database } from '../../db/schema/database.ts';

/** What a backup records about the database it snapshotted, read from that same snapshot. */
export interface DatabaseFacts {
  migrations: string[];
  tenants: { id: string; code: string; slug: string }[];
  rowCounts: Record<string, number>;
}

/** Schemas whose tables are counted under their bare name (SQLite has no schema; PostgreSQL uses `public`). */
const PUBLIC_SCHEMAS = new Set([undefined, 'public']);

/**
 * Reads the applied migrations, the tenants and the row count of every table. `db` must see one
 * snapshot (a read-only snapshot file, or a repeatable-read transaction), so the counts match the dump.
 */
export async function readDatabaseFacts(db: Kysely<Database>): Promise<DatabaseFacts> {
  const migrations = await sql<{ name: string }>`select name from schema_migrations order by name`.execute(db);
  const tenants = await db.selectFrom('tenants').select(['id', 'code', 'slug']).orderBy('code').orderBy('id').execute();
  return { migrations: migrations.rows.map((r) => r.name), tenants, rowCounts: await countRows(db) };
}

/** Row count of every base table (views excluded), keyed by table name (`schema.table` outside `public`). */
async function countRows(db: Kysely<Database>): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables()).filter((t) => !t.isView);
  const counts: Record<string, number> = {};
  for (const table of tables.sort((a, b) => a.name.localeCompare(b.name))) {
    const isPublic = PUBLIC_SCHEMAS.has(table.schema);
    const name = isPublic ? table.name : `${table.schema}.${table.name}`;
    const ref = isPublic ? sql.table(table.name) : sql.id(table.schema as string, table.name);
    const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${ref}`.execute(db);
    counts[name] = Number(rows[0].n);
  }
  return counts;
}
