/** Positions of the org chart as grouped select options for the PK parties and the rencana aksi person in charge. */
import type { UnitView } from '../../../../../src/modules/organization/organization.contract.ts';
import { api } from '../../../app/api.ts';

export type { UnitView };

/** Query key of the org chart with positions (shared by the PK screens). */
export const orgUnitsKey = ['esakip', 'agreements', 'org-units'] as const;
/** The org chart: units with their positions and today's holders. */
export const fetchOrgUnits = () => api<{ units: UnitView[] }>('/api/org/units').then((r) => r.units);

/** The ids of `rootId` and every unit below it. */
export function unitSubtree(units: readonly UnitView[], rootId: string): Set<string> {
  const inside = new Set([rootId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const u of units)
      if (u.parentId && inside.has(u.parentId) && !inside.has(u.id)) {
        inside.add(u.id);
        grew = true;
      }
  }
  return inside;
}

/** One select group: a unit's name and its positions as "Jabatan (pemangku)". */
export interface PositionGroup {
  group: string;
  items: { value: string; label: string }[];
}

/**
 * Positions grouped by unit, heads of unit first within a unit; only units inside `withinUnitId` (and below) when
 * given. `vacant` labels a position nobody holds today.
 */
export function positionGroups(units: readonly UnitView[], vacant: string, withinUnitId?: string): PositionGroup[] {
  const allowed = withinUnitId ? unitSubtree(units, withinUnitId) : null;
  return units
    .filter((u) => u.positions.length > 0 && (!allowed || allowed.has(u.id)))
    .map((u) => ({
      group: u.name,
      items: [...u.positions]
        .sort((a, b) => Number(b.isHead) - Number(a.isHead))
        .map((p) => ({ value: p.id, label: `${p.name} (${p.holders.map((h) => h.name).join(', ') || vacant})` })),
    }));
}

/** The head position of a unit, if it has one (the default pihak pertama of an OPD's PK). */
export function headOf(units: readonly UnitView[], unitId: string): string | null {
  return units.find((u) => u.id === unitId)?.positions.find((p) => p.isHead)?.id ?? null;
}

/** A position's name by id, for showing the person in charge of an action. */
export function positionNames(units: readonly UnitView[]): Map<string, string> {
  return new Map(units.flatMap((u) => u.positions.map((p) => [p.id, p.name] as const)));
}
