import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

/** Nomenclature codes per edition; parent by code (checked by the import, the edition is the unit of change). */
async function createNomenclatureItems(schema: Schema) {
  await schema
    .createTable('nomenclature_items')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('edition', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('parent_code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('nomenclature_items_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('nomenclature_items_code_uq', ['tenant_id', 'edition', 'code'])
    .execute();
  await schema.createIndex('nomenclature_items_code_idx').on('nomenclature_items').columns(['tenant_id', 'code']).execute();
}

/** DPA lines with pagu and realisasi per month as TEXT decimals. */
async function createBudgetLines(schema: Schema) {
  let table = schema
    .createTable('budget_lines')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sub_kegiatan_code', 'text', (c) => c.notNull())
    .addColumn('account_code', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('funding_source', 'text')
    .addColumn('pagu', 'text', (c) => c.notNull());
  for (const month of MONTHS) table = table.addColumn(`realisasi_m${month}`, 'text');
  await table
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('budget_lines_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('budget_lines_key_uq', ['tenant_id', 'unit_id', 'year', 'sub_kegiatan_code', 'account_code'])
    .addForeignKeyConstraint('budget_lines_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('budget_lines_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'budget_lines', ['unit_id', 'updated_by']);
}

/** Line ↔ indicator tags. indicator_id is TEXT without FK until the indicators table exists (follow-up migration). */
async function createBudgetIndicatorTags(schema: Schema) {
  await schema
    .createTable('budget_indicator_tags')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('budget_line_id', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('tagged_by', 'text')
    .addColumn('tagged_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('budget_indicator_tags_pk', ['tenant_id', 'budget_line_id', 'indicator_id'])
    .addForeignKeyConstraint('budget_indicator_tags_line_fk', ['tenant_id', 'budget_line_id'], 'budget_lines', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('budget_indicator_tags_tagged_by_fk', ['tenant_id', 'tagged_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'budget_indicator_tags', ['budget_line_id', 'tagged_by']);
  await schema
    .createIndex('budget_indicator_tags_indicator_idx')
    .on('budget_indicator_tags')
    .columns(['tenant_id', 'indicator_id'])
    .execute();
}

/** One settings row per tenant (absent: defaults). */
async function createBudgetSettings(schema: Schema) {
  await schema
    .createTable('budget_settings')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('efficient_above', 'text', (c) => c.notNull())
    .addColumn('fair_from', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('budget_settings_pk', ['tenant_id'])
    .addForeignKeyConstraint('budget_settings_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'budget_settings', ['updated_by']);
}

const TABLES = ['nomenclature_items', 'budget_lines', 'budget_indicator_tags', 'budget_settings'];

/** Performance budget: nomenclature, budget lines, indicator tags, budget settings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createNomenclatureItems(db.schema);
  await createBudgetLines(db.schema);
  await createBudgetIndicatorTags(db.schema);
  await createBudgetSettings(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the performance budget tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
