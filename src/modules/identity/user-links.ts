import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';

/** The pegawai linked to a login account, or null (a system actor or an account without a pegawai). */
export async function employeeIdOfUser(ctx: RequestContext, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const row = await tenantDb(ctx).selectFrom('users').select('employee_id').where('id', '=', userId).executeTakeFirst();
  return row?.employee_id ?? null;
}

/** Where a user can be reached outside Pamong: the account e-mail and the pegawai's phone. */
export interface UserContactPoint {
  readonly userId: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
}

/** Contact points of active users (unknown or disabled ids are left out). */
export async function contactPointsOfUsers(ctx: RequestContext, userIds: readonly string[]): Promise<UserContactPoint[]> {
  if (userIds.length === 0) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('users')
    .leftJoin('employees', (j) =>
      j.onRef('employees.tenant_id', '=', 'users.tenant_id').onRef('employees.id', '=', 'users.employee_id'),
    )
    .select(['users.id', 'users.display_name', 'users.email', 'employees.email as employeeEmail', 'employees.phone'])
    .where('users.id', 'in', [...userIds])
    .where('users.status', '=', 'active')
    .execute();
  return rows.map((r) => ({ userId: r.id, name: r.display_name, email: r.email ?? r.employeeEmail, phone: r.phone }));
}

/** The active login accounts of the given pegawai (a pegawai may have none). */
export async function userIdsOfEmployees(ctx: RequestContext, employeeIds: readonly string[]): Promise<string[]> {
  if (employeeIds.length === 0) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('users')
    .select('id')
    .where('employee_id', 'in', [...new Set(employeeIds)])
    .where('status', '=', 'active')
    .execute();
  return rows.map((r) => r.id);
}
