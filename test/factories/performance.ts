/** Test helpers for the planning chain: OPD units (Bappeda, a dinas) and planners (perencana) working in them. */
import { randomBytes } from 'node:crypto';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createUser } from '../../src/modules/identity/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { newId } from '../../src/shared/ids.ts';
import { permissionsForRoles, type Role } from '../../src/shared/permissions.ts';
import { HARNESS_PASSWORD, type Harness, type HarnessTenant, type Session, sessionCookieOf } from '../support/harness.ts';

/** Adds an OPD-level unit (a root unit) when the tenant lacks it; returns its id. */
export async function ensureOpd(h: Harness, tenant: HarnessTenant, code: string, name: string, kind = 'dinas'): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: tenant.id });
  const found = await db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
  if (found) return found.id;
  const id = newId();
  await db
    .insertInto('units', { id, parent_id: null, code, name, kind, region_id: null, sort_order: 90, status: 'active' })
    .execute();
  return id;
}

let planners = 0;

/** A pegawai holding a new position in the unit, with an account of the given roles (default perencana), logged in. */
export async function plannerIn(
  h: Harness,
  tenant: HarnessTenant,
  unitId: string,
  roles: readonly Exclude<Role, 'super_admin'>[] = ['perencana'],
): Promise<Session> {
  const ctx = systemContext(h.db, h.platform, tenant.id, 'test', permissionsForRoles(['admin']));
  const db = tenantDb(ctx);
  planners += 1;
  const positionId = newId();
  await db
    .insertInto('positions', {
      id: positionId,
      unit_id: unitId,
      code: `PERENCANA-${planners}-${tenant.key}`,
      name: 'Perencana',
      echelon: 'JF',
      is_head: 0,
    })
    .execute();
  const employeeId = newId();
  const nip = `1991${randomBytes(7).readUIntBE(0, 6).toString().padStart(14, '0')}`.slice(0, 18);
  await db
    .insertInto('employees', {
      id: employeeId,
      nip,
      nik: null,
      name: `Perencana ${planners}`,
      front_title: null,
      back_title: null,
    })
    .execute();
  await db
    .insertInto('assignments', {
      id: newId(),
      position_id: positionId,
      employee_id: employeeId,
      kind: 'definitif',
      starts_on: '2020-01-01',
      ends_on: null,
      decree_number: null,
    })
    .execute();
  const email = `perencana${planners}.${nip}@${tenant.slug}.uji.go.id`;
  await createUser(ctx, {
    displayName: `Perencana ${planners}`,
    email,
    password: HARNESS_PASSWORD,
    roles: [...roles],
    employeeId,
  });
  const res = await h.app.http.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: tenant.slug, username: email, password: HARNESS_PASSWORD },
  });
  const cookie = sessionCookieOf(res);
  if (res.statusCode !== 200 || !cookie) throw new Error(`login failed: ${res.body}`);
  return { cookie, csrfToken: res.json().csrfToken, userId: res.json().user.id };
}

/** A minimal valid indicator body. */
export const SAMPLE_INDICATOR = {
  name: 'Indeks',
  unitOfMeasure: 'poin',
  polarity: 'maximize',
  aggregation: 'last',
  frequency: 'yearly',
};

/** What samplePlan makes: a period with an RPJMD visi carrying an indicator, two OPD tujuan and a link. */
export interface SamplePlan {
  readonly periodId: string;
  readonly nodeId: string;
  readonly indicatorId: string;
  readonly linkId: string;
  readonly opdNodeId: string;
}

async function post(h: Harness, as: Session, url: string, payload: object): Promise<{ id: string }> {
  const res = await h.inject({ method: 'POST', url, as, payload });
  if (res.statusCode !== 201) throw new Error(`${url} failed: ${res.body}`);
  return res.json();
}

/** A small plan in the tenant, made by a Bappeda planner (used by the tenancy sweep). */
export async function samplePlan(h: Harness, tenant: HarnessTenant): Promise<SamplePlan> {
  const bappeda = await plannerIn(h, tenant, await ensureOpd(h, tenant, 'BAPPEDA', 'Badan Perencanaan', 'badan'));
  const dinkesId = await ensureOpd(h, tenant, 'DINKES', 'Dinas Kesehatan');
  const period = await post(h, bappeda, '/api/performance/periods', { startYear: 2025, title: 'RPJMD 2025-2029' });
  const nodes = `/api/performance/periods/${period.id}/nodes`;
  const visi = await post(h, bappeda, nodes, { document: 'rpjmd', kind: 'visi', title: 'Visi' });
  const indicator = await post(h, bappeda, `/api/performance/nodes/${visi.id}/indicators`, SAMPLE_INDICATOR);
  const own = await post(h, bappeda, nodes, {
    document: 'renstra',
    kind: 'tujuan',
    title: 'Tujuan Bappeda',
    unitId: await h.unitId(tenant, 'BAPPEDA'),
  });
  const other = await post(h, bappeda, nodes, { document: 'renstra', kind: 'tujuan', title: 'Tujuan Dinkes', unitId: dinkesId });
  const link = await post(h, bappeda, `/api/performance/nodes/${own.id}/crosscutting`, { toNodeId: other.id });
  return { periodId: period.id, nodeId: visi.id, indicatorId: indicator.id, linkId: link.id, opdNodeId: other.id };
}
