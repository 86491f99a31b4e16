import { type Kysely, sql } from 'kysely';
import { migrationDialect } from '../dialect.ts';

const REFUSED = `letter_recipients.received_on must equal letters.received_on`;

/** Adds `letter_recipients.received_on` and fills it from the letters (NOT NULL on PostgreSQL). */
async function addReceivedOn(db: Kysely<unknown>, sqlite: boolean) {
  await sql`ALTER TABLE letter_recipients ADD COLUMN received_on text`.execute(db);
  if (sqlite)
    await sql`UPDATE letter_recipients SET received_on = (SELECT l.received_on FROM letters l
      WHERE l.tenant_id = letter_recipients.tenant_id AND l.id = letter_recipients.letter_id)`.execute(db);
  else {
    await sql`UPDATE letter_recipients r SET received_on = l.received_on FROM letters l
      WHERE l.tenant_id = r.tenant_id AND l.id = r.letter_id`.execute(db);
    await sql`ALTER TABLE letter_recipients ALTER COLUMN received_on SET NOT NULL`.execute(db);
  }
}

/** The inbox page's index (a range scan per position, newest first) and the unread rows' partial index. */
async function addIndexes(db: Kysely<unknown>) {
  await sql`CREATE INDEX letter_recipients_inbox_idx
    ON letter_recipients (tenant_id, position_id, received_on DESC, letter_id DESC)`.execute(db);
  await sql`CREATE INDEX letter_recipients_unread_idx
    ON letter_recipients (tenant_id, position_id) WHERE read_at IS NULL`.execute(db);
}

/** SQLite: a recipient row's copy must equal its letter's date; a letter's new date is copied to its rows. */
async function addSqliteTriggers(db: Kysely<unknown>) {
  const mismatch = sql`NEW.received_on IS NOT (SELECT l.received_on FROM letters l
    WHERE l.tenant_id = NEW.tenant_id AND l.id = NEW.letter_id)`;
  const refuse = sql`BEGIN SELECT RAISE(ABORT, ${sql.lit(REFUSED)}); END`;
  await sql`CREATE TRIGGER letter_recipients_received_on_insert BEFORE INSERT ON letter_recipients
    FOR EACH ROW WHEN ${mismatch} ${refuse}`.execute(db);
  await sql`CREATE TRIGGER letter_recipients_received_on_update BEFORE UPDATE OF received_on, letter_id
    ON letter_recipients FOR EACH ROW WHEN ${mismatch} ${refuse}`.execute(db);
  await sql`CREATE TRIGGER letters_received_on_copy AFTER UPDATE OF received_on ON letters
    FOR EACH ROW WHEN NEW.received_on IS NOT OLD.received_on
    BEGIN UPDATE letter_recipients SET received_on = NEW.received_on
      WHERE tenant_id = NEW.tenant_id AND letter_id = NEW.id; END`.execute(db);
}

/** PostgreSQL: the same two rules as trigger functions. */
async function addPostgresTriggers(db: Kysely<unknown>) {
  await sql`CREATE FUNCTION letter_recipients_check_received_on() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF NEW.received_on IS DISTINCT FROM (SELECT l.received_on FROM letters l
          WHERE l.tenant_id = NEW.tenant_id AND l.id = NEW.letter_id) THEN
        RAISE EXCEPTION ${sql.lit(REFUSED)};
      END IF;
      RETURN NEW;
    END $$`.execute(db);
  await sql`CREATE TRIGGER letter_recipients_received_on_check BEFORE INSERT OR UPDATE OF received_on, letter_id
    ON letter_recipients FOR EACH ROW EXECUTE FUNCTION letter_recipients_check_received_on()`.execute(db);
  await sql`CREATE FUNCTION letters_copy_received_on() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE letter_recipients SET received_on = NEW.received_on WHERE tenant_id = NEW.tenant_id AND letter_id = NEW.id;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER letters_received_on_copy AFTER UPDATE OF received_on ON letters
    FOR EACH ROW WHEN (NEW.received_on IS DISTINCT FROM OLD.received_on)
    EXECUTE FUNCTION letters_copy_received_on()`.execute(db);
}

/**
 * Inbox keyset (issue #4): the inbox's sort key `received_on` copied into `letter_recipients` (kept equal to the
 * letter's by triggers) with an index (tenant_id, position_id, received_on desc, letter_id desc), so a page is an
 * index range scan; and a partial index of unread rows for the (capped) unread count.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const sqlite = migrationDialect(db) === 'sqlite';
  await addReceivedOn(db, sqlite);
  await addIndexes(db);
  if (sqlite) await addSqliteTriggers(db);
  else await addPostgresTriggers(db);
}

/** Removes the copy, its indexes and triggers. */
export async function down(db: Kysely<unknown>): Promise<void> {
  const sqlite = migrationDialect(db) === 'sqlite';
  await sql`DROP TRIGGER IF EXISTS letters_received_on_copy${sqlite ? sql`` : sql` ON letters`}`.execute(db);
  if (sqlite) {
    await sql`DROP TRIGGER IF EXISTS letter_recipients_received_on_insert`.execute(db);
    await sql`DROP TRIGGER IF EXISTS letter_recipients_received_on_update`.execute(db);
  } else {
    await sql`DROP TRIGGER IF EXISTS letter_recipients_received_on_check ON letter_recipients`.execute(db);
    await sql`DROP FUNCTION IF EXISTS letter_recipients_check_received_on()`.execute(db);
    await sql`DROP FUNCTION IF EXISTS letters_copy_received_on()`.execute(db);
  }
  await sql`DROP INDEX IF EXISTS letter_recipients_unread_idx`.execute(db);
  await sql`DROP INDEX IF EXISTS letter_recipients_inbox_idx`.execute(db);
  await sql`ALTER TABLE letter_recipients DROP COLUMN received_on`.execute(db);
}
