/** Position (jabatan) look-ups other modules need: who holds what today, unit heads, position cards. */
import { preparedTenantQuery } from '../../db/prepared-query.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { assignmentHeldOn } from './assignment-rule.ts';
import { nameWithTitles } from './org-queries.service.ts';

/** A position as correspondence shows it: its name and its unit. */
export interface PositionCard {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly isHead: boolean;
  readonly unitId: string;
  readonly unitCode: string;
  readonly unitName: string;
}

/** Someone holding a position on a given day, and how (definitif, Plt, Plh, Pj). */
export interface PositionHolder {
  readonly positionId: string;
  readonly employeeId: string;
  readonly name: string;
  readonly kind: 'definitif' | 'plt' | 'plh' | 'pj';
}

/** The user's pegawai and today's assignments, one row per held position (or one row without): compiled once. */
const userWithHeldPositions = preparedTenantQuery({
  shape: () => null,
  build: (door, v: { userId: string; today: string }) =>
    door
      .selectFrom('users')
      .leftJoin('assignments', (j) =>
        j
          .onRef('assignments.tenant_id', '=', 'users.tenant_id')
          .onRef('assignments.employee_id', '=', 'users.employee_id')
          .on(assignmentHeldOn(v.today)),
      )
      .select(['users.employee_id', 'assignments.position_id'])
      .where('users.id', '=', v.userId),
});

/**
 * The pegawai linked to a user account and the positions they hold on `today`, in one statement (the same rule as
 * heldPositionIds; whoAmI runs it on every e-Office request, so its SQL is compiled once). Reads identity's
 * `users.employee_id` link.
 */
export async function heldPositionsOfUser(
  ctx: RequestContext,
  userId: string | null,
  today: string,
): Promise<{ employeeId: string | null; positionIds: string[] }> {
  if (!userId) return { employeeId: null, positionIds: [] };
  const rows = await userWithHeldPositions(ctx, { userId, today });
  const positionIds = rows.flatMap((r) => (r.position_id ? [r.position_id] : []));
  return { employeeId: rows[0]?.employee_id ?? null, positionIds: [...new Set(positionIds)] };
}

/** The ids of the positions the pegawai holds on `today` (YYYY-MM-DD): starts_on ≤ today ≤ ends_on, or open-ended. */
export async function heldPositionIds(ctx: RequestContext, employeeId: string | null, today: string): Promise<string[]> {
  if (!employeeId) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('assignments')
    .select('position_id')
    .where('employee_id', '=', employeeId)
    .where(assignmentHeldOn(today))
    .execute();
  return [...new Set(rows.map((r) => r.position_id))];
}

/** Everyone holding one of the positions on `today`, definitif first. */
export async function positionHolders(
  ctx: RequestContext,
  positionIds: readonly string[],
  today: string,
): Promise<PositionHolder[]> {
  if (positionIds.length === 0) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('assignments')
    .innerJoin('employees', (j) =>
      j.onRef('employees.tenant_id', '=', 'assignments.tenant_id').onRef('employees.id', '=', 'assignments.employee_id'),
    )
    .select([
      'assignments.position_id',
      'assignments.kind',
      'employees.id',
      'employees.name',
      'employees.front_title',
      'employees.back_title',
    ])
    .where('assignments.position_id', 'in', [...new Set(positionIds)])
    .where(assignmentHeldOn(today))
    .execute();
  return rows
    .map((r) => ({ positionId: r.position_id, employeeId: r.id, name: nameWithTitles(r), kind: r.kind }))
    .sort((a, b) => Number(a.kind !== 'definitif') - Number(b.kind !== 'definitif'));
}

/** The cards of the given positions that exist in the context's tenant (unknown ids are simply absent). */
export async function positionCards(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, PositionCard>> {
  if (ids.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('positions')
    .innerJoin('units', (j) => j.onRef('units.tenant_id', '=', 'positions.tenant_id').onRef('units.id', '=', 'positions.unit_id'))
    .select([
      'positions.id',
      'positions.code',
      'positions.name',
      'positions.is_head',
      'units.id as unit_id',
      'units.code as unit_code',
      'units.name as unit_name',
    ])
    .where('positions.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        code: r.code,
        name: r.name,
        isHead: r.is_head === 1,
        unitId: r.unit_id,
        unitCode: r.unit_code,
        unitName: r.unit_name,
      },
    ]),
  );
}

/** The head position (is_head) of a unit with the unit's code and name; undefined when the unit or its head is missing. */
export async function headPositionOfUnit(ctx: RequestContext, unitId: string): Promise<PositionCard | undefined> {
  const row = await tenantDb(ctx)
    .selectFrom('positions')
    .select('id')
    .where('unit_id', '=', unitId)
    .where('is_head', '=', 1)
    .orderBy('code')
    .executeTakeFirst();
  return row ? (await positionCards(ctx, [row.id])).get(row.id) : undefined;
}
