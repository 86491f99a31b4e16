/** Unit look-ups by code, for numbering (`{UNIT}` and per-unit counters use the unit's short code). */
import type { TenantScope } from '../../db/tenant-db.ts';
import { tenantDb } from '../../db/tenant-db.ts';

/** The active unit of the tenant with this code, or undefined. */
export async function activeUnitByCode(ctx: TenantScope, code: string): Promise<{ id: string; code: string } | undefined> {
  return tenantDb(ctx)
    .selectFrom('units')
    .select(['id', 'code'])
    .where('code', '=', code)
    .where('status', '=', 'active')
    .executeTakeFirst();
}
