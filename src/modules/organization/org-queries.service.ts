import { type TenantScope, tenantDb } from '../../db/tenant-db.ts';
import { authorize } from '../../platform/access/authorize.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { assignmentHeldOn } from './assignment-rule.ts';
import type { EmployeeListItem, EmployeeQuery, UnitView } from './organization.contract.ts';
import { canReadOrganization } from './organization.policy.ts';

/** A name with its academic titles, as printed on official documents: `Dr. Ani Lestari, S.E., M.Si.` */
export function nameWithTitles(e: { name: string; front_title: string | null; back_title: string | null }): string {
  return [e.front_title, e.name].filter(Boolean).join(' ') + (e.back_title ? `, ${e.back_title}` : '');
}

function todayIn(ctx: RequestContext): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ctx.platform.timezone }).format(ctx.platform.now());
}

/** Which holders to read: all, those of some employees, or those of one unit's positions. */
type HolderFilter = { readonly employeeIds?: readonly string[]; readonly unitId?: string };

/** The assignments held today, with the holder's name (all of the tenant's, or those the filter names). */
async function currentHolders(ctx: RequestContext, filter: HolderFilter = {}) {
  const today = todayIn(ctx);
  const door = tenantDb(ctx);
  let q = door
    .selectFrom('assignments')
    .innerJoin('employees', (j) =>
      j.onRef('employees.tenant_id', '=', 'assignments.tenant_id').onRef('employees.id', '=', 'assignments.employee_id'),
    )
    .select([
      'assignments.position_id',
      'assignments.kind',
      'employees.id',
      'employees.name',
      'employees.nip',
      'employees.front_title',
      'employees.back_title',
    ])
    .where(assignmentHeldOn(today));
  if (filter.employeeIds) q = q.where('assignments.employee_id', 'in', [...filter.employeeIds]);
  if (filter.unitId)
    q = q.where(
      'assignments.position_id',
      'in',
      door.selectFrom('positions').select('positions.id').where('positions.unit_id', '=', filter.unitId),
    );
  return q.execute();
}

function matches(text: string, q: string): boolean {
  return text.toLowerCase().includes(q);
}

/** Keeps the units that match `q` (by unit, position or holder) plus their ancestors, so the tree stays whole. */
function filterWithAncestors(units: UnitView[], q: string): UnitView[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const keep = new Set<string>();
  for (const u of units) {
    const hit =
      matches(`${u.code} ${u.name}`, q) ||
      u.positions.some((p) => matches(p.name, q) || p.holders.some((h) => matches(`${h.name} ${h.nip}`, q)));
    for (let cur: UnitView | undefined = hit ? u : undefined; cur && !keep.has(cur.id); cur = byId.get(cur.parentId ?? ''))
      keep.add(cur.id);
  }
  return units.filter((u) => keep.has(u.id));
}

/** The org chart of the tenant as a flat list (parent ids), each unit with positions and current holders. */
export async function listUnits(ctx: RequestContext, q?: string): Promise<UnitView[]> {
  authorize(canReadOrganization(ctx.actor));
  const views = await unitViews(ctx);
  return q ? filterWithAncestors(views, q.toLowerCase()) : views;
}

/** Units with their positions and current holders: every unit, or only the one named (its rows only). */
async function unitViews(ctx: RequestContext, unitId?: string): Promise<UnitView[]> {
  const db = tenantDb(ctx);
  let unitRows = db.selectFrom('units').selectAll();
  let positionRows = db.selectFrom('positions').selectAll();
  if (unitId) {
    unitRows = unitRows.where('units.id', '=', unitId);
    positionRows = positionRows.where('positions.unit_id', '=', unitId);
  }
  const [units, positions, holders] = await Promise.all([
    unitRows.orderBy('sort_order').orderBy('name').execute(),
    positionRows.orderBy('is_head', 'desc').orderBy('name').execute(),
    currentHolders(ctx, unitId ? { unitId } : {}),
  ]);
  const holdersByPosition = groupBy(holders, (h) => h.position_id);
  const positionsByUnit = groupBy(positions, (p) => p.unit_id);
  const views: UnitView[] = units.map((u) => ({
    id: u.id,
    parentId: u.parent_id,
    code: u.code,
    name: u.name,
    kind: u.kind,
    positions: (positionsByUnit.get(u.id) ?? []).map((p) => ({
      id: p.id,
      code: p.code,
      name: p.name,
      echelon: p.echelon,
      isHead: p.is_head === 1,
      holders: (holdersByPosition.get(p.id) ?? []).map((h) => ({
        employeeId: h.id,
        name: nameWithTitles(h),
        nip: h.nip,
        kind: h.kind,
      })),
    })),
  }));
  return views;
}

/** One unit with its positions; NotFound for an id of another tenant. */
export async function getUnit(ctx: RequestContext, unitId: string): Promise<UnitView> {
  authorize(canReadOrganization(ctx.actor));
  const [unit] = await unitViews(ctx, unitId);
  if (!unit) throw new NotFoundError('unit');
  return unit;
}

/** A page of employees matching `q` (name or NIP), with the positions they hold now. */
export async function listEmployees(
  ctx: RequestContext,
  query: EmployeeQuery,
): Promise<{ items: EmployeeListItem[]; total: number }> {
  authorize(canReadOrganization(ctx.actor));
  const db = tenantDb(ctx);
  let base = db.selectFrom('employees');
  if (query.q) {
    const like = `%${query.q.toLowerCase().replace(/[%_\\]/g, '\\$&')}%`;
    base = base.where((eb) => eb.or([eb(eb.fn('lower', ['employees.name']), 'like', like), eb('employees.nip', 'like', like)]));
  }
  const { total } = await base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await base
    .selectAll()
    .orderBy('name')
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize)
    .execute();
  // The page's holders and their positions only (not the tenant's 10,000 of each).
  const holders = rows.length ? await currentHolders(ctx, { employeeIds: rows.map((r) => r.id) }) : [];
  const positions = holders.length
    ? await db
        .selectFrom('positions')
        .innerJoin('units', (j) =>
          j.onRef('units.tenant_id', '=', 'positions.tenant_id').onRef('units.id', '=', 'positions.unit_id'),
        )
        .select(['positions.id', 'positions.name as positionName', 'units.name as unitName'])
        .where('positions.id', 'in', [...new Set(holders.map((h) => h.position_id))])
        .execute()
    : [];
  const positionById = new Map(positions.map((p) => [p.id, p]));
  const byEmployee = groupBy(holders, (h) => h.id);
  const items = rows.map((e) => ({
    id: e.id,
    nip: e.nip,
    name: nameWithTitles(e),
    rank: e.rank,
    grade: e.grade,
    email: e.email,
    phone: e.phone,
    positions: (byEmployee.get(e.id) ?? []).flatMap((h) => {
      const p = positionById.get(h.position_id);
      return p ? [{ positionName: p.positionName, unitName: p.unitName, kind: h.kind }] : [];
    }),
  }));
  return { items, total: Number(total) };
}

/** Counts for the dashboard. */
export async function orgSummary(ctx: RequestContext) {
  authorize(canReadOrganization(ctx.actor));
  const db = tenantDb(ctx);
  const count = async (table: 'units' | 'positions' | 'employees') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const regions = await db
    .selectFrom('regions')
    .select(['level', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('level')
    .execute();
  const byLevel = new Map(regions.map((r) => [r.level, Number(r.n)]));
  return {
    units: await count('units'),
    positions: await count('positions'),
    employees: await count('employees'),
    kecamatan: byLevel.get('kecamatan') ?? 0,
    desa: byLevel.get('desa') ?? 0,
    kelurahan: byLevel.get('kelurahan') ?? 0,
  };
}

/** The tenant's first kecamatan (by code), to set the template's example in a real place; undefined without regions. */
export function firstKecamatan(ctx: TenantScope): Promise<{ code: string; name: string } | undefined> {
  return tenantDb(ctx)
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('regions.level', '=', 'kecamatan')
    .orderBy('code')
    .limit(1)
    .executeTakeFirst();
}
