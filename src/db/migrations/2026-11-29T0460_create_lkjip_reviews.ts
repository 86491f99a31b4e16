import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];
const ref = ['tenant_id', 'id'];

/** One reviu per LKjIP, with who started and concluded it. */
async function createReviews(schema: Schema) {
  await schema
    .createTable('lkjip_reviews')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('reviewer_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    .addColumn('concluded_at', 'text')
    .addColumn('concluded_by', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('lkjip_reviews_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('lkjip_reviews_report_uq', ['tenant_id', 'report_id'])
    .addForeignKeyConstraint('lkjip_reviews_report_fk', ['tenant_id', 'report_id'], 'lkjip_reports', ref)
    .addForeignKeyConstraint('lkjip_reviews_reviewer_fk', ['tenant_id', 'reviewer_id'], 'users', ref)
    .addForeignKeyConstraint('lkjip_reviews_concluded_by_fk', ['tenant_id', 'concluded_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'lkjip_reviews', ['reviewer_id', 'concluded_by']);
}

/** The notes of a review, one per finding on a section, with the OPD's response and the resolution. */
async function createNotes(schema: Schema) {
  await schema
    .createTable('lkjip_review_notes')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('review_id', 'text', (c) => c.notNull())
    .addColumn('section_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('response', 'text')
    .addColumn('responded_by', 'text')
    .addColumn('responded_at', 'text')
    .addColumn('resolved_by', 'text')
    .addColumn('resolved_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('lkjip_review_notes_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('lkjip_review_notes_review_fk', ['tenant_id', 'review_id'], 'lkjip_reviews', ref)
    .addForeignKeyConstraint('lkjip_review_notes_responded_by_fk', ['tenant_id', 'responded_by'], 'users', ref)
    .addForeignKeyConstraint('lkjip_review_notes_resolved_by_fk', ['tenant_id', 'resolved_by'], 'users', ref)
    .addForeignKeyConstraint('lkjip_review_notes_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'lkjip_review_notes', ['review_id', 'responded_by', 'resolved_by', 'created_by']);
}

const TABLES = ['lkjip_reviews', 'lkjip_review_notes'];

/** Reviu of LKjIP by the Inspektorat: reviews and their notes per section. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createReviews(db.schema);
  await createNotes(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the review tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
