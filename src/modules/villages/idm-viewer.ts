/** Who the actor is for the IDM policy: permissions, desa linked through their positions, DPMD membership. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { getTenant, heldPositionsOfUser, opdIdsOfEmployee, opdUnits } from '../organization/index.ts';
import { type IdmViewer, pickVillageUnit } from './idm.policy.ts';

/** Today's date (YYYY-MM-DD) in the tenant's time zone. */
async function tenantToday(ctx: RequestContext): Promise<string> {
  const timeZone = (await getTenant(ctx, ctx.tenantId)).timezone;
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(ctx.platform.now());
}

/**
 * The desa linked to a user: the `desa` regions of the units of the positions they hold today (units.region_id).
 * This is the only user↔desa link the organisation model has.
 */
async function linkedDesaIds(ctx: RequestContext, positionIds: readonly string[]): Promise<string[]> {
  if (positionIds.length === 0) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('positions')
    .innerJoin('units', (j) => j.onRef('units.tenant_id', '=', 'positions.tenant_id').onRef('units.id', '=', 'positions.unit_id'))
    .innerJoin('regions', (j) => j.onRef('regions.tenant_id', '=', 'units.tenant_id').onRef('regions.id', '=', 'units.region_id'))
    .select('regions.id')
    .where('positions.id', 'in', [...positionIds])
    .where('regions.level', '=', 'desa')
    .execute();
  return [...new Set(rows.map((r) => r.id))];
}

/** The acting user as the IDM policy sees them. */
export async function currentIdmViewer(ctx: RequestContext): Promise<IdmViewer> {
  const { permissions, roles, userId } = ctx.actor;
  const managesIdm = permissions.has('villages.idm.manage');
  const submitsForDesa = permissions.has('villages.report.submit');
  const today = await tenantToday(ctx);
  const held = await heldPositionsOfUser(ctx, userId, today);
  const opdIds = managesIdm ? await opdIdsOfEmployee(ctx, held.employeeId, today) : [];
  const villageUnit = opdIds.length > 0 ? pickVillageUnit(await opdUnits(ctx)) : null;
  return {
    readsRegency: permissions.has('performance.plan.read'),
    submitsForDesa,
    linkedDesaIds: submitsForDesa ? await linkedDesaIds(ctx, held.positionIds) : [],
    managesIdm,
    isAdmin: roles.includes('admin'),
    inVillageUnit: villageUnit !== null && opdIds.includes(villageUnit),
  };
}
