import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];
const ref = ['tenant_id', 'id'];

/** A Perjanjian Kinerja of an OPD's official for a year, with its revision chain and its official document. */
async function createAgreements(schema: Schema) {
  await schema
    .createTable('performance_agreements')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('first_party_position_id', 'text', (c) => c.notNull())
    .addColumn('second_party_position_id', 'text', (c) => c.notNull())
    // Snapshots of the holders when the document is generated (null while draft).
    .addColumn('first_party_employee_id', 'text')
    .addColumn('first_party_name', 'text')
    .addColumn('first_party_nip', 'text')
    .addColumn('first_party_jabatan', 'text')
    .addColumn('second_party_employee_id', 'text')
    .addColumn('second_party_name', 'text')
    .addColumn('second_party_nip', 'text')
    .addColumn('second_party_jabatan', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('supersedes_id', 'text')
    .addColumn('revision_reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text')
    .addColumn('document_number', 'text')
    .addColumn('verification_code', 'text')
    .addColumn('second_party_signed_at', 'text')
    .addColumn('first_party_signed_at', 'text')
    .addColumn('superseded_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('performance_agreements_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('performance_agreements_party_uq', [
      'tenant_id',
      'unit_id',
      'year',
      'first_party_position_id',
      'revision',
    ])
    .addUniqueConstraint('performance_agreements_supersedes_uq', ['tenant_id', 'supersedes_id'])
    .addForeignKeyConstraint('performance_agreements_unit_fk', ['tenant_id', 'unit_id'], 'units', ref)
    .addForeignKeyConstraint(
      'performance_agreements_first_position_fk',
      ['tenant_id', 'first_party_position_id'],
      'positions',
      ref,
    )
    .addForeignKeyConstraint(
      'performance_agreements_second_position_fk',
      ['tenant_id', 'second_party_position_id'],
      'positions',
      ref,
    )
    .addForeignKeyConstraint(
      'performance_agreements_first_employee_fk',
      ['tenant_id', 'first_party_employee_id'],
      'employees',
      ref,
    )
    .addForeignKeyConstraint(
      'performance_agreements_second_employee_fk',
      ['tenant_id', 'second_party_employee_id'],
      'employees',
      ref,
    )
    .addForeignKeyConstraint(
      'performance_agreements_supersedes_fk',
      ['tenant_id', 'supersedes_id'],
      'performance_agreements',
      ref,
    )
    .addForeignKeyConstraint('performance_agreements_document_fk', ['tenant_id', 'document_id'], 'official_documents', ref)
    .addForeignKeyConstraint('performance_agreements_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'performance_agreements', [
    'unit_id',
    'first_party_position_id',
    'second_party_position_id',
    'first_party_employee_id',
    'second_party_employee_id',
    'document_id',
    'created_by',
  ]);
  await schema
    .createIndex('performance_agreements_year_idx')
    .on('performance_agreements')
    .columns(['tenant_id', 'year', 'unit_id'])
    .execute();
}

/** Indicators promised in a PK, with the target snapshot. */
async function createItems(schema: Schema) {
  await schema
    .createTable('agreement_items')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('agreement_id', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('sasaran', 'text', (c) => c.notNull())
    .addColumn('indicator_name', 'text', (c) => c.notNull())
    .addColumn('unit_of_measure', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text')
    .addColumn('target_value', 'text')
    .addColumn('target_min', 'text')
    .addColumn('target_max', 'text')
    .addColumn('target_text', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agreement_items_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('agreement_items_indicator_uq', ['tenant_id', 'agreement_id', 'indicator_id'])
    .addForeignKeyConstraint('agreement_items_agreement_fk', ['tenant_id', 'agreement_id'], 'performance_agreements', ref)
    .addForeignKeyConstraint('agreement_items_indicator_fk', ['tenant_id', 'indicator_id'], 'indicators', ref)
    .execute();
  await indexForeignKeys(schema, 'agreement_items', ['agreement_id', 'indicator_id']);
}

/** Programs/kegiatan/sub-kegiatan with their pagu in a PK. */
async function createBudgets(schema: Schema) {
  await schema
    .createTable('agreement_budgets')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('agreement_id', 'text', (c) => c.notNull())
    .addColumn('program_code', 'text', (c) => c.notNull())
    .addColumn('program_name', 'text', (c) => c.notNull())
    .addColumn('kegiatan_code', 'text')
    .addColumn('kegiatan_name', 'text')
    .addColumn('sub_kegiatan_code', 'text')
    .addColumn('sub_kegiatan_name', 'text')
    .addColumn('pagu', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('agreement_budgets_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('agreement_budgets_agreement_fk', ['tenant_id', 'agreement_id'], 'performance_agreements', ref)
    .execute();
  await indexForeignKeys(schema, 'agreement_budgets', ['agreement_id']);
}

/** Rencana aksi: actions per PK item and quarter or month. */
async function createActionPlans(schema: Schema) {
  await schema
    .createTable('action_plans')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('agreement_id', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_text', 'text')
    .addColumn('target_value', 'text')
    .addColumn('budget', 'text')
    .addColumn('pic_position_id', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('action_plans_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('action_plans_agreement_fk', ['tenant_id', 'agreement_id'], 'performance_agreements', ref)
    .addForeignKeyConstraint('action_plans_item_fk', ['tenant_id', 'item_id'], 'agreement_items', ref)
    .addForeignKeyConstraint('action_plans_pic_position_fk', ['tenant_id', 'pic_position_id'], 'positions', ref)
    .addForeignKeyConstraint('action_plans_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'action_plans', ['agreement_id', 'item_id', 'pic_position_id', 'created_by']);
}

const TABLES = ['performance_agreements', 'agreement_items', 'agreement_budgets', 'action_plans'];

/** e-SAKIP Perjanjian Kinerja: agreements with revisions and their official document, items, budgets, rencana aksi. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createAgreements(db.schema);
  await createItems(db.schema);
  await createBudgets(db.schema);
  await createActionPlans(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the Perjanjian Kinerja tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
