/**
 * The demo's PK Kepala Desa accounts (once per database): a kepala desa (role kepala_desa) holding the head position of
 * the demo operator's desa unit, and a camat account (role pimpinan) linked to the pegawai who holds the head position
 * of that desa's kecamatan unit today. The camat is picked by the same rule the PK uses (villages' headHolderToday:
 * the definitif holder first, a Plt / Plh / Pj only when there is none), so the account signs what the PK names.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { createUser } from '../../modules/identity/index.ts';
import { headHolderToday, unitOfRegion } from '../../modules/villages/index.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';

/** The demo kepala desa account (listed with the other demo logins). */
export const KADES_DEMO_EMAIL = 'kades@demo.pamong.id';
/** The demo camat account (listed with the other demo logins). */
export const CAMAT_DEMO_EMAIL = 'camat@demo.pamong.id';

const KADES_NIP = '197805152025011901';

/** The desa unit (kind 'desa') where the user holds a position, with its region and the user's id; undefined when none. */
export async function desaUnitOfUser(admin: RequestContext, email: string) {
  return tenantDb(admin)
    .selectFrom('users')
    .innerJoin('assignments', (j) =>
      j.onRef('assignments.tenant_id', '=', 'users.tenant_id').onRef('assignments.employee_id', '=', 'users.employee_id'),
    )
    .innerJoin('positions', (j) =>
      j.onRef('positions.tenant_id', '=', 'assignments.tenant_id').onRef('positions.id', '=', 'assignments.position_id'),
    )
    .innerJoin('units', (j) => j.onRef('units.tenant_id', '=', 'positions.tenant_id').onRef('units.id', '=', 'positions.unit_id'))
    .innerJoin('regions', (j) => j.onRef('regions.tenant_id', '=', 'units.tenant_id').onRef('regions.id', '=', 'units.region_id'))
    .select(['units.id as unitId', 'units.code as unitCode', 'regions.id as desaId', 'regions.name as desaName'])
    .select(['regions.parent_id as kecamatanId', 'users.id as userId'])
    .where('users.email', '=', email)
    .where('units.kind', '=', 'desa')
    .executeTakeFirst();
}

/** The head position of the desa unit, made ("Kepala Desa", is_head 1) when the unit has none. */
async function ensureHeadPosition(tx: RequestContext, unit: { unitId: string; unitCode: string }): Promise<string> {
  const db = tenantDb(tx);
  const head = await db
    .selectFrom('positions')
    .select('id')
    .where('unit_id', '=', unit.unitId)
    .where('is_head', '=', 1)
    .executeTakeFirst();
  if (head) return head.id;
  const id = newId();
  await db
    .insertInto('positions', {
      id,
      unit_id: unit.unitId,
      code: `${unit.unitCode}-KADES`,
      name: 'Kepala Desa',
      echelon: null,
      is_head: 1,
    })
    .execute();
  return id;
}

/** A fictional kepala desa holding the head position from 1 January of this year, with the kepala_desa account. */
async function seedKades(tx: RequestContext, unit: { unitId: string; unitCode: string }, password: string, today: string) {
  const db = tenantDb(tx);
  const positionId = await ensureHeadPosition(tx, unit);
  const employeeId = newId();
  await db
    .insertInto('employees', {
      id: employeeId,
      nip: KADES_NIP,
      nik: null,
      name: 'Asep Saepudin',
      front_title: 'H.',
      back_title: null,
    })
    .execute();
  await db
    .insertInto('assignments', {
      ...{ id: newId(), position_id: positionId, employee_id: employeeId, kind: 'definitif' },
      ...{ starts_on: `${today.slice(0, 4)}-01-01`, ends_on: null, decree_number: null },
    })
    .execute();
  await createUser(tx, {
    displayName: 'Kepala Desa Demo',
    email: KADES_DEMO_EMAIL,
    password,
    roles: ['kepala_desa'] as never,
    employeeId,
  });
}

const accountExists = async (admin: RequestContext, email: string) =>
  (await tenantDb(admin).selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()) !== undefined;

/** Seeds the kepala desa and camat accounts of the operator's desa, each once (nothing when the operator has no desa). */
export async function seedVillagesAgreementSample(admin: RequestContext, operatorEmail: string, password: string): Promise<void> {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: admin.platform.timezone }).format(admin.platform.now());
  const unit = await desaUnitOfUser(admin, operatorEmail);
  if (!unit) return;
  if (!(await accountExists(admin, KADES_DEMO_EMAIL))) await inTransaction(admin, (tx) => seedKades(tx, unit, password, today));
  if (!unit.kecamatanId || (await accountExists(admin, CAMAT_DEMO_EMAIL))) return;
  const kecamatan = await tenantDb(admin)
    .selectFrom('regions')
    .select('name')
    .where('id', '=', unit.kecamatanId)
    .executeTakeFirst();
  const kecUnit = await unitOfRegion(admin, unit.kecamatanId, 'kecamatan');
  if (!kecUnit || !kecamatan) return;
  const camat = await headHolderToday(admin, kecUnit.id, kecamatan.name, today);
  if (!camat) return;
  await createUser(admin, {
    displayName: `${camat.jabatan} (Demo)`,
    email: CAMAT_DEMO_EMAIL,
    password,
    roles: ['pimpinan'] as never,
    employeeId: camat.employeeId,
  });
}
