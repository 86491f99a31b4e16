import { type Kysely, sql } from 'kysely';
import { migrationDialect } from '../dialect.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

/** The bookkeeping table of letter search, the same on both databases (a normal tenant table). */
async function createEntries(db: Kysely<unknown>, postgres: boolean) {
  await db.schema
    .createTable('letter_search')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('letter_id', 'text', (c) => c.notNull())
    // The newest-first order of search (indexing order); the FTS5 rowid on SQLite, an identity on PostgreSQL.
    .addColumn('seq', postgres ? 'bigint' : 'integer', (c) =>
      postgres ? c.notNull().generatedByDefaultAsIdentity() : c.notNull(),
    )
    .addColumn('hal', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('scan_text', 'text')
    .addColumn('text_state', 'text', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_search_pk', ['tenant_id', 'letter_id'])
    .addForeignKeyConstraint('letter_search_letter_fk', ['tenant_id', 'letter_id'], 'letters', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('letter_search_seq_idx').on('letter_search').columns(['tenant_id', 'seq']).execute();
}

/**
 * PostgreSQL: a generated tsvector (hal A, summary/sender/numbers B, PDF text C, every word verbatim via `simple`)
 * with a GIN index. The stored texts are already plain words (split in JS), so both databases see the same words.
 */
async function addTsvector(db: Kysely<unknown>) {
  await sql`ALTER TABLE letter_search ADD COLUMN document tsvector GENERATED ALWAYS AS (
      setweight(to_tsvector('indonesian'::regconfig, hal), 'A')
      || setweight(to_tsvector('indonesian'::regconfig, body), 'B')
      || setweight(to_tsvector('indonesian'::regconfig, coalesce(scan_text, '')), 'C')
      || setweight(to_tsvector('simple'::regconfig, hal || ' ' || body || ' ' || coalesce(scan_text, '')), 'D')
    ) STORED`.execute(db);
  await sql`CREATE INDEX letter_search_document_idx ON letter_search USING gin (document)`.execute(db);
}

/**
 * SQLite: a contentless FTS5 index whose rowid is letter_search.seq. It holds no tenant column and no text, only
 * tokens (words and their JS stems); it is reached only by joining letter_search on seq and tenant_id.
 */
async function addFts(db: Kysely<unknown>) {
  await sql`CREATE UNIQUE INDEX letter_search_fts_rowid_uq ON letter_search (seq)`.execute(db);
  await sql`CREATE VIRTUAL TABLE letter_search_fts USING fts5(hal, body, scan, content='', contentless_delete=1)`.execute(db);
}

/** Letter search: letter_search on both databases, with a tsvector (PostgreSQL) or an FTS5 index (SQLite). */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = migrationDialect(db) === 'postgres';
  await createEntries(db, postgres);
  await freezeTenantIdOf(db, ['letter_search']);
  if (postgres) await addTsvector(db);
  else await addFts(db);
}

/** Drops the search index. */
export async function down(db: Kysely<unknown>): Promise<void> {
  if (migrationDialect(db) === 'sqlite') await sql`DROP TABLE IF EXISTS letter_search_fts`.execute(db);
  await db.schema.dropTable('letter_search').execute();
}
