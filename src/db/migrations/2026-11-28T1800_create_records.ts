import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

/** A berkas: numbered per unit and year (`seq`), with a KKA code kept as text (a new pack never rewrites it). */
async function createCaseFiles(schema: Schema) {
  await schema
    .createTable('case_files')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('kka_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('case_files_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('case_files_seq_uq', ['tenant_id', 'unit_id', 'year', 'seq'])
    .addForeignKeyConstraint('case_files_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('case_files_created_by_fk', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'case_files', ['unit_id', 'created_by']);
  await schema.createIndex('case_files_opened_idx').on('case_files').columns(['tenant_id', 'opened_at', 'id']).execute();
}

/** The letters of a berkas; a letter is in at most one berkas (unique per tenant and letter). */
async function createCaseFileLetters(schema: Schema) {
  await schema
    .createTable('case_file_letters')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('case_file_id', 'text', (c) => c.notNull())
    .addColumn('letter_id', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_file_letters_pk', ['tenant_id', 'letter_id'])
    .addForeignKeyConstraint('case_file_letters_case_file_fk', ['tenant_id', 'case_file_id'], 'case_files', ['tenant_id', 'id'])
    .addForeignKeyConstraint('case_file_letters_letter_fk', ['tenant_id', 'letter_id'], 'letters', ['tenant_id', 'id'])
    .addForeignKeyConstraint('case_file_letters_added_by_fk', ['tenant_id', 'added_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'case_file_letters', ['case_file_id', 'added_by']);
}

/** Records (pemberkasan): case files and the letters filed in them. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createCaseFiles(db.schema);
  await createCaseFileLetters(db.schema);
  await freezeTenantIdOf(db, ['case_files', 'case_file_letters']);
}

/** Drops the records tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('case_file_letters').execute();
  await db.schema.dropTable('case_files').execute();
}
