import type { Kysely } from 'kysely';

/**
 * Absence delegation (Plh): assignments remember where they came from (`import` from the org file, or `delegation`
 * made by a head for a period) and the delegation's reason. One column per ALTER: SQLite adds one at a time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('assignments')
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('import'))
    .execute();
  await db.schema.alterTable('assignments').addColumn('reason', 'text').execute();
}

/** Drops the two columns again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('assignments').dropColumn('reason').execute();
  await db.schema.alterTable('assignments').dropColumn('source').execute();
}
