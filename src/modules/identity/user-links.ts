import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';

/** The pegawai linked to a login account, or null (a system actor or an account without a pegawai). */
export async function employeeIdOfUser(ctx: RequestContext, userId: string | null): Promise<string | null> {
  if (!userId) return null;
  const row = await tenantDb(ctx).selectFrom('users').select('employee_id').where('id', '=', userId).executeTakeFirst();
  return row?.employee_id ?? null;
}
