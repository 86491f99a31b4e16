/**
 * The demo's PK Kepala Desa accounts: the kepala desa holds the head position of the operator's desa unit, the camat
 * account is the pegawai the PK names as camat (the definitif holder even while a Plh is appointed), both once, and
 * with them a PK is generated and signed; the accounts are among the printed demo logins.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CAMAT_DEMO_EMAIL, KADES_DEMO_EMAIL, seedVillagesAgreementSample } from '../../src/cli/demo/villages-agreement-sample.ts';
import { demoLogins } from '../../src/cli/demo-seed.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { newId } from '../../src/shared/ids.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { desaPairs, dpmdPlanner, operatorOf, regionUnit } from '../factories/villages-accountability.ts';
import { HARNESS_PASSWORD, type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

let h: Harness;
let operator: Session;
let area: Awaited<ReturnType<typeof desaPairs>>;
let camatEmployee: string;
const YEAR = 2026;
const db = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });
const admin = () => systemContext(h.db, h.platform, h.tenants.a.id, 'seed:test', permissionsForRoles(['admin']));

/** A pegawai holding `positionId` today in the given capacity. */
async function holder(positionId: string, name: string, nip: string, kind: 'definitif' | 'plh'): Promise<string> {
  const id = newId();
  await db().insertInto('employees', { id, nip, nik: null, name, front_title: null, back_title: null }).execute();
  await db()
    .insertInto('assignments', {
      ...{ id: newId(), position_id: positionId, employee_id: id, kind, starts_on: '2020-01-01', ends_on: null },
      decree_number: null,
    })
    .execute();
  return id;
}

async function login(email: string): Promise<Session> {
  const res = await h.app.http.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: h.tenants.a.slug, username: email, password: HARNESS_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'pamong_session')?.value as string;
  return { cookie, csrfToken: res.json().csrfToken, userId: res.json().user.id };
}

beforeAll(async () => {
  h = await startHarness();
  area = await desaPairs(h, h.tenants.a);
  operator = await operatorOf(h, h.tenants.a, area.d1);
  const kecUnit = await regionUnit(h, h.tenants.a, area.k1, 'kecamatan');
  const positionId = newId();
  await db()
    .insertInto('positions', { id: positionId, unit_id: kecUnit, code: 'CAMAT-K1', name: 'Camat', echelon: 'III.a', is_head: 1 })
    .execute();
  camatEmployee = await holder(positionId, 'Dedi Kurnia', '197001012000011001', 'definitif');
  await holder(positionId, 'Sekcam Plh', '197501012000011002', 'plh');
});
afterAll(async () => h?.close());

describe('demo PK Kepala Desa accounts', () => {
  it('makes the kepala desa in the operator’s desa unit and the camat account of the definitif camat, once', async () => {
    const email = (await db().selectFrom('users').select('email').where('id', '=', operator.userId).executeTakeFirstOrThrow())
      .email as string;
    await seedVillagesAgreementSample(admin(), email, HARNESS_PASSWORD);
    await seedVillagesAgreementSample(admin(), email, HARNESS_PASSWORD);
    const users = await db()
      .selectFrom('users')
      .innerJoin('user_roles', (j) =>
        j.onRef('user_roles.tenant_id', '=', 'users.tenant_id').onRef('user_roles.user_id', '=', 'users.id'),
      )
      .select(['users.email', 'users.employee_id', 'user_roles.role'])
      .where('users.email', 'in', [KADES_DEMO_EMAIL, CAMAT_DEMO_EMAIL])
      .orderBy('users.email')
      .execute();
    expect(users.map((u) => [u.email, u.role])).toEqual([
      [CAMAT_DEMO_EMAIL, 'pimpinan'],
      [KADES_DEMO_EMAIL, 'kepala_desa'],
    ]);
    expect(users[0]?.employee_id).toBe(camatEmployee);
    const desaUnit = await regionUnit(h, h.tenants.a, area.d1, 'desa');
    const heads = await db()
      .selectFrom('positions')
      .innerJoin('assignments', (j) =>
        j.onRef('assignments.tenant_id', '=', 'positions.tenant_id').onRef('assignments.position_id', '=', 'positions.id'),
      )
      .select(['assignments.employee_id', 'positions.name'])
      .where('positions.unit_id', '=', desaUnit)
      .where('positions.is_head', '=', 1)
      .execute();
    expect(heads).toEqual([{ employee_id: users[1]?.employee_id, name: 'Kepala Desa' }]);
    const logins = demoLogins().map((l) => [l.username, l.roles[0]]);
    expect(logins).toContainEqual([KADES_DEMO_EMAIL, 'kepala_desa']);
    expect(logins).toContainEqual([CAMAT_DEMO_EMAIL, 'pimpinan']);
  });

  it('lets the demo kepala desa and camat sign the PK the operator generates', async () => {
    const dpmd = await dpmdPlanner(h, h.tenants.a);
    await h.inject({ method: 'POST', url: '/api/villages/mandatory-results/defaults', as: dpmd, payload: { year: YEAR } });
    const values = [{ key: 'dtks_households', value: '500', version: null }];
    await h.inject({ method: 'PUT', url: `/api/villages/bases/${area.d1}/${YEAR}`, as: dpmd, payload: { values } });
    const pk = await h.inject({
      method: 'POST',
      url: `/api/villages/desa/${area.d1}/agreements`,
      as: operator,
      payload: { year: YEAR },
    });
    expect(pk.statusCode, pk.body).toBe(201);
    expect(pk.json().kades.name).toBe('H. Asep Saepudin');
    expect(pk.json().camat.employeeId).toBe(camatEmployee);
    const url = `/api/villages/agreements/${pk.json().id}/sign`;
    expect((await h.inject({ method: 'POST', url, as: await login(KADES_DEMO_EMAIL), payload: {} })).statusCode).toBe(200);
    const done = await h.inject({ method: 'POST', url, as: await login(CAMAT_DEMO_EMAIL), payload: {} });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('signed');
  });
});
