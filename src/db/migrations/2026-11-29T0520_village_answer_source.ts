import type { Kysely } from 'kysely';

/**
 * Where a village worksheet answer came from: null for a person's answer, else the Pamong fact it was pre-answered
 * from (e.g. 'rpjmdes'), so the evaluator sees "dari data Pamong" until they confirm or change it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('village_evaluation_answers').addColumn('prefilled_from', 'text').execute();
}

/** Drops the source column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('village_evaluation_answers').dropColumn('prefilled_from').execute();
}
