/**
 * What a PK Kepala Desa is generated from: the parties who hold the head positions today (the desa unit's kepala desa,
 * the kecamatan unit's camat) and the year's promised rows (mandated results with the desa's effective target, then
 * the desa's own indicators). Reads only; the use cases snapshot the result.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { headPositionOfUnit, positionHolders } from '../organization/index.ts';
import { mandatoryPlanned, ownPlanned } from './village-accountability.queries.ts';
import { jabatanWithPlace, splitResultName, type VillageParty } from './village-agreement-document.ts';
import type { DesaRecord } from './village-lookup.ts';

const M = 'villages.agreement';

/** A promised row with where it came from. */
export interface PlannedRow {
  readonly kind: 'mandatory' | 'own';
  readonly sourceId: string;
  readonly code: string;
  readonly sasaran: string;
  readonly indicatorName: string;
  readonly target: string | null;
  readonly unit: string;
}

/** The sasaran printed for a desa's own indicators (they carry no sasaran of their own). */
export const OWN_SASARAN = 'Meningkatnya kinerja penyelenggaraan pemerintahan desa';

/** The year's rows: mandated results (effective target: override, stored or derived) then own indicators. */
export async function plannedRows(ctx: RequestContext, regionId: string, year: number): Promise<PlannedRow[]> {
  const mandatory = (await mandatoryPlanned(ctx, regionId, year)).map((p) => ({
    kind: 'mandatory' as const,
    sourceId: p.indicator.id,
    code: p.indicator.code,
    ...splitResultName(p.indicator.name),
    target: p.target.value,
    unit: p.indicator.unit,
  }));
  const own = (await ownPlanned(ctx, regionId, year)).map((p) => ({
    kind: 'own' as const,
    sourceId: p.indicator.id,
    code: p.indicator.code,
    sasaran: OWN_SASARAN,
    indicatorName: p.indicator.name,
    target: p.target.value,
    unit: p.indicator.unit,
  }));
  return [...mandatory, ...own];
}

/** The active unit of a kind serving a region (units.region_id), or undefined. */
export async function unitOfRegion(ctx: RequestContext, regionId: string, kind: 'desa' | 'kecamatan') {
  return tenantDb(ctx)
    .selectFrom('units')
    .select(['id', 'name'])
    .where('region_id', '=', regionId)
    .where('kind', '=', kind)
    .where('status', '=', 'active')
    .orderBy('code')
    .executeTakeFirst();
}

/**
 * The holder today of a unit's head position (is_head = 1): the definitif holder when there is one, otherwise the
 * Plt / Plh / Pj (organization's positionHolders order), with the jabatan carrying the place name.
 */
export async function headHolderToday(
  ctx: RequestContext,
  unitId: string,
  placeName: string,
  today: string,
): Promise<VillageParty | null> {
  const head = await headPositionOfUnit(ctx, unitId);
  if (!head) return null;
  const [holder] = await positionHolders(ctx, [head.id], today);
  if (!holder) return null;
  return {
    employeeId: holder.employeeId,
    name: holder.name,
    jabatan: jabatanWithPlace(head.name, placeName),
    capacity: holder.kind,
  };
}

/**
 * SECURITY: the parties are decided by the organisation, never by the request: the kepala desa holds the head position
 * of the desa's unit today, the camat the head position of the unit of the desa's parent region (its kecamatan).
 * A missing unit or holder is a 409 with a message saying what to set up.
 */
export async function partiesOfDesa(ctx: RequestContext, desa: DesaRecord, today: string) {
  const desaUnit = await unitOfRegion(ctx, desa.id, 'desa');
  const kades = desaUnit ? await headHolderToday(ctx, desaUnit.id, desa.name, today) : null;
  if (!kades) throw new ConflictError(`${M}.noKades`, { desa: desa.name });
  const kecUnit = desa.kecamatan ? await unitOfRegion(ctx, desa.kecamatan.id, 'kecamatan') : undefined;
  const camat = kecUnit && desa.kecamatan ? await headHolderToday(ctx, kecUnit.id, desa.kecamatan.name, today) : null;
  if (!camat || !kecUnit) throw new ConflictError(`${M}.noCamat`, { kecamatan: desa.kecamatan?.name ?? '-' });
  return { kades, camat, kopUnitId: kecUnit.id };
}
