import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];
const ref = ['tenant_id', 'id'];

/** A tenant's own LKE template versions (the built-in 88/2021 template is not copied into tenants). */
async function createTemplates(schema: Schema) {
  await schema
    .createTable('evaluation_templates')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('template_version', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('predikat', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('evaluation_templates_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('evaluation_templates_code_uq', ['tenant_id', 'code', 'template_version'])
    .addForeignKeyConstraint('evaluation_templates_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'evaluation_templates', ['created_by']);
}

/** One evaluation per OPD, year and template version, with the final score snapshot. */
async function createEvaluations(schema: Schema) {
  await schema
    .createTable('evaluations')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('template_id', 'text')
    .addColumn('template_code', 'text', (c) => c.notNull())
    .addColumn('template_version', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('finalised_at', 'text')
    .addColumn('finalised_by', 'text')
    .addColumn('final_total_exact', 'text')
    .addColumn('final_total', 'text')
    .addColumn('final_predikat', 'text')
    .addColumn('final_components', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('evaluations_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('evaluations_unit_year_uq', ['tenant_id', 'unit_id', 'year', 'template_code', 'template_version'])
    .addForeignKeyConstraint('evaluations_unit_fk', ['tenant_id', 'unit_id'], 'units', ref)
    .addForeignKeyConstraint('evaluations_template_fk', ['tenant_id', 'template_id'], 'evaluation_templates', ref)
    .addForeignKeyConstraint('evaluations_submitted_by_fk', ['tenant_id', 'submitted_by'], 'users', ref)
    .addForeignKeyConstraint('evaluations_finalised_by_fk', ['tenant_id', 'finalised_by'], 'users', ref)
    .addForeignKeyConstraint('evaluations_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'evaluations', ['unit_id', 'template_id', 'submitted_by', 'finalised_by', 'created_by']);
  await schema.createIndex('evaluations_year_idx').on('evaluations').columns(['tenant_id', 'year', 'unit_id']).execute();
}

/** The answers of an evaluation, one row per criterion answered or commented. */
async function createAnswers(schema: Schema) {
  await schema
    .createTable('evaluation_answers')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('self_answer', 'text')
    .addColumn('self_note', 'text')
    .addColumn('final_answer', 'text')
    .addColumn('evaluator_note', 'text')
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('prefilled_from', 'text')
    .addColumn('self_updated_by', 'text')
    .addColumn('self_updated_at', 'text')
    .addColumn('final_updated_by', 'text')
    .addColumn('final_updated_at', 'text')
    .addPrimaryKeyConstraint('evaluation_answers_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('evaluation_answers_criterion_uq', ['tenant_id', 'evaluation_id', 'criterion_id'])
    .addForeignKeyConstraint('evaluation_answers_evaluation_fk', ['tenant_id', 'evaluation_id'], 'evaluations', ref)
    .addForeignKeyConstraint('evaluation_answers_self_updated_by_fk', ['tenant_id', 'self_updated_by'], 'users', ref)
    .addForeignKeyConstraint('evaluation_answers_final_updated_by_fk', ['tenant_id', 'final_updated_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'evaluation_answers', ['evaluation_id', 'self_updated_by', 'final_updated_by']);
}

const TABLES = ['evaluation_templates', 'evaluations', 'evaluation_answers'];

/** LKE evaluation: tenant template versions, evaluations per OPD and year, answers with evidence. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTemplates(db.schema);
  await createEvaluations(db.schema);
  await createAnswers(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the evaluation tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
