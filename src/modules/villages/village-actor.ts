/** The acting user as the accountability policy sees them: permissions plus the desa and kecamatan of their positions. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { getTenant, heldPositionsOfUser, opdIdsOfEmployee, opdUnits } from '../organization/index.ts';
import { pickVillageUnit } from './idm.policy.ts';
import type { AccountabilityActor } from './village-accountability.policy.ts';

/** Today's date (YYYY-MM-DD) in the tenant's time zone. */
export async function tenantToday(ctx: RequestContext): Promise<string> {
  const timeZone = (await getTenant(ctx, ctx.tenantId)).timezone;
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(ctx.platform.now());
}

/** The desa and kecamatan regions of the units of the given positions (units.region_id). */
async function regionsOfPositions(ctx: RequestContext, positionIds: readonly string[]) {
  if (positionIds.length === 0) return [];
  return tenantDb(ctx)
    .selectFrom('positions')
    .innerJoin('units', (j) => j.onRef('units.tenant_id', '=', 'positions.tenant_id').onRef('units.id', '=', 'positions.unit_id'))
    .innerJoin('regions', (j) => j.onRef('regions.tenant_id', '=', 'units.tenant_id').onRef('regions.id', '=', 'units.region_id'))
    .select(['regions.id', 'regions.level'])
    .where('positions.id', 'in', [...positionIds])
    .execute();
}

/** True when the actor manages village affairs in DPMD (or is an admin holding villages.idm.manage). */
async function managesInDpmd(ctx: RequestContext, employeeId: string | null, today: string): Promise<boolean> {
  if (!ctx.actor.permissions.has('villages.idm.manage')) return false;
  if (ctx.actor.roles.includes('admin')) return true;
  const opdIds = await opdIdsOfEmployee(ctx, employeeId, today);
  if (opdIds.length === 0) return false;
  const villageUnit = pickVillageUnit(await opdUnits(ctx));
  return villageUnit !== null && opdIds.includes(villageUnit);
}

/** SECURITY: the user↔desa/kecamatan link is the positions the user holds today (their units' region). */
export async function currentAccountabilityActor(ctx: RequestContext): Promise<AccountabilityActor> {
  const { permissions, userId } = ctx.actor;
  const today = await tenantToday(ctx);
  const held = await heldPositionsOfUser(ctx, userId, today);
  const regions = await regionsOfPositions(ctx, held.positionIds);
  const idsOf = (level: string) => [...new Set(regions.filter((r) => r.level === level).map((r) => r.id))];
  return {
    readsRegency: permissions.has('performance.plan.read'),
    submits: permissions.has('villages.report.submit'),
    reviews: permissions.has('villages.report.review'),
    manages: await managesInDpmd(ctx, held.employeeId, today),
    desaIds: idsOf('desa'),
    kecamatanIds: idsOf('kecamatan'),
  };
}
