import { type Kysely, sql } from 'kysely';

/**
 * The partial index of unread recipient rows gains the inbox order (received_on, letter_id), so the "unread only"
 * inbox filter is an index range scan like the full inbox, and the capped unread count stays an index-only scan.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS letter_recipients_unread_idx`.execute(db);
  await sql`CREATE INDEX letter_recipients_unread_idx
    ON letter_recipients (tenant_id, position_id, received_on DESC, letter_id DESC) WHERE read_at IS NULL`.execute(db);
}

/** Back to the index of 1840. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX IF EXISTS letter_recipients_unread_idx`.execute(db);
  await sql`CREATE INDEX letter_recipients_unread_idx
    ON letter_recipients (tenant_id, position_id) WHERE read_at IS NULL`.execute(db);
}
