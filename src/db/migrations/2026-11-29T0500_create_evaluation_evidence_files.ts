import { type Kysely, sql } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

const ref = ['tenant_id', 'id'];

/** Files uploaded as evidence (bukti dukung) of an LKE criterion, by the OPD or the evaluator. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('evaluation_evidence_files')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('evaluation_id', 'text', (c) => c.notNull())
    .addColumn('criterion_id', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text', (c) => c.notNull())
    .addColumn('side', 'text', (c) => c.notNull().check(sql`side in ('unit', 'evaluator')`))
    .addColumn('uploaded_by', 'text')
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('evaluation_evidence_files_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('evaluation_evidence_files_evaluation_fk', ['tenant_id', 'evaluation_id'], 'evaluations', ref)
    .addForeignKeyConstraint('evaluation_evidence_files_file_fk', ['tenant_id', 'file_id'], 'files', ref)
    .addForeignKeyConstraint('evaluation_evidence_files_uploaded_by_fk', ['tenant_id', 'uploaded_by'], 'users', ref)
    .execute();
  await indexForeignKeys(db.schema, 'evaluation_evidence_files', ['evaluation_id', 'file_id', 'uploaded_by']);
  await freezeTenantIdOf(db, ['evaluation_evidence_files']);
}

/** Drops the evidence files table. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('evaluation_evidence_files').execute();
}
