import { type Kysely, sql } from 'kysely';

/**
 * The e-Office dashboard reads one year: incoming letters by registration instant (with the unit, for a pimpinan's
 * units, so the walk needs no table lookup) and dispositions by the instant they were sent. Without these it walked
 * every letter and disposition of the tenant (1M letters: 0.6 s for an empty year, 1.5 s for a full one).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX letters_direction_created_idx ON letters (tenant_id, direction, created_at, unit_id)`.execute(db);
  await sql`CREATE INDEX dispositions_created_idx ON dispositions (tenant_id, created_at)`.execute(db);
}

/** Drops both indexes. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS dispositions_created_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS letters_direction_created_idx`.execute(db);
}
