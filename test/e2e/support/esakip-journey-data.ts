/** Types and pure helpers of the e-SAKIP browser journey: org chart picks, plan tree walking and the band of a value. */
import type { Decimal } from 'decimal.js';

/** A unit of `/api/org/units` with its positions and today's holders. */
export interface Unit {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: string;
  positions: { id: string; name: string; isHead: boolean; holders: { name: string; nip: string; kind: string }[] }[];
}

/** A pegawai who gets a login account by NIP. */
export interface Holder {
  name: string;
  nip: string;
}

/** A node of the plan tree API (only what the journey reads). */
export interface PlanNode {
  id: string;
  kind: string;
  title: string;
  parentId: string | null;
  unitId: string | null;
  derivesFromNodeId: string | null;
  indicators: { id: string; name: string; frequency: string }[];
  children: PlanNode[];
}

/** A band of the tenant's band table. */
export interface Band {
  code: string;
  label: string;
  min: string | null;
  max: string | null;
}

/** Every node of a tree, depth-first. */
export function walk(roots: readonly PlanNode[]): PlanNode[] {
  return roots.flatMap((node) => [node, ...walk(node.children)]);
}

/**
 * A Diskominfo pegawai for the OPD planner account: the secretariat's staff first, then a bidang whose head is vacant
 * (the other journeys take the first bidang with a held head), so the journeys never share a person.
 */
export function pickOpdPlanner(units: readonly Unit[], opd: Unit): Holder {
  const children = units.filter((u) => u.parentId === opd.id);
  const headHeld = (u: Unit) => u.positions.some((p) => p.isHead && p.holders.some((h) => h.kind === 'definitif'));
  const ordered = [...children.filter((u) => u.kind === 'sekretariat'), ...children.filter((u) => !headHeld(u))];
  for (const unit of ordered)
    for (const position of unit.positions) {
      const holder = position.holders.find((h) => h.kind === 'definitif');
      if (holder) return { name: holder.name, nip: holder.nip };
    }
  throw new Error(`no free pegawai in ${opd.code} for the planner account`);
}

/** The band a capaian falls in: `min_inclusive` puts a boundary value in the upper band, else in the lower one. */
export function bandOf(bands: readonly Band[], value: Decimal, boundary: string): Band {
  const minInclusive = boundary === 'min_inclusive';
  const found = bands.find((band) => {
    const aboveMin = band.min === null || (minInclusive ? value.gte(band.min) : value.gt(band.min));
    const belowMax = band.max === null || (minInclusive ? value.lt(band.max) : value.lte(band.max));
    return aboveMin && belowMax;
  });
  if (!found) throw new Error(`no band holds ${value.toString()}`);
  return found;
}
