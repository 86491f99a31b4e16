/** Perangkat daerah (OPD) look-ups: which OPD a unit belongs to, the OPD-level units, the OPDs a pegawai works in. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { heldPositionIds } from './positions.service.ts';

/** An OPD-level unit: the highest unit of its branch below the `pemda` root (or a root itself). */
export interface OpdUnit {
  readonly id: string;
  readonly code: string;
  readonly name: string;
}

type UnitLink = { id: string; parent_id: string | null; kind: string };

async function unitLinks(ctx: RequestContext): Promise<Map<string, UnitLink>> {
  const rows = await tenantDb(ctx).selectFrom('units').select(['id', 'parent_id', 'kind']).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Walks up from a unit to its OPD: the last ancestor before a `pemda` unit or the root (cycles stop the walk). */
function opdIn(links: Map<string, UnitLink>, unitId: string): string | null {
  let current = links.get(unitId);
  if (!current || current.kind === 'pemda') return null;
  const seen = new Set<string>();
  while (current.parent_id && !seen.has(current.id)) {
    seen.add(current.id);
    const parent = links.get(current.parent_id);
    if (!parent || parent.kind === 'pemda') break;
    current = parent;
  }
  return current.id;
}

/** The OPD (perangkat daerah) a unit belongs to; null for an unknown unit or the pemda root itself. */
export async function opdOfUnit(ctx: RequestContext, unitId: string): Promise<string | null> {
  return opdIn(await unitLinks(ctx), unitId);
}

/** Every OPD-level unit of the tenant (active or not), by code. */
export async function opdUnits(ctx: RequestContext): Promise<OpdUnit[]> {
  const rows = await tenantDb(ctx).selectFrom('units').select(['id', 'code', 'name', 'parent_id', 'kind']).execute();
  const links = new Map(rows.map((r) => [r.id, r]));
  return rows
    .filter((r) => opdIn(links, r.id) === r.id)
    .map((r) => ({ id: r.id, code: r.code, name: r.name }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The OPDs in which the pegawai holds a position on `today` (definitif, Plt, Plh, Pj alike). */
export async function opdIdsOfEmployee(ctx: RequestContext, employeeId: string | null, today: string): Promise<string[]> {
  const positionIds = await heldPositionIds(ctx, employeeId, today);
  if (positionIds.length === 0) return [];
  const units = await tenantDb(ctx).selectFrom('positions').select('unit_id').where('id', 'in', positionIds).execute();
  const links = await unitLinks(ctx);
  const opds = units.map((u) => opdIn(links, u.unit_id)).filter((id): id is string => id !== null);
  return [...new Set(opds)];
}
