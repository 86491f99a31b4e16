import { type Kysely, sql } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

/** One computed IDM per desa and year (TEXT decimals), with engine version, settings hash and a version counter. */
async function createResults(schema: Schema) {
  await schema
    .createTable('village_idm_results')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('iks', 'text', (c) => c.notNull())
    .addColumn('ike', 'text', (c) => c.notNull())
    .addColumn('ikl', 'text', (c) => c.notNull())
    .addColumn('idm', 'text', (c) => c.notNull())
    .addColumn('status_code', 'text', (c) => c.notNull())
    .addColumn('engine_version', 'text', (c) => c.notNull())
    .addColumn('settings_hash', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('village_idm_results_pk', ['tenant_id', 'region_id', 'year'])
    .addForeignKeyConstraint('village_idm_results_region_fk', ['tenant_id', 'region_id'], 'regions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('village_idm_results_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'village_idm_results', ['updated_by']);
  await schema.createIndex('village_idm_results_year_idx').on('village_idm_results').columns(['tenant_id', 'year']).execute();
}

/** One score per indicator, child of the desa-year result (the PK covers the foreign key). */
async function createScores(schema: Schema) {
  await schema
    .createTable('village_idm_scores')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull().check(sql`score between 0 and 5`))
    .addPrimaryKeyConstraint('village_idm_scores_pk', ['tenant_id', 'region_id', 'year', 'indicator_code'])
    .addForeignKeyConstraint(
      'village_idm_scores_result_fk',
      ['tenant_id', 'region_id', 'year'],
      'village_idm_results',
      ['tenant_id', 'region_id', 'year'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
}

const TABLES = ['village_idm_results', 'village_idm_scores'];

/** Village IDM: computed results per desa-year and their indicator scores. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createResults(db.schema);
  await createScores(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the village IDM tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
