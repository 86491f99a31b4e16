import { type Kysely, sql } from 'kysely';
import { migrationDialect } from '../dialect.ts';

// The tenant tables at the time of this migration; a later table gets its trigger in its own migration.
const TABLES = [
  'regions',
  'units',
  'positions',
  'employees',
  'assignments',
  'users',
  'user_roles',
  'sessions',
  'oidc_states',
  'audit_log',
  'audit_heads',
  'files',
];

/**
 * SECURITY: a row never moves to another tenant. tenantDb pins every UPDATE to the caller's tenant,
 * but its `set()` could still name tenant_id; the database refuses that change on every tenant table.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (migrationDialect(db) === 'sqlite') {
    for (const table of TABLES) {
      await sql`CREATE TRIGGER ${sql.id(`${table}_tenant_id_frozen`)} BEFORE UPDATE OF tenant_id ON ${sql.table(table)}
        FOR EACH ROW WHEN NEW.tenant_id IS NOT OLD.tenant_id
        BEGIN SELECT RAISE(ABORT, 'tenant_id cannot change'); END`.execute(db);
    }
    return;
  }
  await sql`CREATE FUNCTION refuse_tenant_id_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.tenant_id IS DISTINCT FROM OLD.tenant_id THEN RAISE EXCEPTION 'tenant_id cannot change'; END IF;
      RETURN NEW;
    END; $$`.execute(db);
  for (const table of TABLES) {
    await sql`CREATE TRIGGER ${sql.id(`${table}_tenant_id_frozen`)} BEFORE UPDATE OF tenant_id ON ${sql.table(table)}
      FOR EACH ROW EXECUTE FUNCTION refuse_tenant_id_change()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  const sqlite = migrationDialect(db) === 'sqlite';
  for (const table of TABLES) {
    if (sqlite) await sql`DROP TRIGGER IF EXISTS ${sql.id(`${table}_tenant_id_frozen`)}`.execute(db);
    else await sql`DROP TRIGGER IF EXISTS ${sql.id(`${table}_tenant_id_frozen`)} ON ${sql.table(table)}`.execute(db);
  }
  if (!sqlite) await sql`DROP FUNCTION IF EXISTS refuse_tenant_id_change()`.execute(db);
}
