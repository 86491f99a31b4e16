import { type TenantScope, tenantDb } from '../../db/tenant-db.ts';
import { newId } from '../../shared/ids.ts';
import type { OrgPlan, UnitRow } from './org-plan.ts';

/** How many rows an import created and updated, per kind. */
export interface ApplyCounts {
  created: { units: number; positions: number; employees: number; assignments: number };
  updated: { units: number; positions: number; employees: number; assignments: number };
}

const CHUNK = 400;

async function idMap(scope: TenantScope, table: 'units' | 'positions', column: 'code'): Promise<Map<string, string>> {
  const rows = await tenantDb(scope).selectFrom(table).select(['id', column]).execute();
  return new Map(rows.map((r) => [r[column] as string, r.id]));
}

/** Parents before children, so each insert finds its parent (the plan has no cycles by then). */
export function unitsParentFirst(units: readonly UnitRow[]): UnitRow[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const done = new Set<string>();
  const out: UnitRow[] = [];
  const visit = (u: UnitRow) => {
    if (done.has(u.code)) return;
    done.add(u.code);
    const parent = u.parentCode ? byCode.get(u.parentCode) : undefined;
    if (parent) visit(parent);
    out.push(u);
  };
  for (const u of units) visit(u);
  return out;
}

async function insertChunks<T extends 'units' | 'positions' | 'employees' | 'assignments'>(
  scope: TenantScope,
  table: T,
  rows: object[],
) {
  for (let i = 0; i < rows.length; i += CHUNK)
    await tenantDb(scope)
      .insertInto(table, rows.slice(i, i + CHUNK) as never)
      .execute();
}

async function applyUnits(scope: TenantScope, plan: OrgPlan, counts: ApplyCounts) {
  const unitIds = await idMap(scope, 'units', 'code');
  const regions = await tenantDb(scope).selectFrom('regions').select(['id', 'code']).execute();
  const regionIds = new Map(regions.map((r) => [r.code, r.id]));
  const fresh: object[] = [];
  let order = 0;
  for (const u of unitsParentFirst(plan.units)) {
    const existing = unitIds.get(u.code);
    const id = existing ?? newId();
    unitIds.set(u.code, id);
    const row = {
      parent_id: u.parentCode ? (unitIds.get(u.parentCode) ?? null) : null,
      name: u.name,
      kind: u.kind,
      region_id: u.regionCode ? (regionIds.get(u.regionCode) ?? null) : null,
      sort_order: order++,
    };
    if (existing) {
      await tenantDb(scope).updateTable('units').set(row).where('units.id', '=', id).execute();
      counts.updated.units++;
    } else fresh.push({ id, code: u.code, status: 'active', ...row });
  }
  // Fresh units are inserted parent-first in chunks; a chunk never references a later chunk.
  await insertChunks(scope, 'units', fresh);
  counts.created.units += fresh.length;
  return unitIds;
}

async function applyPositions(scope: TenantScope, plan: OrgPlan, unitIds: Map<string, string>, counts: ApplyCounts) {
  const positionIds = await idMap(scope, 'positions', 'code');
  const fresh: object[] = [];
  for (const p of plan.positions) {
    const existing = positionIds.get(p.code);
    const row = { unit_id: unitIds.get(p.unitCode) as string, name: p.name, echelon: p.echelon, is_head: p.isHead ? 1 : 0 };
    if (existing) {
      await tenantDb(scope).updateTable('positions').set(row).where('positions.id', '=', existing).execute();
      counts.updated.positions++;
    } else {
      const id = newId();
      positionIds.set(p.code, id);
      fresh.push({ id, code: p.code, ...row });
    }
  }
  await insertChunks(scope, 'positions', fresh);
  counts.created.positions += fresh.length;
  return positionIds;
}

async function applyEmployees(scope: TenantScope, plan: OrgPlan, counts: ApplyCounts) {
  const rows = await tenantDb(scope).selectFrom('employees').select(['id', 'nip']).execute();
  const employeeIds = new Map(rows.map((r) => [r.nip, r.id]));
  const fresh: object[] = [];
  for (const e of plan.employees) {
    const row = {
      nik: e.nik,
      name: e.name,
      front_title: e.frontTitle,
      back_title: e.backTitle,
      rank: e.rank,
      grade: e.grade,
      email: e.email,
      phone: e.phone,
    };
    const existing = employeeIds.get(e.nip);
    if (existing) {
      await tenantDb(scope).updateTable('employees').set(row).where('employees.id', '=', existing).execute();
      counts.updated.employees++;
    } else {
      const id = newId();
      employeeIds.set(e.nip, id);
      fresh.push({ id, nip: e.nip, ...row });
    }
  }
  await insertChunks(scope, 'employees', fresh);
  counts.created.employees += fresh.length;
  return employeeIds;
}

async function applyAssignments(
  scope: TenantScope,
  plan: OrgPlan,
  positionIds: Map<string, string>,
  employeeIds: Map<string, string>,
  counts: ApplyCounts,
) {
  const rows = await tenantDb(scope)
    .selectFrom('assignments')
    .select(['id', 'position_id', 'employee_id', 'kind', 'starts_on'])
    .execute();
  const keyOf = (positionId: string, employeeId: string, kind: string, startsOn: string) =>
    `${positionId}|${employeeId}|${kind}|${startsOn}`;
  const existing = new Map(rows.map((r) => [keyOf(r.position_id, r.employee_id, r.kind, r.starts_on), r.id]));
  const fresh: object[] = [];
  for (const a of plan.assignments) {
    const positionId = positionIds.get(a.positionCode) as string;
    const employeeId = employeeIds.get(a.nip) as string;
    const id = existing.get(keyOf(positionId, employeeId, a.kind, a.startsOn));
    const row = { ends_on: a.endsOn, decree_number: a.decreeNumber };
    if (id) {
      await tenantDb(scope).updateTable('assignments').set(row).where('assignments.id', '=', id).execute();
      counts.updated.assignments++;
    } else
      fresh.push({ id: newId(), position_id: positionId, employee_id: employeeId, kind: a.kind, starts_on: a.startsOn, ...row });
  }
  await insertChunks(scope, 'assignments', fresh);
  counts.created.assignments += fresh.length;
}

/**
 * Writes a checked plan: units, positions and employees are matched by code/NIP and updated, new
 * ones inserted; assignments are matched by (position, employee, kind, start). Nothing is deleted.
 * Call inside one transaction.
 */
export async function applyOrgPlan(scope: TenantScope, plan: OrgPlan): Promise<ApplyCounts> {
  const counts: ApplyCounts = {
    created: { units: 0, positions: 0, employees: 0, assignments: 0 },
    updated: { units: 0, positions: 0, employees: 0, assignments: 0 },
  };
  const unitIds = await applyUnits(scope, plan, counts);
  const positionIds = await applyPositions(scope, plan, unitIds, counts);
  const employeeIds = await applyEmployees(scope, plan, counts);
  await applyAssignments(scope, plan, positionIds, employeeIds, counts);
  return counts;
}
