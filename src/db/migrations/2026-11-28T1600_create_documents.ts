import type { Kysely } from 'kysely';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

async function createLetterheads(schema: Schema) {
  await schema
    .createTable('letterheads')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('scope_key', 'text', (c) => c.notNull())
    .addColumn('lines', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('fax', 'text')
    .addColumn('website', 'text')
    .addColumn('email', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('lambang_file_id', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letterheads_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('letterheads_scope_uq', ['tenant_id', 'scope_key'])
    .addForeignKeyConstraint('letterheads_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letterheads_lambang_fk', ['tenant_id', 'lambang_file_id'], 'files', ['tenant_id', 'id'])
    .execute();
  await schema.createIndex('letterheads_unit_idx').on('letterheads').columns(['tenant_id', 'unit_id']).execute();
  await schema.createIndex('letterheads_lambang_idx').on('letterheads').columns(['tenant_id', 'lambang_file_id']).execute();
}

async function createAuthorities(schema: Schema) {
  await schema
    .createTable('signing_authorities')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('serial_hex', 'text', (c) => c.notNull())
    .addColumn('certificate_der', 'text', (c) => c.notNull())
    .addColumn('private_key_sealed', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('not_after', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('signing_authorities_pk', ['tenant_id', 'id'])
    .execute();
}

async function createCertificates(schema: Schema) {
  await schema
    .createTable('signer_certificates')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('authority_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('subject_cn', 'text', (c) => c.notNull())
    .addColumn('serial_hex', 'text', (c) => c.notNull())
    .addColumn('certificate_der', 'text', (c) => c.notNull())
    .addColumn('private_key_sealed', 'text', (c) => c.notNull())
    .addColumn('not_before', 'text', (c) => c.notNull())
    .addColumn('not_after', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_reason', 'text')
    .addColumn('revoked_by', 'text')
    .addPrimaryKeyConstraint('signer_certificates_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('signer_certificates_serial_uq', ['tenant_id', 'serial_hex'])
    .addForeignKeyConstraint('signer_certificates_authority_fk', ['tenant_id', 'authority_id'], 'signing_authorities', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('signer_certificates_employee_fk', ['tenant_id', 'employee_id'], 'employees', ['tenant_id', 'id'])
    .execute();
  await schema
    .createIndex('signer_certificates_authority_idx')
    .on('signer_certificates')
    .columns(['tenant_id', 'authority_id'])
    .execute();
  await schema
    .createIndex('signer_certificates_employee_idx')
    .on('signer_certificates')
    .columns(['tenant_id', 'employee_id'])
    .execute();
}

async function createDocuments(schema: Schema) {
  await schema
    .createTable('official_documents')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('number', 'text')
    .addColumn('doc_date', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('security', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('verification_code', 'text', (c) => c.notNull())
    .addColumn('file_id', 'text')
    .addColumn('sha256', 'text')
    .addColumn('page_count', 'integer')
    .addColumn('slots', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finalized_at', 'text')
    .addPrimaryKeyConstraint('official_documents_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('official_documents_code_uq', ['verification_code'])
    .addForeignKeyConstraint('official_documents_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('official_documents_file_fk', ['tenant_id', 'file_id'], 'files', ['tenant_id', 'id'])
    .execute();
  await schema.createIndex('official_documents_unit_idx').on('official_documents').columns(['tenant_id', 'unit_id']).execute();
  await schema.createIndex('official_documents_file_idx').on('official_documents').columns(['tenant_id', 'file_id']).execute();
  await schema
    .createIndex('official_documents_created_idx')
    .on('official_documents')
    .columns(['tenant_id', 'created_at'])
    .execute();
}

async function createDocumentSigners(schema: Schema) {
  await schema
    .createTable('document_signers')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('order_no', 'integer', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('block', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('signed_at', 'text')
    .addColumn('provider', 'text')
    .addColumn('certificate_id', 'text')
    .addColumn('certificate_serial', 'text')
    .addColumn('certificate_subject', 'text')
    .addColumn('file_id', 'text')
    .addColumn('sha256', 'text')
    .addPrimaryKeyConstraint('document_signers_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('document_signers_order_uq', ['tenant_id', 'document_id', 'order_no'])
    .addForeignKeyConstraint('document_signers_document_fk', ['tenant_id', 'document_id'], 'official_documents', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('document_signers_employee_fk', ['tenant_id', 'employee_id'], 'employees', ['tenant_id', 'id'])
    .addForeignKeyConstraint('document_signers_certificate_fk', ['tenant_id', 'certificate_id'], 'signer_certificates', [
      'tenant_id',
      'id',
    ])
    .addForeignKeyConstraint('document_signers_file_fk', ['tenant_id', 'file_id'], 'files', ['tenant_id', 'id'])
    .execute();
  for (const column of ['employee_id', 'certificate_id', 'file_id']) {
    await schema
      .createIndex(`document_signers_${column.replace('_id', '')}_idx`)
      .on('document_signers')
      .columns(['tenant_id', column])
      .execute();
  }
}

/** Platform-wide lookup from a public verification code (and each signed revision's hash) to its tenant. */
async function createVerificationIndex(schema: Schema) {
  await schema
    .createTable('verification_codes')
    .addColumn('code', 'text', (c) => c.primaryKey().notNull())
    // Not a tenant table: a platform index whose rows point into a tenant (the public page has no tenant yet).
    .addColumn('owner_tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('document_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await schema.createIndex('verification_codes_tenant_idx').on('verification_codes').columns(['owner_tenant_id']).execute();
  await schema
    .createTable('verification_revisions')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull().references('verification_codes.code'))
    .addPrimaryKeyConstraint('verification_revisions_pk', ['sha256', 'code'])
    .execute();
  await schema.createIndex('verification_revisions_code_idx').on('verification_revisions').columns(['code']).execute();
}

const TENANT_TABLES = ['letterheads', 'signing_authorities', 'signer_certificates', 'official_documents', 'document_signers'];

/** Letterheads (kop), the tenant CA and signer certificates, official documents with their signers. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createLetterheads(db.schema);
  await createAuthorities(db.schema);
  await createCertificates(db.schema);
  await createDocuments(db.schema);
  await createDocumentSigners(db.schema);
  await createVerificationIndex(db.schema);
  await freezeTenantIdOf(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['verification_revisions', 'verification_codes', ...TENANT_TABLES.toReversed()])
    await db.schema.dropTable(table).execute();
}
