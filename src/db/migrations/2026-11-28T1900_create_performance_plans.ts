import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

/** An RPJMD period (usually five years) that every plan node belongs to. */
async function createPlanPeriods(schema: Schema) {
  await schema
    .createTable('plan_periods')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('plan_periods_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('plan_periods_created_by_fk', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'plan_periods', ['created_by']);
}

/** One generic tree per period: RPJMD, Renstra, Renja and pohon kinerja nodes. */
async function createPlanNodes(schema: Schema) {
  await schema
    .createTable('plan_nodes')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('period_id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('document', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('derives_from_node_id', 'text')
    .addColumn('code', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('year', 'integer')
    .addColumn('pokin_level', 'text')
    .addColumn('position_id', 'text')
    .addColumn('result_type', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('plan_nodes_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('plan_nodes_period_fk', ['tenant_id', 'period_id'], 'plan_periods', ['tenant_id', 'id'])
    .addForeignKeyConstraint('plan_nodes_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('plan_nodes_parent_fk', ['tenant_id', 'parent_id'], 'plan_nodes', ['tenant_id', 'id'])
    .addForeignKeyConstraint('plan_nodes_derives_from_node_fk', ['tenant_id', 'derives_from_node_id'], 'plan_nodes', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('plan_nodes_position_fk', ['tenant_id', 'position_id'], 'positions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('plan_nodes_created_by_fk', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'plan_nodes', [
    'period_id',
    'unit_id',
    'parent_id',
    'derives_from_node_id',
    'position_id',
    'created_by',
  ]);
}

/** Crosscutting links between nodes of two OPDs, proposed by one and accepted or rejected by the other. */
async function createNodeLinks(schema: Schema) {
  await schema
    .createTable('node_links')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('period_id', 'text', (c) => c.notNull())
    .addColumn('from_node_id', 'text', (c) => c.notNull())
    .addColumn('to_node_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('reason', 'text')
    .addColumn('proposed_by', 'text')
    .addColumn('proposed_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('node_links_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('node_links_pair_uq', ['tenant_id', 'from_node_id', 'to_node_id', 'kind'])
    .addForeignKeyConstraint('node_links_period_fk', ['tenant_id', 'period_id'], 'plan_periods', ['tenant_id', 'id'])
    .addForeignKeyConstraint('node_links_from_node_fk', ['tenant_id', 'from_node_id'], 'plan_nodes', ['tenant_id', 'id'])
    .addForeignKeyConstraint('node_links_to_node_fk', ['tenant_id', 'to_node_id'], 'plan_nodes', ['tenant_id', 'id'])
    .addForeignKeyConstraint('node_links_proposed_by_fk', ['tenant_id', 'proposed_by'], 'users', ['tenant_id', 'id'])
    .addForeignKeyConstraint('node_links_decided_by_fk', ['tenant_id', 'decided_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'node_links', ['period_id', 'from_node_id', 'to_node_id', 'proposed_by', 'decided_by']);
}

/** Indicators with their manual (IKU); numbers are decimal TEXT. */
async function createIndicators(schema: Schema) {
  await schema
    .createTable('indicators')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('node_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('operational_definition', 'text')
    .addColumn('formula_text', 'text')
    .addColumn('numerator_label', 'text')
    .addColumn('denominator_label', 'text')
    .addColumn('unit_of_measure', 'text', (c) => c.notNull())
    .addColumn('polarity', 'text', (c) => c.notNull())
    .addColumn('aggregation', 'text', (c) => c.notNull())
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('allow_negative', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('data_source', 'text')
    .addColumn('responsible_unit_id', 'text')
    .addColumn('baseline_year', 'integer')
    .addColumn('baseline_value', 'text')
    .addColumn('is_iku', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('smart_check', 'text', (c) => c.notNull())
    .addColumn('derived_from_indicator_id', 'text')
    .addColumn('derivation_method', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('indicators_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('indicators_node_fk', ['tenant_id', 'node_id'], 'plan_nodes', ['tenant_id', 'id'])
    .addForeignKeyConstraint('indicators_responsible_unit_fk', ['tenant_id', 'responsible_unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('indicators_derived_from_indicator_fk', ['tenant_id', 'derived_from_indicator_id'], 'indicators', [
      'tenant_id',
      'id',
    ])
    .execute();
  await indexForeignKeys(schema, 'indicators', ['node_id', 'responsible_unit_id', 'derived_from_indicator_id']);
}

/** Targets of an indicator per year (and optionally per quarter or month): a number, a range or text. */
async function createIndicatorTargets(schema: Schema) {
  await schema
    .createTable('indicator_targets')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('min_value', 'text')
    .addColumn('max_value', 'text')
    .addColumn('text', 'text')
    .addPrimaryKeyConstraint('indicator_targets_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('indicator_targets_indicator_fk', ['tenant_id', 'indicator_id'], 'indicators', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'indicator_targets', ['indicator_id']);
}

const TABLES = ['plan_periods', 'plan_nodes', 'node_links', 'indicators', 'indicator_targets'];

/** e-SAKIP planning chain: periods, the plan/pokin tree, crosscutting links, indicators and their targets. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createPlanPeriods(db.schema);
  await createPlanNodes(db.schema);
  await createNodeLinks(db.schema);
  await createIndicators(db.schema);
  await createIndicatorTargets(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the planning tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
