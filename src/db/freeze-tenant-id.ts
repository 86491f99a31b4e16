import { type Kysely, sql } from 'kysely';
import { migrationDialect } from './dialect.ts';

/**
 * SECURITY: a row never moves to another tenant. Adds the `<table>_tenant_id_frozen` trigger that refuses any
 * change of tenant_id (migration 2026-11-28T1550 made it for the first tables and the PostgreSQL function
 * `refuse_tenant_id_change`); every later tenant table gets it from its own migration through this helper.
 */
export async function freezeTenantIdOf(db: Kysely<unknown>, tables: readonly string[]): Promise<void> {
  const sqlite = migrationDialect(db) === 'sqlite';
  for (const table of tables) {
    const name = sql.id(`${table}_tenant_id_frozen`);
    if (sqlite)
      await sql`CREATE TRIGGER ${name} BEFORE UPDATE OF tenant_id ON ${sql.table(table)}
        FOR EACH ROW WHEN NEW.tenant_id IS NOT OLD.tenant_id
        BEGIN SELECT RAISE(ABORT, 'tenant_id cannot change'); END`.execute(db);
    else
      await sql`CREATE TRIGGER ${name} BEFORE UPDATE OF tenant_id ON ${sql.table(table)}
        FOR EACH ROW EXECUTE FUNCTION refuse_tenant_id_change()`.execute(db);
  }
}
