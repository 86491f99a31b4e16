import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

/** Per-tenant measurement settings: the capaian engine's choices, the band table, locks and early warning. */
async function createPerformanceSettings(schema: Schema) {
  await schema
    .createTable('performance_settings')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('minimize_formula', 'text', (c) => c.notNull())
    .addColumn('cap', 'text')
    .addColumn('floor', 'text')
    .addColumn('rounding_decimals', 'integer', (c) => c.notNull())
    .addColumn('band_boundary', 'text', (c) => c.notNull())
    .addColumn('bands', 'text', (c) => c.notNull())
    .addColumn('lock_after_days', 'integer', (c) => c.notNull())
    .addColumn('early_warning_below', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addPrimaryKeyConstraint('performance_settings_pk', ['tenant_id'])
    .addForeignKeyConstraint('performance_settings_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'performance_settings', ['updated_by']);
}

/** Realisasi of an indicator for one period of a year, with its review workflow. */
async function createIndicatorRealizations(schema: Schema) {
  await schema
    .createTable('indicator_realizations')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('numerator', 'text')
    .addColumn('denominator', 'text')
    .addColumn('manual_capaian', 'text')
    .addColumn('obstacles', 'text')
    .addColumn('remedies', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('review_note', 'text')
    .addColumn('entered_by', 'text')
    .addColumn('submitted_by', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('indicator_realizations_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('indicator_realizations_period_uq', ['tenant_id', 'indicator_id', 'year', 'period'])
    .addForeignKeyConstraint('indicator_realizations_indicator_fk', ['tenant_id', 'indicator_id'], 'indicators', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('indicator_realizations_entered_by_fk', ['tenant_id', 'entered_by'], 'users', ['tenant_id', 'id'])
    .addForeignKeyConstraint('indicator_realizations_submitted_by_fk', ['tenant_id', 'submitted_by'], 'users', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('indicator_realizations_reviewed_by_fk', ['tenant_id', 'reviewed_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'indicator_realizations', ['entered_by', 'submitted_by', 'reviewed_by']);
  await schema
    .createIndex('indicator_realizations_year_idx')
    .on('indicator_realizations')
    .columns(['tenant_id', 'year', 'status'])
    .execute();
}

/** Evidence files (bukti dukung) of a realisasi. */
async function createRealizationEvidence(schema: Schema) {
  await schema
    .createTable('realization_evidence')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('realization_id', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text')
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('realization_evidence_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('realization_evidence_realization_fk', ['tenant_id', 'realization_id'], 'indicator_realizations', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('realization_evidence_file_fk', ['tenant_id', 'file_id'], 'files', ['tenant_id', 'id'])
    .addForeignKeyConstraint('realization_evidence_added_by_fk', ['tenant_id', 'added_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'realization_evidence', ['realization_id', 'file_id', 'added_by']);
}

/** The target revision ledger: every change of a target after it was set, with reason, SK and approver. */
async function createTargetRevisions(schema: Schema) {
  await schema
    .createTable('target_revisions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text')
    .addColumn('old_target', 'text')
    .addColumn('new_target', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('decree_number', 'text')
    .addColumn('approved_by_name', 'text', (c) => c.notNull())
    .addColumn('recorded_by', 'text')
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('target_revisions_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('target_revisions_indicator_fk', ['tenant_id', 'indicator_id'], 'indicators', ['tenant_id', 'id'])
    .addForeignKeyConstraint('target_revisions_recorded_by_fk', ['tenant_id', 'recorded_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'target_revisions', ['indicator_id', 'recorded_by']);
}

/** A locked period opened again for one OPD until a date, by a coordinator, with a reason. */
async function createPeriodReopenings(schema: Schema) {
  await schema
    .createTable('realization_reopenings')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('open_until', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('opened_by', 'text')
    .addColumn('opened_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('realization_reopenings_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('realization_reopenings_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('realization_reopenings_opened_by_fk', ['tenant_id', 'opened_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'realization_reopenings', ['unit_id', 'opened_by']);
}

/** Stored capaian: one row per indicator × year × assessed period, with the engine version and settings hash. */
async function createCapaianResults(schema: Schema) {
  await schema
    .createTable('capaian_results')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('indicator_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('value', 'text')
    .addColumn('raw', 'text')
    .addColumn('band', 'text')
    .addColumn('formula', 'text')
    .addColumn('realisasi', 'text')
    .addColumn('target_used', 'text')
    .addColumn('reason', 'text')
    .addColumn('detail', 'text')
    .addColumn('engine_version', 'text', (c) => c.notNull())
    .addColumn('settings_hash', 'text')
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('capaian_results_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('capaian_results_period_uq', ['tenant_id', 'indicator_id', 'year', 'period'])
    .addForeignKeyConstraint('capaian_results_indicator_fk', ['tenant_id', 'indicator_id'], 'indicators', ['tenant_id', 'id'])
    .execute();
  await schema.createIndex('capaian_results_year_idx').on('capaian_results').columns(['tenant_id', 'year', 'period']).execute();
}

const TABLES = [
  'performance_settings',
  'indicator_realizations',
  'realization_evidence',
  'target_revisions',
  'realization_reopenings',
  'capaian_results',
];

/** e-SAKIP measurement: settings, realisasi with evidence and review, target revisions, reopenings, stored capaian. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('indicators').addColumn('auto_source', 'text').execute();
  await createPerformanceSettings(db.schema);
  await createIndicatorRealizations(db.schema);
  await createRealizationEvidence(db.schema);
  await createTargetRevisions(db.schema);
  await createPeriodReopenings(db.schema);
  await createCapaianResults(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the measurement tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
  await db.schema.alterTable('indicators').dropColumn('auto_source').execute();
}
