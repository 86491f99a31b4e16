import { type Kysely, sql } from 'kysely';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

async function createPacks(db: Kysely<unknown>) {
  await db.schema
    .createTable('regulation_packs')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('labels', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('activated_at', 'text')
    .addColumn('retired_at', 'text')
    .addPrimaryKeyConstraint('regulation_packs_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('regulation_packs_version_uq', ['tenant_id', 'version'])
    .execute();
  // At most one active and one draft pack per tenant, enforced by the database (both dialects know partial indexes).
  await sql`CREATE UNIQUE INDEX regulation_packs_one_active ON regulation_packs (tenant_id) WHERE status = 'active'`.execute(db);
  await sql`CREATE UNIQUE INDEX regulation_packs_one_draft ON regulation_packs (tenant_id) WHERE status = 'draft'`.execute(db);
}

async function createDocumentTypes(schema: Schema) {
  await schema
    .createTable('document_types')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('family', 'text', (c) => c.notNull())
    .addColumn('subfamily', 'text')
    .addColumn('layout', 'text', (c) => c.notNull())
    .addColumn('variant', 'text')
    .addColumn('number_scheme_code', 'text')
    .addColumn('requires_signature', 'integer', (c) => c.notNull())
    .addColumn('signer_levels', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('document_types_pk', ['tenant_id', 'pack_id', 'code'])
    .addForeignKeyConstraint('document_types_pack_fk', ['tenant_id', 'pack_id'], 'regulation_packs', ['tenant_id', 'id'])
    .execute();
}

async function createArchiveClasses(schema: Schema) {
  await schema
    .createTable('archive_classes')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('level', 'integer', (c) => c.notNull())
    .addColumn('retention_active_years', 'integer')
    .addColumn('retention_inactive_years', 'integer')
    .addColumn('final_disposition', 'text')
    .addColumn('description', 'text')
    .addPrimaryKeyConstraint('archive_classes_pk', ['tenant_id', 'pack_id', 'code'])
    .addForeignKeyConstraint('archive_classes_pack_fk', ['tenant_id', 'pack_id'], 'regulation_packs', ['tenant_id', 'id'])
    .addForeignKeyConstraint('archive_classes_parent_fk', ['tenant_id', 'pack_id', 'parent_code'], 'archive_classes', [
      'tenant_id',
      'pack_id',
      'code',
    ])
    .execute();
  await schema
    .createIndex('archive_classes_parent_idx')
    .on('archive_classes')
    .columns(['tenant_id', 'pack_id', 'parent_code'])
    .execute();
}

async function createInstructions(schema: Schema) {
  await schema
    .createTable('disposition_instructions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('pack_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('disposition_instructions_pk', ['tenant_id', 'pack_id', 'code'])
    .addForeignKeyConstraint('disposition_instructions_pack_fk', ['tenant_id', 'pack_id'], 'regulation_packs', [
      'tenant_id',
      'id',
    ])
    .execute();
}

const TENANT_TABLES = ['regulation_packs', 'document_types', 'archive_classes', 'disposition_instructions'];

/** Versioned regulation packs: jenis naskah, KKA (with JRA retention), labels and disposition instructions. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createPacks(db);
  await createDocumentTypes(db.schema);
  await createArchiveClasses(db.schema);
  await createInstructions(db.schema);
  await freezeTenantIdOf(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TENANT_TABLES.toReversed()) await db.schema.dropTable(table).execute();
}
