import type { Kysely } from 'kysely';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

/** A numbering scheme per tenant: template, counter scope, insertion quota and suffix style. */
async function createSchemes(schema: Schema) {
  await schema
    .createTable('number_schemes')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('counter_scope', 'text', (c) => c.notNull())
    .addColumn('insertion_quota', 'integer', (c) => c.notNull())
    .addColumn('insertion_suffix', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('number_schemes_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('number_schemes_code_uq', ['tenant_id', 'code'])
    .execute();
}

/** One counter per scheme × scope key × year; the primary key is the upsert target of every allocation. */
async function createCounters(schema: Schema) {
  await schema
    .createTable('number_counters')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('scheme_id', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('number_counters_pk', ['tenant_id', 'scheme_id', 'scope_key', 'year'])
    .addForeignKeyConstraint('number_counters_scheme_fk', ['tenant_id', 'scheme_id'], 'number_schemes', ['tenant_id', 'id'])
    .execute();
}

/** One row per number ever handed out, voided ones included (never reused). */
async function createNumbers(schema: Schema) {
  await schema
    .createTable('numbers')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('scheme_id', 'text', (c) => c.notNull())
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('suffix', 'text', (c) => c.notNull())
    .addColumn('formatted', 'varchar(100)', (c) => c.notNull())
    .addColumn('number_date', 'text', (c) => c.notNull())
    .addColumn('unit_code', 'text')
    .addColumn('kka', 'text')
    .addColumn('document_type_code', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('note', 'text')
    .addColumn('reference_type', 'text')
    .addColumn('reference_id', 'text')
    .addColumn('manual', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('voided_at', 'text')
    .addColumn('reconciled_at', 'text')
    .addPrimaryKeyConstraint('numbers_pk', ['tenant_id', 'id'])
    // Column order serves the register's keyset (scheme, year, seq, suffix) as well as uniqueness.
    .addUniqueConstraint('numbers_seq_uq', ['tenant_id', 'scheme_id', 'year', 'seq', 'suffix', 'scope_key'])
    .addForeignKeyConstraint('numbers_scheme_fk', ['tenant_id', 'scheme_id'], 'number_schemes', ['tenant_id', 'id'])
    .execute();
  await schema
    .createIndex('numbers_reference_idx')
    .on('numbers')
    .columns(['tenant_id', 'reference_type', 'reference_id'])
    .execute();
}

const TENANT_TABLES = ['number_schemes', 'number_counters', 'numbers'];

/** Letter numbering: schemes, counters (atomic allocation) and the register of every number. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createSchemes(db.schema);
  await createCounters(db.schema);
  await createNumbers(db.schema);
  await freezeTenantIdOf(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TENANT_TABLES.toReversed()) await db.schema.dropTable(table).execute();
}
