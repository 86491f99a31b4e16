import { type TenantScope, tenantDb } from '../../db/tenant-db.ts';
import type { ExistingOrg } from './org-import.checks.ts';

/** Loads the codes an import may refer to without repeating them: units, positions, NIPs, regions. */
export async function loadExistingOrg(scope: TenantScope): Promise<ExistingOrg> {
  const db = tenantDb(scope);
  const units = await db.selectFrom('units').select(['id', 'code', 'parent_id']).execute();
  const positions = await db.selectFrom('positions').select('code').execute();
  const employees = await db.selectFrom('employees').select('nip').execute();
  const regions = await db.selectFrom('regions').select('code').execute();
  const codeById = new Map(units.map((u) => [u.id, u.code]));
  return {
    unitParents: new Map(units.map((u) => [u.code, u.parent_id ? (codeById.get(u.parent_id) ?? null) : null])),
    positionCodes: new Set(positions.map((p) => p.code)),
    nips: new Set(employees.map((e) => e.nip)),
    regionCodes: new Set(regions.map((r) => r.code)),
  };
}
