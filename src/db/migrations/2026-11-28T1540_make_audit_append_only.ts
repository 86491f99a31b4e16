import { type Kysely, sql } from 'kysely';
import { migrationDialect } from '../dialect.ts';

/** SECURITY: the database itself refuses UPDATE and DELETE (and, on PostgreSQL, TRUNCATE) of audit_log rows. */
export async function up(db: Kysely<unknown>): Promise<void> {
  if (migrationDialect(db) === 'sqlite') {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
    return;
  }
  await sql`CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_log is append-only'; END; $$`.execute(db);
  await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
  await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (migrationDialect(db) === 'sqlite') {
    await sql`DROP TRIGGER IF EXISTS audit_log_no_update`.execute(db);
    await sql`DROP TRIGGER IF EXISTS audit_log_no_delete`.execute(db);
    return;
  }
  await sql`DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log`.execute(db);
  await sql`DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log`.execute(db);
  await sql`DROP FUNCTION IF EXISTS audit_log_refuse_change()`.execute(db);
}
