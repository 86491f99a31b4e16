/**
 * Who acts in the demo e-Office sample, and when: the people it needs (looked up by unit code in the demo
 * organisation) and request contexts whose clock is set to a moment relative to today (WIB), so the sample is
 * the same on every fresh database started on the same day and its dates always look recent.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import { createUser } from '../../modules/identity/index.ts';
import { type RequestContext, userContext } from '../../platform/access/context.ts';
import { permissionsForRoles, type Role } from '../../shared/permissions.ts';

/** A held position in the demo organisation and the pegawai holding it (definitif). */
export interface HeldPosition {
  positionId: string;
  employeeId: string;
  unitId: string;
}

/** The demo accounts the sample acts as (ids of users rows). */
export interface SampleUsers {
  pencatat: string;
  arsiparis: string;
  pimpinan: string;
}

/** A moment of the sample: whole days before today (WIB) at an hour of the working day. */
export interface SampleMoment {
  daysAgo: number;
  hour: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant of `moment`, counted back from today's date in the tenant's zone (WIB is UTC+7, no summer time). */
export function instantOf(admin: RequestContext, moment: SampleMoment): Date {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: admin.platform.timezone }).format(admin.platform.now());
  const hour = String(moment.hour).padStart(2, '0');
  return new Date(Date.parse(`${today}T${hour}:00:00+07:00`) - moment.daysAgo * DAY_MS);
}

/** The calendar date (YYYY-MM-DD, WIB) of `moment`. */
export function dateOf(admin: RequestContext, moment: SampleMoment): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(instantOf(admin, moment));
}

/** A context acting as `userId` with `role`; with `moment`, its clock stands still at that instant. */
export function actingAt(admin: RequestContext, userId: string, role: Role, moment?: SampleMoment): RequestContext {
  const platform = moment ? { ...admin.platform, now: () => instantOf(admin, moment) } : admin.platform;
  return userContext({
    db: admin.db,
    platform,
    tenantId: admin.tenantId,
    actor: { userId, label: `seed:${role}`, roles: [role], permissions: permissionsForRoles([role]), sessionId: null },
    requestId: 'seed:eoffice-sample',
    ip: null,
    locale: 'id',
  });
}

/** Held (definitif) positions of one unit, heads first, in code order. */
async function heldPositionsOf(admin: RequestContext, unitId: string) {
  return tenantDb(admin)
    .selectFrom('positions')
    .innerJoin('assignments', (j) =>
      j.onRef('assignments.tenant_id', '=', 'positions.tenant_id').onRef('assignments.position_id', '=', 'positions.id'),
    )
    .select(['positions.id as positionId', 'assignments.employee_id as employeeId', 'positions.is_head as isHead'])
    .where('positions.unit_id', '=', unitId)
    .where('assignments.kind', '=', 'definitif')
    .orderBy('positions.is_head', 'desc')
    .orderBy('positions.code')
    .execute();
}

/** The id of the unit with `code`, or undefined. */
export async function unitIdOf(admin: RequestContext, code: string): Promise<string | undefined> {
  const row = await tenantDb(admin).selectFrom('units').select('id').where('code', '=', code).executeTakeFirst();
  return row?.id;
}

/**
 * The head and one staff member of the LAST bidang of `opdCode` that has both held. The browser journeys take the
 * first such bidang and create accounts for its people, so the sample keeps out of their way.
 */
export async function lastBidangOf(
  admin: RequestContext,
  opdCode: string,
): Promise<{ head: HeldPosition; staff: HeldPosition } | undefined> {
  const opdId = await unitIdOf(admin, opdCode);
  if (!opdId) return undefined;
  const children = await tenantDb(admin)
    .selectFrom('units')
    .select('id')
    .where('parent_id', '=', opdId)
    .where('kind', '=', 'bidang')
    .orderBy('code', 'desc')
    .execute();
  for (const unit of children) {
    const held = await heldPositionsOf(admin, unit.id);
    const head = held.find((p) => p.isHead === 1);
    const staff = held.find((p) => p.isHead !== 1);
    if (head && staff)
      return {
        head: { ...head, unitId: unit.id },
        staff: { positionId: staff.positionId, employeeId: staff.employeeId, unitId: unit.id },
      };
  }
  return undefined;
}

/** The head position of a unit (by code) with its holder, or undefined. */
export async function headOfUnit(admin: RequestContext, code: string): Promise<HeldPosition | undefined> {
  const unitId = await unitIdOf(admin, code);
  if (!unitId) return undefined;
  const head = (await heldPositionsOf(admin, unitId)).find((p) => p.isHead === 1);
  return head ? { positionId: head.positionId, employeeId: head.employeeId, unitId } : undefined;
}

/** A sample account belonging to the pegawai `employeeId` (e-mail login, the demo password; no NIP login). */
export async function sampleAccount(admin: RequestContext, employeeId: string, email: string, password: string) {
  const person = await tenantDb(admin).selectFrom('employees').select('name').where('id', '=', employeeId).executeTakeFirst();
  const { id } = await createUser(admin, {
    displayName: person?.name ?? email,
    email,
    password,
    roles: ['staf'] as never,
    employeeId,
  });
  return id;
}
