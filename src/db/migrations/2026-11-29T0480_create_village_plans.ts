import { type Kysely, sql } from 'kysely';
import { indexForeignKeys } from '../foreign-key-indexes.ts';
import { freezeTenantIdOf } from '../freeze-tenant-id.ts';

type Schema = Kysely<unknown>['schema'];
const ref = ['tenant_id', 'id'];
const bidang = sql`bidang between 1 and 5`;

/** One RPJMDes per desa and start year. */
async function createRpjm(schema: Schema) {
  await schema
    .createTable('village_rpjm')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('visi', 'text', (c) => c.notNull())
    .addColumn('misi', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'final')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_rpjm_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_rpjm_desa_start_uq', ['tenant_id', 'region_id', 'start_year'])
    .addCheckConstraint('village_rpjm_period_ck', sql`end_year >= start_year`)
    .addForeignKeyConstraint('village_rpjm_region_fk', ['tenant_id', 'region_id'], 'regions', ref)
    .addForeignKeyConstraint('village_rpjm_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .addForeignKeyConstraint('village_rpjm_updated_by_fk', ['tenant_id', 'updated_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'village_rpjm', ['created_by', 'updated_by']);
}

/** Programmes of an RPJMDes (deleted with it). */
async function createProgrammes(schema: Schema) {
  await schema
    .createTable('village_programmes')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('rpjm_id', 'text', (c) => c.notNull())
    .addColumn('bidang', 'integer', (c) => c.notNull().check(bidang))
    .addColumn('sub_bidang', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('sasaran', 'text')
    .addColumn('indicator', 'text')
    .addColumn('lokasi', 'text')
    .addColumn('pagu_indikatif', 'text')
    .addColumn('years', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_programmes_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('village_programmes_rpjm_fk', ['tenant_id', 'rpjm_id'], 'village_rpjm', ref, (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
  await indexForeignKeys(schema, 'village_programmes', ['rpjm_id']);
}

/** RKPDes activities per desa and year, optionally linked to an RPJMDes programme. */
async function createRkpActivities(schema: Schema) {
  await schema
    .createTable('village_rkp_activities')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('bidang', 'integer', (c) => c.notNull().check(bidang))
    .addColumn('programme_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('lokasi', 'text')
    .addColumn('volume', 'text')
    .addColumn('sasaran', 'text')
    .addColumn('waktu', 'text')
    .addColumn('biaya', 'text', (c) => c.notNull())
    .addColumn('sumber_dana', 'text')
    .addColumn('pola', 'text', (c) => c.notNull().check(sql`pola in ('swakelola', 'kerja_sama_antar_desa', 'pihak_ketiga')`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_rkp_activities_pk', ['tenant_id', 'id'])
    .addForeignKeyConstraint('village_rkp_activities_region_fk', ['tenant_id', 'region_id'], 'regions', ref)
    .addForeignKeyConstraint('village_rkp_activities_programme_fk', ['tenant_id', 'programme_id'], 'village_programmes', ref)
    .addForeignKeyConstraint('village_rkp_activities_created_by_fk', ['tenant_id', 'created_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'village_rkp_activities', ['programme_id', 'created_by']);
  await schema
    .createIndex('village_rkp_activities_desa_year_idx')
    .on('village_rkp_activities')
    .columns(['tenant_id', 'region_id', 'year'])
    .execute();
}

/** APBDes per desa and year, and its lines in file order (replaced whole by an import). */
async function createBudgets(schema: Schema) {
  await schema
    .createTable('village_budgets')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('imported_by', 'text')
    .addColumn('imported_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('village_budgets_pk', ['tenant_id', 'id'])
    .addUniqueConstraint('village_budgets_desa_year_uq', ['tenant_id', 'region_id', 'year'])
    .addForeignKeyConstraint('village_budgets_region_fk', ['tenant_id', 'region_id'], 'regions', ref)
    .addForeignKeyConstraint('village_budgets_imported_by_fk', ['tenant_id', 'imported_by'], 'users', ref)
    .execute();
  await indexForeignKeys(schema, 'village_budgets', ['imported_by']);
  await schema
    .createTable('village_budget_lines')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.id'))
    .addColumn('budget_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kode', 'text', (c) => c.notNull())
    .addColumn('uraian', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('pendapatan', 'belanja', 'pembiayaan')`))
    .addColumn('level', 'text', (c) =>
      c.notNull().check(sql`level in ('akun', 'kelompok', 'jenis', 'objek', 'bidang', 'sub_bidang', 'kegiatan', 'rekening')`),
    )
    .addColumn('bidang', 'integer', (c) => c.check(bidang))
    .addColumn('anggaran', 'text', (c) => c.notNull())
    .addColumn('sumber_dana', 'text')
    .addPrimaryKeyConstraint('village_budget_lines_pk', ['tenant_id', 'budget_id', 'position'])
    .addForeignKeyConstraint('village_budget_lines_budget_fk', ['tenant_id', 'budget_id'], 'village_budgets', ref, (fk) =>
      fk.onDelete('cascade'),
    )
    .execute();
}

const TABLES = ['village_rpjm', 'village_programmes', 'village_rkp_activities', 'village_budgets', 'village_budget_lines'];

/** Village planning documents: RPJMDes with programmes, RKPDes activities, APBDes with its lines. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createRpjm(db.schema);
  await createProgrammes(db.schema);
  await createRkpActivities(db.schema);
  await createBudgets(db.schema);
  await freezeTenantIdOf(db, TABLES);
}

/** Drops the village planning tables. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [...TABLES].reverse()) await db.schema.dropTable(table).execute();
}
