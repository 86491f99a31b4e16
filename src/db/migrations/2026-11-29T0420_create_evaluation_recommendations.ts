import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];
const ref = ['tenant_id', 'id'];

/** The recommendations of an LHE, each with a person in charge (position or user) and a deadline. */
async function createRecommendations(schema: Schema) {
  await schema
    .createTable('evaluation_recommendations')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('component_id', 'text')
    .addColumn('criterion_id', 'text')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('pic_position_id', 'text')
    .addColumn('pic_user_id', 'text')
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done_at', 'text')
    .addColumn('confirmed_at', 'text')
    .addColumn('confirmed_by', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('evaluation_recommendations_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('evaluation_recommendations_evaluation_fk', ['tenant_id', 'evaluation_id'], 'evaluations', ref)
    .addForeignKeyConstraint('evaluation_recommendations_position_fk', ['tenant_id', 'pic_position_id'], 'positions', ref)
    .addForeignKeyConstraint('evaluation_recommendations_user_fk', ['tenant_id', 'pic_user_id'], 'users', ref)
    .addForeignKeyConstraint('evaluation_recommendations_confirmed_by_fk', ['tenant_id', 'confirmed_by'], 'users', ref)
    .addForeignKeyConstraint('evaluation_recommendations_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'evaluation_recommendations', [
    'evaluation_id',
    'pic_position_id',
    'pic_user_id',
    'confirmed_by',
    'created_by',
  ]);
  await schema
    .createIndex('evaluation_recommendations_deadline_idx')
    .on('evaluation_recommendations')
    .columns(['tenant_id', 'status', 'deadline'])
    .execute();
}

/** The follow-up entries of a recommendation (progress, note, evidence file ids). */
async function createFollowups(schema: Schema) {
  await schema
    .createTable('recommendation_followups')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('recommendation_id', 'text', (c) => c.notNull())
    .addColumn('followup_date', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('evidence_file_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('entered_by', 'text')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('recommendation_followups_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint(
      'recommendation_followups_recommendation_fk',
      ['tenant_id', 'recommendation_id'],
      'evaluation_recommendations',
      ref,
    )
    .addForeignKeyConstraint('recommendation_followups_entered_by_fk', ['tenant_id', 'entered_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'recommendation_followups', ['recommendation_id', 'entered_by']);
}

const TABLES = ['evaluation_recommendations', 'recommendation_followups'];

/** LHE recommendations and their follow-up. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createRecommendations(db.schema);
  await createFollowups(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the recommendation tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
