import { type Kysely, sql } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];
const ref = ['tenant_id', 'id'];

/** A tenant's own village worksheet versions (JSON of the engine template), unique per code and version. */
async function createTemplates(schema: Schema) {
  await schema
    .createTable('village_worksheet_templates')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('template_version', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_worksheet_templates_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_worksheet_templates_code_uq', ['tenant_id', 'code', 'template_version'])
    .addForeignKeyConstraint('village_worksheet_templates_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'village_worksheet_templates', ['created_by']);
}

/** One evaluation per desa and year with the final snapshot. */
async function createEvaluations(schema: Schema) {
  await schema
    .createTable('village_evaluations')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('template_id', 'text')
    .addColumn('template_code', 'text', (c) => c.notNull())
    .addColumn('template_version', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'final')`))
    .addColumn('final_total_exact', 'text')
    .addColumn('final_total', 'text')
    .addColumn('final_band_code', 'text')
    .addColumn('final_bands_hash', 'text')
    .addColumn('final_components', 'text')
    .addColumn('finalised_at', 'text')
    .addColumn('finalised_by', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('village_evaluations_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_evaluations_desa_year_uq', ['tenant_id', 'region_id', 'year'])
    .addForeignKeyConstraint('village_evaluations_region_fk', ['tenant_id', 'region_id'], 'regions', ref)
    .addForeignKeyConstraint('village_evaluations_template_fk', ['tenant_id', 'template_id'], 'village_worksheet_templates', ref)
    .addForeignKeyConstraint('village_evaluations_finalised_by_fk', ['tenant_id', 'finalised_by'], 'users', ref)
    .addForeignKeyConstraint('village_evaluations_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'village_evaluations', ['template_id', 'finalised_by', 'created_by']);
  await schema.createIndex('village_evaluations_year_idx').on('village_evaluations').columns(['tenant_id', 'year']).execute();
}

/** One answer per criterion of an evaluation (the PK covers the parent foreign key). */
async function createAnswers(schema: Schema) {
  await schema
    .createTable('village_evaluation_answers')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'text')
    .addColumn('note', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_evaluation_answers_pk', ['tenant_id', 'evaluation_id', 'criterion_id'])
    .addForeignKeyConstraint(
      'village_evaluation_answers_evaluation_fk',
      ['tenant_id', 'evaluation_id'],
      'village_evaluations',
      ref,
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('village_evaluation_answers_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'village_evaluation_answers', ['updated_by']);
}

/** A tenant's category bands (one row per band; no rows = defaults). */
async function createBandSettings(schema: Schema) {
  await schema
    .createTable('village_band_settings')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('lo', 'text', (c) => c.notNull())
    .addColumn('hi', 'text', (c) => c.notNull())
    .addColumn('inferred', 'integer', (c) => c.notNull().check(sql`inferred in (0, 1)`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_band_settings_pk', ['tenant_id', 'code'])
    .addForeignKeyConstraint('village_band_settings_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'village_band_settings', ['updated_by']);
}

const TABLES = ['village_worksheet_templates', 'village_evaluations', 'village_evaluation_answers', 'village_band_settings'];

/** Sakip Desa evaluation: worksheet versions, evaluations per desa-year with answers, category band settings. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTemplates(db.schema);
  await createEvaluations(db.schema);
  await createAnswers(db.schema);
  await createBandSettings(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the village evaluation tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
