/** Who the acting planner is: their OPDs today and whether they work in the planning unit (Bappeda). */
import type { RequestContext } from '../../platform/access/context.ts';
import { employeeIdOfUser } from '../identity/index.ts';
import { getTenant, opdIdsOfEmployee, opdOfUnit, opdUnits } from '../organization/index.ts';
import type { Planner } from './performance.policy.ts';
import { pickPlanningUnit } from './performance.policy.ts';

/** Today's date (YYYY-MM-DD) in the tenant's time zone. */
async function tenantToday(ctx: RequestContext): Promise<string> {
  const timeZone = (await getTenant(ctx, ctx.tenantId)).timezone;
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(ctx.platform.now());
}

/** The tenant's planning unit (see pickPlanningUnit: BAPPEDA by code, else "Perencanaan" by name). */
export async function planningUnitId(ctx: RequestContext): Promise<string | null> {
  return pickPlanningUnit(await opdUnits(ctx));
}

/** The acting user as the planning policy sees them. */
export async function currentPlanner(ctx: RequestContext): Promise<Planner> {
  const managesPlans = ctx.actor.permissions.has('performance.plan.manage');
  const employeeId = await employeeIdOfUser(ctx, ctx.actor.userId);
  const opdIds = managesPlans ? await opdIdsOfEmployee(ctx, employeeId, await tenantToday(ctx)) : [];
  const planning = opdIds.length > 0 ? await planningUnitId(ctx) : null;
  return {
    managesPlans,
    isAdmin: ctx.actor.roles.includes('admin'),
    inPlanningUnit: planning !== null && opdIds.includes(planning),
    opdIds,
  };
}

/** True when the unit is an OPD-level unit (its own perangkat daerah). */
export async function isOpdUnit(ctx: RequestContext, unitId: string): Promise<boolean> {
  return (await opdOfUnit(ctx, unitId)) === unitId;
}
