/** Programmes of an RPJMDes: added, changed at the version seen and removed by the desa's reporter while draft. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { ProgrammeInput, ProgrammeView, UpdateProgrammeInput } from './village-plans.contract.ts';
import { planDesa } from './village-plans-access.ts';
import { programmeView, requireRpjm, yearsOutside } from './village-rpjm.service.ts';

const PM = 'villages.plans';

/** SECURITY: the RPJMDes (through tenantDb, 404) is editable by this actor (403) and still a draft (409). */
async function editableRpjm(ctx: RequestContext, rpjmId: string, years: readonly number[]) {
  const rpjm = await requireRpjm(ctx, rpjmId);
  await planDesa(ctx, rpjm.region_id, 'edit');
  if (rpjm.status === 'final') throw new ConflictError(`${PM}.rpjmFinal`);
  const outside = yearsOutside(years, Number(rpjm.start_year), Number(rpjm.end_year), 'years');
  if (outside.length > 0) throw new ValidationError(outside);
  return rpjm;
}

/** SECURITY: a programme by id through tenantDb (another tenant's id → 404). */
async function requireProgramme(ctx: RequestContext, id: string) {
  const row = await tenantDb(ctx).selectFrom('village_programmes').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('programme');
  return row;
}

const columnsOf = (input: ProgrammeInput) => ({
  bidang: input.bidang,
  sub_bidang: input.subBidang,
  name: input.name,
  sasaran: input.sasaran,
  indicator: input.indicator,
  lokasi: input.lokasi,
  pagu_indikatif: input.paguIndikatif,
  years: JSON.stringify([...new Set(input.years)].sort((a, b) => a - b)),
});

/** `POST /api/villages/rpjm/:id/programmes`. */
export async function createProgramme(ctx: RequestContext, rpjmId: string, input: ProgrammeInput): Promise<ProgrammeView> {
  const rpjm = await editableRpjm(ctx, rpjmId, input.years);
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    const id = newId();
    await tenantDb(tx)
      .insertInto('village_programmes', {
        id,
        rpjm_id: rpjm.id,
        ...columnsOf(input),
        version: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordAudit(tx, 'villages.programme_created', {
      objectType: 'village_programme',
      objectId: id,
      data: { rpjmId: rpjm.id, bidang: input.bidang },
    });
    return programmeView(await requireProgramme(tx, id));
  });
}

/** `PUT /api/villages/programmes/:id` at the version seen. */
export async function updateProgramme(ctx: RequestContext, id: string, input: UpdateProgrammeInput): Promise<ProgrammeView> {
  const current = await requireProgramme(ctx, id);
  await editableRpjm(ctx, current.rpjm_id, input.years);
  return inTransaction(ctx, async (tx) => {
    const updated = await tenantDb(tx)
      .updateTable('village_programmes')
      .set({ ...columnsOf(input), version: input.version + 1, updated_at: tx.platform.now().toISOString() })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${PM}.staleVersion`);
    await recordAudit(tx, 'villages.programme_updated', {
      objectType: 'village_programme',
      objectId: id,
      data: { version: input.version + 1 },
    });
    return programmeView(await requireProgramme(tx, id));
  });
}

/** `DELETE /api/villages/programmes/:id?version=`: RKPDes activities linked to it keep their data, unlinked. */
export async function deleteProgramme(ctx: RequestContext, id: string, version: number | undefined): Promise<void> {
  const current = await requireProgramme(ctx, id);
  await editableRpjm(ctx, current.rpjm_id, []);
  await inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    if (Number(current.version) !== version) throw new ConflictError(`${PM}.staleVersion`);
    await db.updateTable('village_rkp_activities').set({ programme_id: null }).where('programme_id', '=', id).execute();
    const deleted = await db
      .deleteFrom('village_programmes')
      .where('id', '=', id)
      .where('version', '=', version ?? -1)
      .executeTakeFirst();
    if (Number(deleted.numDeletedRows) !== 1) throw new ConflictError(`${PM}.staleVersion`);
    await recordAudit(tx, 'villages.programme_deleted', { objectType: 'village_programme', objectId: id, data: { version } });
  });
}
