import type { Kysely } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];

async function createContacts(schema: Schema) {
  await schema
    .createTable('contacts')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('address', 'text')
    .addColumn('email', 'text')
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contacts_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('contacts_dedup_uq', ['tenant_id', 'dedup_key'])
    .execute();
}

async function createLetters(schema: Schema) {
  await schema
    .createTable('letters')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('agenda_number', 'text')
    .addColumn('agenda_number_id', 'text')
    .addColumn('sender_contact_id', 'text')
    .addColumn('their_number', 'text')
    .addColumn('their_date', 'text')
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('hal', 'text', (c) => c.notNull())
    .addColumn('summary', 'text')
    .addColumn('security', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('kka_code', 'text', (c) => c.notNull())
    .addColumn('attachments_note', 'text')
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('scan_file_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letters_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letters_sender_fk', ['tenant_id', 'sender_contact_id'], 'contacts', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letters_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letters_scan_fk', ['tenant_id', 'scan_file_id'], 'files', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letters_created_by_fk', ['tenant_id', 'created_by'], 'users', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'letters', ['sender_contact_id', 'unit_id', 'scan_file_id', 'created_by']);
  await schema.createIndex('letters_received_idx').on('letters').columns(['tenant_id', 'received_on', 'id']).execute();
}

async function createRecipients(schema: Schema) {
  await schema
    .createTable('letter_recipients')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('letter_id', 'text', (c) => c.notNull())
    .addColumn('position_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('read_at', 'text')
    .addColumn('read_by_employee_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('letter_recipients_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('letter_recipients_uq', ['tenant_id', 'letter_id', 'position_id', 'role'])
    .addForeignKeyConstraint('letter_recipients_letter_fk', ['tenant_id', 'letter_id'], 'letters', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_recipients_position_fk', ['tenant_id', 'position_id'], 'positions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('letter_recipients_reader_fk', ['tenant_id', 'read_by_employee_id'], 'employees', [
      'tenant_id',
      'id',
    ])
    .execute();
  await indexForeignKeys(schema, 'letter_recipients', ['letter_id', 'position_id', 'read_by_employee_id']);
}

async function createDispositions(schema: Schema) {
  await schema
    .createTable('dispositions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('letter_id', 'text', (c) => c.notNull())
    .addColumn('batch_id', 'text', (c) => c.notNull())
    .addColumn('from_position_id', 'text', (c) => c.notNull())
    .addColumn('from_name', 'text', (c) => c.notNull())
    .addColumn('to_position_id', 'text', (c) => c.notNull())
    .addColumn('instructions', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('from_employee_id', 'text')
    .addColumn('note', 'text')
    .addColumn('deadline', 'text')
    .addColumn('read_at', 'text')
    .addColumn('read_by_employee_id', 'text')
    .addColumn('read_by_name', 'text')
    .addColumn('completed_at', 'text')
    .addColumn('completion_note', 'text')
    .addColumn('completion_file_id', 'text')
    .addColumn('rejection_reason', 'text')
    .addColumn('leading', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('dispositions_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('dispositions_letter_fk', ['tenant_id', 'letter_id'], 'letters', ['tenant_id', 'id'])
    .addForeignKeyConstraint('dispositions_parent_fk', ['tenant_id', 'parent_id'], 'dispositions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('dispositions_from_position_fk', ['tenant_id', 'from_position_id'], 'positions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('dispositions_from_employee_fk', ['tenant_id', 'from_employee_id'], 'employees', ['tenant_id', 'id'])
    .addForeignKeyConstraint('dispositions_to_position_fk', ['tenant_id', 'to_position_id'], 'positions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('dispositions_reader_fk', ['tenant_id', 'read_by_employee_id'], 'employees', ['tenant_id', 'id'])
    .addForeignKeyConstraint('dispositions_completion_file_fk', ['tenant_id', 'completion_file_id'], 'files', ['tenant_id', 'id'])
    .execute();
  await indexForeignKeys(schema, 'dispositions', [
    'letter_id',
    'parent_id',
    'from_position_id',
    'from_employee_id',
    'to_position_id',
    'read_by_employee_id',
    'completion_file_id',
  ]);
}

const TENANT_TABLES = ['contacts', 'letters', 'letter_recipients', 'dispositions'];

/** Correspondence: external contacts, letters (incoming now), their recipient positions and the disposition tree. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createContacts(db.schema);
  await createLetters(db.schema);
  await createRecipients(db.schema);
  await createDispositions(db.schema);
  await freezeTenantIdOf(db, TENANT_TABLES);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of TENANT_TABLES.toReversed()) await db.schema.dropTable(table).execute();
}
