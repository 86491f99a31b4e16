import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];
const ref = ['tenant_id', 'id'];

/** One LKjIP per scope (OPD unit id or `regency`) and year, with its official document once finalised. */
async function createReports(schema: Schema) {
  await schema
    .createTable('lkjip_reports')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('lkjip_reports_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('lkjip_reports_scope_uq', ['tenant_id', 'scope_key', 'year'])
    .addForeignKeyConstraint('lkjip_reports_unit_fk', ['tenant_id', 'unit_id'], 'units', ref)
    .addForeignKeyConstraint('lkjip_reports_document_fk', ['tenant_id', 'document_id'], 'official_documents', ref)
    .addForeignKeyConstraint('lkjip_reports_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'lkjip_reports', ['unit_id', 'document_id', 'created_by']);
}

/** Edited narrative sections of a report, one per key, with an optimistic version. */
async function createSections(schema: Schema) {
  await schema
    .createTable('lkjip_sections')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('section_key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('lkjip_sections_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('lkjip_sections_key_uq', ['tenant_id', 'report_id', 'section_key'])
    .addForeignKeyConstraint('lkjip_sections_report_fk', ['tenant_id', 'report_id'], 'lkjip_reports', ref)
    .addForeignKeyConstraint('lkjip_sections_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'lkjip_sections', ['updated_by']);
}

/** Exported versions of a report (numbered per report) with their DOCX and PDF files. */
async function createVersions(schema: Schema) {
  await schema
    .createTable('lkjip_versions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('report_id', 'text', (c) => c.notNull())
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('docx_file_id', 'text', (c) => c.notNull())
    .addColumn('pdf_file_id', 'text', (c) => c.notNull())
    .addColumn('completeness', 'text', (c) => c.notNull())
    .addColumn('job_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('lkjip_versions_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('lkjip_versions_number_uq', ['tenant_id', 'report_id', 'number'])
    .addForeignKeyConstraint('lkjip_versions_report_fk', ['tenant_id', 'report_id'], 'lkjip_reports', ref)
    .addForeignKeyConstraint('lkjip_versions_docx_fk', ['tenant_id', 'docx_file_id'], 'files', ref)
    .addForeignKeyConstraint('lkjip_versions_pdf_fk', ['tenant_id', 'pdf_file_id'], 'files', ref)
    .addForeignKeyConstraint('lkjip_versions_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'lkjip_versions', ['docx_file_id', 'pdf_file_id', 'created_by']);
}

const TABLES = ['lkjip_reports', 'lkjip_sections', 'lkjip_versions'];

/** LKjIP drafts: reports, edited sections and exported versions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createReports(db.schema);
  await createSections(db.schema);
  await createVersions(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the LKjIP tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
