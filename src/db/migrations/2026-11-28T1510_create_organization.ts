import type { Kysely } from 'kysely';

/** Regions (wilayah), units, positions, employees and assignments, all keyed by (tenant_id, id). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addPrimaryKeyConstraint('regions_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('regions_code_uq', ['tenant_id', 'code'])
    .addForeignKeyConstraint('regions_parent_fk', ['tenant_id', 'parent_id'], 'regions', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('regions_parent_idx').on('regions').columns(['tenant_id', 'parent_id']).execute();

  await db.schema
    .createTable('units')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addPrimaryKeyConstraint('units_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('units_code_uq', ['tenant_id', 'code'])
    .addForeignKeyConstraint('units_parent_fk', ['tenant_id', 'parent_id'], 'units', ['tenant_id', 'id'])
    .addForeignKeyConstraint('units_region_fk', ['tenant_id', 'region_id'], 'regions', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('units_parent_idx').on('units').columns(['tenant_id', 'parent_id']).execute();
  await db.schema.createIndex('units_region_idx').on('units').columns(['tenant_id', 'region_id']).execute();

  await db.schema
    .createTable('positions')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('echelon', 'text')
    .addColumn('is_head', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('positions_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('positions_code_uq', ['tenant_id', 'code'])
    .addForeignKeyConstraint('positions_unit_fk', ['tenant_id', 'unit_id'], 'units', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('positions_unit_idx').on('positions').columns(['tenant_id', 'unit_id']).execute();

  await db.schema
    .createTable('employees')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('nip', 'text', (c) => c.notNull())
    .addColumn('nik', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('front_title', 'text')
    .addColumn('back_title', 'text')
    .addColumn('rank', 'text')
    .addColumn('grade', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addPrimaryKeyConstraint('employees_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('employees_nip_uq', ['tenant_id', 'nip'])
    .execute();

  await db.schema
    .createTable('assignments')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('position_id', 'text', (c) => c.notNull())
    .addColumn('employee_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text')
    .addColumn('decree_number', 'text')
    .addPrimaryKeyConstraint('assignments_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('assignments_position_fk', ['tenant_id', 'position_id'], 'positions', ['tenant_id', 'id'])
    .addForeignKeyConstraint('assignments_employee_fk', ['tenant_id', 'employee_id'], 'employees', ['tenant_id', 'id'])
    .execute();
  await db.schema.createIndex('assignments_position_idx').on('assignments').columns(['tenant_id', 'position_id']).execute();
  await db.schema.createIndex('assignments_employee_idx').on('assignments').columns(['tenant_id', 'employee_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['assignments', 'employees', 'positions', 'units', 'regions']) await db.schema.dropTable(table).execute();
}
