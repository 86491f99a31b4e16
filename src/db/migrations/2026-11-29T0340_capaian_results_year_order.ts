import type { Kysely } from 'kysely';

/**
 * Stored capaian of a year are read in indicator order (a recompute compares them row by row). The year index in
 * (tenant, year, period) order visited the table 13 times over, one period at a time, out of its physical order:
 * 150 ms for 26,000 rows on SQLite against 13 ms in (tenant, year, indicator, period) order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('capaian_results_year_idx').execute();
  await db.schema
    .createIndex('capaian_results_year_idx')
    .on('capaian_results')
    .columns(['tenant_id', 'year', 'indicator_id', 'period'])
    .execute();
}

/** Back to the (tenant, year, period) index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('capaian_results_year_idx').execute();
  await db.schema
    .createIndex('capaian_results_year_idx')
    .on('capaian_results')
    .columns(['tenant_id', 'year', 'period'])
    .execute();
}
