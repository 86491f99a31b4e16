import type { Kysely } from 'kysely';

/**
 * A recompute compares each stored capaian with the recomputed one. Reading the 11 compared columns of a regency's
 * 26,000 rows back into JavaScript took ~300 ms on SQLite; a short digest of those columns (capaian-digest.ts), kept
 * in the year index so the comparison is an index-only scan, takes a sixth of that. Existing rows get an empty
 * digest, so the next recompute of their year rewrites them once.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('capaian_results')
    .addColumn('digest', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.dropIndex('capaian_results_year_idx').execute();
  await db.schema
    .createIndex('capaian_results_year_idx')
    .on('capaian_results')
    .columns(['tenant_id', 'year', 'indicator_id', 'period', 'digest'])
    .execute();
}

/** Back to the year index without the digest, and no digest column. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('capaian_results_year_idx').execute();
  await db.schema
    .createIndex('capaian_results_year_idx')
    .on('capaian_results')
    .columns(['tenant_id', 'year', 'indicator_id', 'period'])
    .execute();
  await db.schema.alterTable('capaian_results').dropColumn('digest').execute();
}
