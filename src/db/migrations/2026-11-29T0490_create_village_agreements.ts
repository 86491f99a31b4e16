import { type Kysely, sql } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];
const ref = ['tenant_id', 'id'];

/** The Perjanjian Kinerja of a kepala desa for a year, with its revision chain, parties and official document. */
async function createAgreements(schema: Schema) {
  await schema
    .createTable('village_agreements')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('supersedes_id', 'text')
    .addColumn('revision_reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'signing', 'signed', 'superseded')`))
    .addColumn('document_id', 'text')
    .addColumn('document_number', 'text')
    .addColumn('verification_code', 'text')
    .addColumn('kades_employee_id', 'text', (c) => c.notNull())
    .addColumn('kades_name', 'text', (c) => c.notNull())
    .addColumn('kades_jabatan', 'text', (c) => c.notNull())
    .addColumn('camat_employee_id', 'text', (c) => c.notNull())
    .addColumn('camat_name', 'text', (c) => c.notNull())
    .addColumn('camat_jabatan', 'text', (c) => c.notNull())
    .addColumn('kades_signed_at', 'text')
    .addColumn('camat_signed_at', 'text')
    .addColumn('superseded_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('village_agreements_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_agreements_revision_uq', ['tenant_id', 'region_id', 'year', 'revision'])
    .addUniqueConstraint('village_agreements_supersedes_uq', ['tenant_id', 'supersedes_id'])
    .addForeignKeyConstraint('village_agreements_region_fk', ['tenant_id', 'region_id'], 'regions', ref)
    .addForeignKeyConstraint('village_agreements_supersedes_fk', ['tenant_id', 'supersedes_id'], 'village_agreements', ref)
    .addForeignKeyConstraint('village_agreements_document_fk', ['tenant_id', 'document_id'], 'official_documents', ref)
    .addForeignKeyConstraint('village_agreements_kades_fk', ['tenant_id', 'kades_employee_id'], 'employees', ref)
    .addForeignKeyConstraint('village_agreements_camat_fk', ['tenant_id', 'camat_employee_id'], 'employees', ref)
    .addForeignKeyConstraint('village_agreements_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'village_agreements', ['document_id', 'kades_employee_id', 'camat_employee_id', 'created_by']);
  await schema.createIndex('village_agreements_year_idx').on('village_agreements').columns(['tenant_id', 'year']).execute();
}

/** The rows of the PK's table as promised: a snapshot of the mandated results and own indicators with their target. */
async function createItems(schema: Schema) {
  await schema
    .createTable('village_agreement_items')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('agreement_id', 'text', (c) => c.notNull())
    .addColumn('source_kind', 'text', (c) => c.notNull().check(sql`source_kind in ('mandatory', 'own')`))
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('sasaran', 'text', (c) => c.notNull())
    .addColumn('indicator_name', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_agreement_items_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_agreement_items_source_uq', ['tenant_id', 'agreement_id', 'source_id'])
    .addForeignKeyConstraint(
      'village_agreement_items_agreement_fk',
      ['tenant_id', 'agreement_id'],
      'village_agreements',
      ref,
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

const TABLES = ['village_agreements', 'village_agreement_items'];

/** PK Kepala Desa: agreements per desa, year and revision, and their item snapshots. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createAgreements(db.schema);
  await createItems(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the PK Kepala Desa tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
