import { type Kysely, sql } from 'kysely';
import { migrationDialect } from '../dialect.ts';

/** In-app notifications per user, with delivery marks for e-mail and the chat webhook. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('security', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('emailed_at', 'text')
    .addColumn('chatted_at', 'text')
    .addPrimaryKeyConstraint('notifications_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('notifications_user_fk', ['tenant_id', 'user_id'], 'users', ['tenant_id', 'id'], (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('notifications_user_idx')
    .on('notifications')
    .columns(['tenant_id', 'user_id', 'created_at'])
    .execute();
  // SECURITY: the same tenant_id freeze as every other tenant table.
  if (migrationDialect(db) === 'sqlite')
    await sql`CREATE TRIGGER notifications_tenant_id_frozen BEFORE UPDATE OF tenant_id ON notifications
      FOR EACH ROW WHEN NEW.tenant_id IS NOT OLD.tenant_id
      BEGIN SELECT RAISE(ABORT, 'tenant_id cannot change'); END`.execute(db);
  else
    await sql`CREATE TRIGGER notifications_tenant_id_frozen BEFORE UPDATE OF tenant_id ON notifications
      FOR EACH ROW EXECUTE FUNCTION refuse_tenant_id_change()`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
}
