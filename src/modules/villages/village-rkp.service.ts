/** RKPDes of a desa and year: activities with lokasi, volume, sasaran, waktu, biaya, sumber dana, pola pelaksanaan. */
import { Decimal } from 'decimal.js';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { RkpActivityInput, RkpActivityView, RkpView, UpdateRkpActivityInput } from './village-plans.contract.ts';
import { planDesa, planDesaView } from './village-plans-access.ts';

const PM = 'villages.plans';
const A = 'village_rkp_activities';

function activitiesQuery(ctx: RequestContext) {
  return tenantDb(ctx)
    .selectFrom(A)
    .leftJoin('village_programmes as p', (j) =>
      j.onRef('p.tenant_id', '=', `${A}.tenant_id`).onRef('p.id', '=', `${A}.programme_id`),
    )
    .selectAll(A)
    .select('p.name as programmeName');
}
type ActivityRow = Awaited<ReturnType<ReturnType<typeof activitiesQuery>['executeTakeFirstOrThrow']>>;

function activityView(r: ActivityRow): RkpActivityView {
  return {
    id: r.id,
    regionId: r.region_id,
    year: Number(r.year),
    bidang: Number(r.bidang),
    programmeId: r.programme_id,
    programmeName: r.programmeName,
    name: r.name,
    lokasi: r.lokasi,
    volume: r.volume,
    sasaran: r.sasaran,
    waktu: r.waktu,
    biaya: r.biaya,
    sumberDana: r.sumber_dana,
    pola: r.pola,
    version: Number(r.version),
  };
}

/** SECURITY: an activity by id through tenantDb (another tenant's id → 404). */
async function requireActivity(ctx: RequestContext, id: string): Promise<ActivityRow> {
  const row = await activitiesQuery(ctx).where(`${A}.id`, '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('rkp_activity');
  return row;
}

/** `GET /api/villages/desa/:regionId/rkp/:year`: the activities by bidang with the total biaya. */
export async function getRkp(ctx: RequestContext, regionId: string, year: number): Promise<RkpView> {
  const desa = await planDesa(ctx, regionId, 'read');
  const rows = await activitiesQuery(ctx)
    .where(`${A}.region_id`, '=', desa.id)
    .where(`${A}.year`, '=', year)
    .orderBy(`${A}.bidang`)
    .orderBy(`${A}.created_at`)
    .orderBy(`${A}.id`)
    .execute();
  const total = rows.reduce((sum, r) => sum.plus(r.biaya), new Decimal(0));
  return { desa: planDesaView(desa), year, total: total.toFixed(2), items: rows.map(activityView) };
}

/** Refuses (422) a programme outside the desa's RPJMDes covering the year, or of another bidang. */
async function checkProgramme(tx: RequestContext, regionId: string, year: number, input: RkpActivityInput) {
  if (!input.programmeId) return;
  const programme = await tenantDb(tx)
    .selectFrom('village_programmes')
    .innerJoin('village_rpjm as r', (j) =>
      j.onRef('r.tenant_id', '=', 'village_programmes.tenant_id').onRef('r.id', '=', 'village_programmes.rpjm_id'),
    )
    .select(['village_programmes.bidang'])
    .where('village_programmes.id', '=', input.programmeId)
    .where('r.region_id', '=', regionId)
    .where('r.start_year', '<=', year)
    .where('r.end_year', '>=', year)
    .executeTakeFirst();
  if (!programme) throw new ValidationError([{ field: 'programmeId', message: `${PM}.programmeNotInDesa`, params: { year } }]);
  if (Number(programme.bidang) !== input.bidang)
    throw new ValidationError([
      { field: 'bidang', message: `${PM}.bidangMismatch`, params: { bidang: Number(programme.bidang) } },
    ]);
}

const columnsOf = (input: RkpActivityInput) => ({
  bidang: input.bidang,
  programme_id: input.programmeId,
  name: input.name,
  lokasi: input.lokasi,
  volume: input.volume,
  sasaran: input.sasaran,
  waktu: input.waktu,
  biaya: new Decimal(input.biaya).toFixed(2),
  sumber_dana: input.sumberDana,
  pola: input.pola,
});

/** `POST /api/villages/desa/:regionId/rkp/:year/activities`. */
export async function createActivity(
  ctx: RequestContext,
  regionId: string,
  year: number,
  input: RkpActivityInput,
): Promise<RkpActivityView> {
  const desa = await planDesa(ctx, regionId, 'edit');
  return inTransaction(ctx, async (tx) => {
    await checkProgramme(tx, desa.id, year, input);
    const now = tx.platform.now().toISOString();
    const id = newId();
    await tenantDb(tx)
      .insertInto(A, {
        ...{ id, region_id: desa.id, year, ...columnsOf(input) },
        ...{ version: 1, created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    await recordAudit(tx, 'villages.rkp_activity_created', {
      objectType: 'village_rkp_activity',
      objectId: id,
      data: { regionId: desa.id, year, bidang: input.bidang, biaya: columnsOf(input).biaya },
    });
    return activityView(await requireActivity(tx, id));
  });
}

/** `PUT /api/villages/rkp-activities/:id` at the version seen. */
export async function updateActivity(ctx: RequestContext, id: string, input: UpdateRkpActivityInput): Promise<RkpActivityView> {
  const current = await requireActivity(ctx, id);
  await planDesa(ctx, current.region_id, 'edit');
  return inTransaction(ctx, async (tx) => {
    await checkProgramme(tx, current.region_id, Number(current.year), input);
    const updated = await tenantDb(tx)
      .updateTable(A)
      .set({ ...columnsOf(input), version: input.version + 1, updated_at: tx.platform.now().toISOString() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${PM}.staleVersion`);
    await recordAudit(tx, 'villages.rkp_activity_updated', {
      objectType: 'village_rkp_activity',
      objectId: id,
      data: { version: input.version + 1, biaya: columnsOf(input).biaya },
    });
    return activityView(await requireActivity(tx, id));
  });
}

/** `DELETE /api/villages/rkp-activities/:id?version=`. */
export async function deleteActivity(ctx: RequestContext, id: string, version: number | undefined): Promise<void> {
  const current = await requireActivity(ctx, id);
  await planDesa(ctx, current.region_id, 'edit');
  await inTransaction(ctx, async (tx) => {
    const deleted = await tenantDb(tx)
      .deleteFrom(A)
      .where('id', '=', id)
      .where('version', '=', version ?? -1)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1) throw new ConflictError(`${PM}.staleVersion`);
    await recordAudit(tx, 'villages.rkp_activity_deleted', {
      objectType: 'village_rkp_activity',
      objectId: id,
      data: { version },
    });
  });
}
