/** RPJMDes of a desa: the period with visi and misi, and its programmes under the five bidang. */
import type { Selectable } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import type { VillageProgrammesTable, VillageRpjmTable } from '../../db/schema/villages-plans.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { ProgrammeView, RpjmInput, RpjmListView, RpjmView, UpdateRpjmInput } from './village-plans.contract.ts';
import { planDesa, planDesaView } from './village-plans-access.ts';

const PM = 'villages.plans';
/** The default RPJMDes length in years (Permendagri 114/2014; the 2024 UU Desa term change is to be verified). */
export const DEFAULT_RPJM_YEARS = 6;

/** A programme row as answered. */
export function programmeView(p: Selectable<VillageProgrammesTable>): ProgrammeView {
  return {
    id: p.id,
    rpjmId: p.rpjm_id,
    bidang: Number(p.bidang),
    subBidang: p.sub_bidang,
    name: p.name,
    sasaran: p.sasaran,
    indicator: p.indicator,
    lokasi: p.lokasi,
    paguIndikatif: p.pagu_indikatif,
    years: JSON.parse(p.years) as number[],
    version: Number(p.version),
  };
}

/** An RPJMDes row with its programmes (by bidang, sub-bidang, name). */
async function rpjmView(ctx: RequestContext, r: Selectable<VillageRpjmTable>): Promise<RpjmView> {
  const programmes = await tenantDb(ctx)
    .selectFrom('village_programmes')
    .selectAll()
    .where('rpjm_id', '=', r.id)
    .orderBy('bidang')
    .orderBy('sub_bidang')
    .orderBy('name')
    .orderBy('id')
    .execute();
  return {
    id: r.id,
    regionId: r.region_id,
    startYear: Number(r.start_year),
    endYear: Number(r.end_year),
    visi: r.visi,
    misi: JSON.parse(r.misi) as string[],
    status: r.status,
    version: Number(r.version),
    programmes: programmes.map(programmeView),
  };
}

/** SECURITY: an RPJMDes by id through tenantDb (another tenant's id → 404). */
export async function requireRpjm(ctx: RequestContext, id: string) {
  const row = await tenantDb(ctx).selectFrom('village_rpjm').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('rpjm');
  return row;
}

/** `GET /api/villages/desa/:regionId/rpjm`: every RPJMDes of the desa, newest period first. */
export async function listRpjm(ctx: RequestContext, regionId: string): Promise<RpjmListView> {
  const desa = await planDesa(ctx, regionId, 'read');
  const rows = await tenantDb(ctx)
    .selectFrom('village_rpjm')
    .selectAll()
    .where('region_id', '=', desa.id)
    .orderBy('start_year', 'desc')
    .execute();
  const items: RpjmView[] = [];
  for (const row of rows) items.push(await rpjmView(ctx, row));
  return { desa: planDesaView(desa), items };
}

/** Refuses (409) a period overlapping another RPJMDes of the desa. */
async function refuseOverlap(tx: RequestContext, regionId: string, start: number, end: number, except: string | null) {
  let query = tenantDb(tx)
    .selectFrom('village_rpjm')
    .select(['start_year', 'end_year'])
    .where('region_id', '=', regionId)
    .where('start_year', '<=', end)
    .where('end_year', '>=', start);
  if (except) query = query.where('id', '<>', except);
  const other = await query.executeTakeFirst();
  if (other) throw new ConflictError(`${PM}.periodOverlap`, { start: other.start_year, end: other.end_year });
}

/** `POST /api/villages/desa/:regionId/rpjm`: the desa's reporter starts an RPJMDes (draft). */
export async function createRpjm(ctx: RequestContext, regionId: string, input: RpjmInput): Promise<RpjmView> {
  const desa = await planDesa(ctx, regionId, 'edit');
  const endYear = input.endYear ?? input.startYear + DEFAULT_RPJM_YEARS - 1;
  return inTransaction(ctx, async (tx) => {
    await refuseOverlap(tx, desa.id, input.startYear, endYear, null);
    const now = tx.platform.now().toISOString();
    const id = newId();
    const { startYear, visi, misi } = input;
    await tenantDb(tx)
      .insertInto('village_rpjm', {
        ...{ id, region_id: desa.id, start_year: startYear, end_year: endYear, visi, misi: JSON.stringify(misi) },
        ...{
          status: 'draft',
          version: 1,
          created_by: tx.actor.userId,
          created_at: now,
          updated_by: tx.actor.userId,
          updated_at: now,
        },
      })
      .execute();
    await recordAudit(tx, 'villages.rpjm_created', {
      objectType: 'village_rpjm',
      objectId: id,
      data: { regionId: desa.id, startYear, endYear },
    });
    return rpjmView(tx, await requireRpjm(tx, id));
  });
}

/** Years of a programme outside a period, as a field problem (or none). */
export function yearsOutside(years: readonly number[], start: number, end: number, field: string) {
  const outside = years.filter((y) => y < start || y > end);
  return outside.length === 0
    ? []
    : [{ field, message: `${PM}.yearsOutsidePeriod`, params: { years: outside.join(', '), start, end } }];
}

/** `PUT /api/villages/rpjm/:id` at the version seen: period, visi, misi, status. */
export async function updateRpjm(ctx: RequestContext, id: string, input: UpdateRpjmInput): Promise<RpjmView> {
  const current = await requireRpjm(ctx, id);
  await planDesa(ctx, current.region_id, 'edit');
  const endYear = input.endYear ?? input.startYear + DEFAULT_RPJM_YEARS - 1;
  return inTransaction(ctx, async (tx) => {
    await refuseOverlap(tx, current.region_id, input.startYear, endYear, id);
    const db = tenantDb(tx);
    const programmes = await db.selectFrom('village_programmes').select('years').where('rpjm_id', '=', id).execute();
    const years = programmes.flatMap((p) => JSON.parse(p.years) as number[]);
    const outside = yearsOutside(years, input.startYear, endYear, 'endYear');
    if (outside.length > 0) throw new ValidationError(outside);
    const { startYear, visi, misi, status, version } = input;
    const updated = await db
      .updateTable('village_rpjm')
      .set({ start_year: startYear, end_year: endYear, visi, misi: JSON.stringify(misi), status, version: version + 1 })
      .set({ updated_by: tx.actor.userId, updated_at: tx.platform.now().toISOString() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${PM}.staleVersion`);
    await recordAudit(tx, 'villages.rpjm_updated', {
      objectType: 'village_rpjm',
      objectId: id,
      data: { startYear, endYear, status, version: version + 1 },
    });
    return rpjmView(tx, await requireRpjm(tx, id));
  });
}
