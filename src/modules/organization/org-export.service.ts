import { tenantDb } from '../../db/tenant-db.ts';
import { authorize } from '../../platform/access/authorize.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { OrgPlan } from './org-plan.ts';
import { canManageOrganization } from './organization.policy.ts';

/** Reads the tenant's organisation back into the import file's shape (export gives what import takes). */
export async function exportOrgPlan(ctx: RequestContext): Promise<OrgPlan> {
  authorize(canManageOrganization(ctx.actor));
  const db = tenantDb(ctx);
  const units = await db.selectFrom('units').selectAll().orderBy('sort_order').orderBy('code').execute();
  const regions = await db.selectFrom('regions').select(['id', 'code']).execute();
  const positions = await db.selectFrom('positions').selectAll().orderBy('code').execute();
  const employees = await db.selectFrom('employees').selectAll().orderBy('nip').execute();
  const assignments = await db.selectFrom('assignments').selectAll().orderBy('starts_on').orderBy('id').execute();
  const unitCode = new Map(units.map((u) => [u.id, u.code]));
  const regionCode = new Map(regions.map((r) => [r.id, r.code]));
  const positionCode = new Map(positions.map((p) => [p.id, p.code]));
  const nipOf = new Map(employees.map((e) => [e.id, e.nip]));
  return {
    units: units.map((u) => ({
      code: u.code,
      name: u.name,
      parentCode: u.parent_id ? (unitCode.get(u.parent_id) ?? null) : null,
      kind: u.kind,
      regionCode: u.region_id ? (regionCode.get(u.region_id) ?? null) : null,
    })),
    positions: positions.map((p) => ({
      code: p.code,
      name: p.name,
      unitCode: unitCode.get(p.unit_id) as string,
      echelon: p.echelon,
      isHead: p.is_head === 1,
    })),
    employees: employees.map((e) => ({
      nip: e.nip,
      nik: e.nik,
      name: e.name,
      frontTitle: e.front_title,
      backTitle: e.back_title,
      rank: e.rank,
      grade: e.grade,
      email: e.email,
      phone: e.phone,
    })),
    assignments: assignments.map((a) => ({
      positionCode: positionCode.get(a.position_id) as string,
      nip: nipOf.get(a.employee_id) as string,
      kind: a.kind,
      startsOn: a.starts_on,
      endsOn: a.ends_on,
      decreeNumber: a.decree_number,
    })),
  };
}
