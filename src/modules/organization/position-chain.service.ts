/** The hierarchy walk behind suggested paraf chains: the head positions between a unit and an ancestor unit. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';

/** The unit and its ancestors, nearest first (stops on a cycle or a missing parent). */
async function unitAncestry(ctx: RequestContext, unitId: string): Promise<string[]> {
  const units = await tenantDb(ctx).selectFrom('units').select(['id', 'parent_id']).execute();
  const parentOf = new Map(units.map((u) => [u.id, u.parent_id]));
  const chain: string[] = [];
  let current: string | null | undefined = unitId;
  while (current && parentOf.has(current) && !chain.includes(current)) {
    chain.push(current);
    current = parentOf.get(current);
  }
  return chain;
}

/**
 * The head positions of the units from `fromUnitId` up to, but not including, `toUnitId`, nearest first.
 * When `toUnitId` is not an ancestor of `fromUnitId`, only the head of `fromUnitId` is returned.
 */
export async function unitHeadsUpTo(ctx: RequestContext, fromUnitId: string, toUnitId: string): Promise<string[]> {
  const ancestry = await unitAncestry(ctx, fromUnitId);
  const stop = ancestry.indexOf(toUnitId);
  const units = stop === -1 ? ancestry.slice(0, 1) : ancestry.slice(0, stop);
  if (units.length === 0) return [];
  const heads = await tenantDb(ctx)
    .selectFrom('positions')
    .select(['id', 'unit_id'])
    .where('unit_id', 'in', units)
    .where('is_head', '=', 1)
    .orderBy('code')
    .execute();
  return units.flatMap((unit) =>
    heads
      .filter((h) => h.unit_id === unit)
      .slice(0, 1)
      .map((h) => h.id),
  );
}
