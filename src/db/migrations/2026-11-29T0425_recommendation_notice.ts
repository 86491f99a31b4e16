import type { Kysely } from 'kysely';

/** The nota dinas draft a recommendation was sent as (e-Office), so it is sent once and linked from the LHE. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('evaluation_recommendations').addColumn('notice_draft_id', 'text').execute();
}

/** Drops the link. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('evaluation_recommendations').dropColumn('notice_draft_id').execute();
}
