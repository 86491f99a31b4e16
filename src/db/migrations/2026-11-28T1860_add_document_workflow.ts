import type { Kysely } from 'kysely';

/**
 * Official documents made by a workflow (an outgoing letter) remember it in `workflow`: such a document is signed
 * only through its workflow (which marks the number used and delivers the letter), never from the documents page.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('official_documents').addColumn('workflow', 'text').execute();
}

/** Drops the column again. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('official_documents').dropColumn('workflow').execute();
}
