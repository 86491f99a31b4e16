import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

async function createDrafts(schema: Schema) {
  await schema
    .createTable('letter_drafts')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('drafter_position_id', 'text', (c) => c.notNull())
    .addColumn('drafter_employee_id', 'text', (c) => c.notNull())
    .addColumn('signer_position_id', 'text', (c) => c.notNull())
    .addColumn('hal', 'text', (c) => c.notNull())
    .addColumn('security', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('kka_code', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('paraf_chain', 'text', (c) => c.notNull())
    .addColumn('number_id', 'text')
    .addColumn('number_text', 'text')
    .addColumn('letter_date', 'text')
    .addColumn('document_id', 'text')
    .addColumn('letter_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_drafts_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_drafts_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_drafts_drafter_position_fk', ['tenant_id', 'drafter_position_id'], 'positions', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('letter_drafts_drafter_employee_fk', ['tenant_id', 'drafter_employee_id'], 'employees', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('letter_drafts_signer_position_fk', ['tenant_id', 'signer_position_id'], 'positions', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('letter_drafts_number_fk', ['tenant_id', 'number_id'], 'numbers', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_drafts_document_fk', ['tenant_id', 'document_id'], 'official_documents', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_drafts_letter_fk', ['tenant_id', 'letter_id'], 'letters', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_drafts_created_by_fk', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'letter_drafts', [
    'unit_id',
    'drafter_position_id',
    'drafter_employee_id',
    'signer_position_id',
    'number_id',
    'document_id',
    'letter_id',
    'created_by',
  ]);
}

async function createVersions(schema: Schema) {
  await schema
    .createTable('letter_versions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('draft_id', 'text', (c) => c.notNull())
    .addColumn('version_no', 'integer', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('author_employee_id', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_versions_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('letter_versions_no_uq', ['tenant_id', 'draft_id', 'version_no'])
    .addForeignKeyConstraint('letter_versions_draft_fk', ['tenant_id', 'draft_id'], 'letter_drafts', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_versions_author_fk', ['tenant_id', 'author_employee_id'], 'employees', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'letter_versions', ['draft_id', 'author_employee_id']);
}

async function createSteps(schema: Schema) {
  await schema
    .createTable('approval_steps')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('draft_id', 'text', (c) => c.notNull())
    .addColumn('round', 'integer', (c) => c.notNull())
    .addColumn('order_no', 'integer', (c) => c.notNull())
    .addColumn('position_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('version_id', 'text')
    .addColumn('acted_by_employee_id', 'text')
    .addColumn('acted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('approval_steps_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('approval_steps_order_uq', ['tenant_id', 'draft_id', 'round', 'order_no'])
    .addForeignKeyConstraint('approval_steps_draft_fk', ['tenant_id', 'draft_id'], 'letter_drafts', ['tenant_id', 'id'])
    .addForeignKeyConstraint('approval_steps_position_fk', ['tenant_id', 'position_id'], 'positions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('approval_steps_version_fk', ['tenant_id', 'version_id'], 'letter_versions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('approval_steps_acted_by_fk', ['tenant_id', 'acted_by_employee_id'], 'employees', [
      'tenant_id',
      'id',
    ])
    .execute();
  await indexForeignKeys(schema, 'approval_steps', ['draft_id', 'position_id', 'version_id', 'acted_by_employee_id']);
}

async function createExternalDeliveries(schema: Schema) {
  await schema
    .createTable('letter_mailings')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('draft_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_mailings_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_mailings_draft_fk', ['tenant_id', 'draft_id'], 'letter_drafts', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_mailings_contact_fk', ['tenant_id', 'contact_id'], 'contacts', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_mailings_file_fk', ['tenant_id', 'file_id'], 'files', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'letter_mailings', ['draft_id', 'contact_id', 'file_id']);
}

const TENANT_TABLES = ['letter_drafts', 'letter_versions', 'approval_steps', 'letter_mailings'];

/** Outgoing letters: drafts with every version kept, paraf/signing steps, and the e-mail outbox to external contacts. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createDrafts(db.schema);
  await createVersions(db.schema);
  await createSteps(db.schema);
  await createExternalDeliveries(db.schema);
  await freezeTenantIdOf(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TENANT_TABLES.toReversed()) await db.schema.dropTable(table).execute();
}
