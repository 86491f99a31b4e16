import { type Kysely, sql } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

/** Mandated results of a year with their target rule. */
async function createMandatoryResults(schema: Schema) {
  await schema
    .createTable('village_mandatory_results')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('polarity', 'text', (c) => c.notNull().check(sql`polarity in ('maximize', 'minimize', 'stabilize')`))
    .addColumn('aggregation', 'text', (c) => c.notNull().check(sql`aggregation in ('cumulative', 'last', 'average')`))
    .addColumn('evidence_kind', 'text', (c) => c.notNull().check(sql`evidence_kind in ('households', 'children', 'ikm', 'none')`))
    .addColumn('rule_kind', 'text', (c) => c.notNull().check(sql`rule_kind in ('percent_of_base', 'fixed', 'none')`))
    .addColumn('rule_percent', 'text')
    .addColumn('rule_base_key', 'text')
    .addColumn('rule_value', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('village_mandatory_results_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_mandatory_results_code_uq', ['tenant_id', 'year', 'code'])
    .addForeignKeyConstraint('village_mandatory_results_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'village_mandatory_results', ['updated_by']);
}

/** Base numbers per desa-year and key. */
async function createBases(schema: Schema) {
  await schema
    .createTable('village_bases')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('base_key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('village_bases_pk', ['tenant_id', 'region_id', 'year', 'base_key'])
    .addForeignKeyConstraint('village_bases_region_fk', ['tenant_id', 'region_id'], 'regions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('village_bases_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'village_bases', ['updated_by']);
  await schema.createIndex('village_bases_year_idx').on('village_bases').columns(['tenant_id', 'year']).execute();
}

/** The desa's own indicators. */
async function createIndicators(schema: Schema) {
  await schema
    .createTable('village_indicators')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('polarity', 'text', (c) => c.notNull().check(sql`polarity in ('maximize', 'minimize', 'stabilize')`))
    .addColumn('aggregation', 'text', (c) => c.notNull().check(sql`aggregation in ('cumulative', 'last', 'average')`))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_indicators_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_indicators_code_uq', ['tenant_id', 'region_id', 'year', 'code'])
    .addForeignKeyConstraint('village_indicators_region_fk', ['tenant_id', 'region_id'], 'regions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('village_indicators_created_by_fk', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'village_indicators', ['created_by']);
}

/** Targets per desa × mandated result (the year is the result's). */
async function createTargets(schema: Schema) {
  await schema
    .createTable('village_targets')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('mandatory_result_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('derived_value', 'text')
    .addColumn('value', 'text')
    .addColumn('q1', 'text')
    .addColumn('q2', 'text')
    .addColumn('q3', 'text')
    .addColumn('q4', 'text')
    .addColumn('overridden_by', 'text')
    .addColumn('override_reason', 'text')
    .addColumn('overridden_at', 'text')
    .addPrimaryKeyConstraint('village_targets_pk', ['tenant_id', 'region_id', 'mandatory_result_id'])
    .addForeignKeyConstraint('village_targets_region_fk', ['tenant_id', 'region_id'], 'regions', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'village_targets_mandatory_result_fk',
      ['tenant_id', 'mandatory_result_id'],
      'village_mandatory_results',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('village_targets_overridden_by_fk', ['tenant_id', 'overridden_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'village_targets', ['mandatory_result_id', 'overridden_by']);
  await schema.createIndex('village_targets_year_idx').on('village_targets').columns(['tenant_id', 'year']).execute();
}

/** Quarterly realisasi (idempotent by client id), exactly one of mandated result / own indicator. */
async function createRealizations(schema: Schema) {
  await schema
    .createTable('village_realizations')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('body_hash', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('quarter', 'text', (c) => c.notNull().check(sql`quarter in ('Q1', 'Q2', 'Q3', 'Q4')`))
    .addColumn('mandatory_result_id', 'text')
    .addColumn('indicator_id', 'text')
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'submitted', 'verified', 'returned')`))
    .addColumn('return_note', 'text')
    .addColumn('review_note', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_realizations_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_realizations_client_uq', ['tenant_id', 'client_id'])
    .addUniqueConstraint('village_realizations_mandatory_uq', [
      'tenant_id',
      'mandatory_result_id',
      'region_id',
      'year',
      'quarter',
    ])
    .addUniqueConstraint('village_realizations_indicator_uq', ['tenant_id', 'indicator_id', 'year', 'quarter'])
    .addCheckConstraint('village_realizations_one_indicator', sql`(mandatory_result_id is null) <> (indicator_id is null)`)
    .addForeignKeyConstraint('village_realizations_region_fk', ['tenant_id', 'region_id'], 'regions', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'village_realizations_mandatory_result_fk',
      ['tenant_id', 'mandatory_result_id'],
      'village_mandatory_results',
      ['tenant_id', 'id'],
    )
    .addForeignKeyConstraint('village_realizations_indicator_fk', ['tenant_id', 'indicator_id'], 'village_indicators', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('village_realizations_submitted_by_fk', ['tenant_id', 'submitted_by'], 'users', ['tenant_id', 'id'])
    .addForeignKeyConstraint('village_realizations_reviewed_by_fk', ['tenant_id', 'reviewed_by'], 'users', ['tenant_id', 'id'])
    .addForeignKeyConstraint('village_realizations_created_by_fk', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'village_realizations', ['region_id', 'submitted_by', 'reviewed_by', 'created_by']);
  await schema
    .createIndex('village_realizations_year_status_idx')
    .on('village_realizations')
    .columns(['tenant_id', 'year', 'status'])
    .execute();
}

/** Evidence rows and photos of a realisasi. */
async function createEvidence(schema: Schema) {
  await schema
    .createTable('village_evidence_rows')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('realization_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('households', 'children', 'ikm')`))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('no_kk_hash', 'text')
    .addColumn('no_kk_masked', 'text')
    .addColumn('nik_hash', 'text')
    .addColumn('nik_masked', 'text')
    .addColumn('name', 'text')
    .addColumn('reason', 'text')
    .addColumn('age_months', 'integer')
    .addColumn('height_cm', 'text')
    .addColumn('weight_kg', 'text')
    .addColumn('child_status', 'text')
    .addColumn('respondents', 'integer')
    .addColumn('score', 'text')
    .addPrimaryKeyConstraint('village_evidence_rows_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_evidence_rows_client_uq', ['tenant_id', 'client_id'])
    .addForeignKeyConstraint(
      'village_evidence_rows_realization_fk',
      ['tenant_id', 'realization_id'],
      'village_realizations',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await indexForeignKeys(schema, 'village_evidence_rows', ['realization_id']);
  await schema
    .createIndex('village_evidence_rows_kk_idx')
    .on('village_evidence_rows')
    .columns(['tenant_id', 'no_kk_hash'])
    .execute();
  await schema
    .createTable('village_evidence_photos')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('realization_id', 'text', (c) => c.notNull())
    .addColumn('client_id', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addPrimaryKeyConstraint('village_evidence_photos_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_evidence_photos_client_uq', ['tenant_id', 'client_id'])
    .addForeignKeyConstraint(
      'village_evidence_photos_realization_fk',
      ['tenant_id', 'realization_id'],
      'village_realizations',
      ['tenant_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint('village_evidence_photos_file_fk', ['tenant_id', 'file_id'], 'files', ['tenant_id', 'id'])
    .addForeignKeyConstraint('village_evidence_photos_created_by_fk', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'village_evidence_photos', ['realization_id', 'file_id', 'created_by']);
}

/** The tenant's sealed hashing key (one row). */
async function createPrivacyKeys(schema: Schema) {
  await schema
    .createTable('village_privacy_keys')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('sealed_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_privacy_keys_pk', ['tenant_id'])
    .execute();
}

const TABLES = [
  'village_mandatory_results',
  'village_bases',
  'village_indicators',
  'village_targets',
  'village_realizations',
  'village_evidence_rows',
  'village_evidence_photos',
  'village_privacy_keys',
];

/** Sakip Desa accountability: mandated results, bases, own indicators, targets, realisasi, evidence, privacy key. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createMandatoryResults(db.schema);
  await createBases(db.schema);
  await createIndicators(db.schema);
  await createTargets(db.schema);
  await createRealizations(db.schema);
  await createEvidence(db.schema);
  await createPrivacyKeys(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the accountability tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
