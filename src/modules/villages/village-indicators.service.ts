/** A desa's own indicators (kept by its operator / kepala desa), and DPMD's list of base numbers per desa. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type {
  BasesView,
  OwnIndicatorInput,
  OwnIndicatorView,
  UpdateOwnIndicatorInput,
} from './village-accountability.contract.ts';
import { enforceAccountability, mayManageAccountability, maySubmitForDesa } from './village-accountability.policy.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import { requireDesa } from './village-lookup.ts';

const M = 'villages.accountability';

async function ownView(ctx: RequestContext, id: string): Promise<OwnIndicatorView> {
  const r = await tenantDb(ctx).selectFrom('village_indicators').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw new NotFoundError('indicator');
  const { region_id, polarity, aggregation } = r;
  return {
    id: r.id,
    regionId: region_id,
    year: Number(r.year),
    code: r.code,
    name: r.name,
    unit: r.unit,
    target: r.target,
    polarity,
    aggregation,
    version: Number(r.version),
  };
}

/** The next free `D01`-style code of a desa-year. */
async function nextCode(tx: RequestContext, regionId: string, year: number): Promise<string> {
  const rows = await tenantDb(tx)
    .selectFrom('village_indicators')
    .select('code')
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .execute();
  const taken = new Set(rows.map((r) => r.code));
  let n = rows.length + 1;
  while (taken.has(`D${String(n).padStart(2, '0')}`)) n += 1;
  return `D${String(n).padStart(2, '0')}`;
}

/** `POST /api/villages/desa/:regionId/indicators`: the desa's reporter adds an own indicator (409 on a taken code). */
export async function createOwnIndicator(
  ctx: RequestContext,
  regionId: string,
  input: OwnIndicatorInput,
): Promise<OwnIndicatorView> {
  const desa = await requireDesa(ctx, regionId);
  enforceAccountability(maySubmitForDesa(await currentAccountabilityActor(ctx), desa));
  return inTransaction(ctx, async (tx) => {
    const code = input.code ?? (await nextCode(tx, desa.id, input.year));
    const db = tenantDb(tx);
    const taken = await db
      .selectFrom('village_indicators')
      .select('id')
      .where('region_id', '=', desa.id)
      .where('year', '=', input.year)
      .where('code', '=', code)
      .executeTakeFirst();
    if (taken) throw new ConflictError(`${M}.codeTaken`, { code });
    const now = tx.platform.now().toISOString();
    const id = newId();
    const { year, name, unit, target, polarity, aggregation } = input;
    await db
      .insertInto('village_indicators', {
        id,
        region_id: desa.id,
        year,
        code,
        name,
        unit,
        target,
        polarity,
        aggregation,
        version: 1,
        created_at: now,
        created_by: tx.actor.userId,
        updated_at: now,
      })
      .execute();
    await recordAudit(tx, 'villages.own_indicator_created', {
      objectType: 'village_indicator',
      objectId: id,
      data: { regionId: desa.id, year, code },
    });
    return ownView(tx, id);
  });
}

/** `PUT /api/villages/indicators/:id` at the version seen. */
export async function updateOwnIndicator(
  ctx: RequestContext,
  id: string,
  input: UpdateOwnIndicatorInput,
): Promise<OwnIndicatorView> {
  const current = await ownView(ctx, id);
  enforceAccountability(maySubmitForDesa(await currentAccountabilityActor(ctx), await requireDesa(ctx, current.regionId)));
  return inTransaction(ctx, async (tx) => {
    const code = input.code ?? current.code;
    const db = tenantDb(tx);
    const clash = await db
      .selectFrom('village_indicators')
      .select('id')
      .where('region_id', '=', current.regionId)
      .where('year', '=', current.year)
      .where('code', '=', code)
      .where('id', '<>', id)
      .executeTakeFirst();
    if (clash) throw new ConflictError(`${M}.codeTaken`, { code });
    const { name, unit, target, polarity, aggregation, version } = input;
    const updated = await db
      .updateTable('village_indicators')
      .set({ code, name, unit, target, polarity, aggregation, version: version + 1, updated_at: tx.platform.now().toISOString() })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${M}.staleVersion`);
    await recordAudit(tx, 'villages.own_indicator_updated', {
      objectType: 'village_indicator',
      objectId: id,
      data: { version: version + 1 },
    });
    return ownView(tx, id);
  });
}

/** `GET /api/villages/bases?year=&kecamatanId=`: every desa (of a kecamatan) with its base numbers, for DPMD. */
export async function listBases(ctx: RequestContext, year: number, kecamatanId?: string): Promise<BasesView> {
  enforceAccountability(mayManageAccountability(await currentAccountabilityActor(ctx)));
  const db = tenantDb(ctx);
  let desaQuery = db
    .selectFrom('regions')
    .leftJoin('regions as k', (j) => j.onRef('k.tenant_id', '=', 'regions.tenant_id').onRef('k.id', '=', 'regions.parent_id'))
    .select(['regions.id', 'regions.code', 'regions.name', 'k.name as kecamatanName'])
    .where('regions.level', '=', 'desa');
  if (kecamatanId) desaQuery = desaQuery.where('regions.parent_id', '=', kecamatanId);
  const desa = await desaQuery.orderBy('regions.code').execute();
  const bases = await db
    .selectFrom('village_bases')
    .select(['region_id', 'base_key', 'value', 'version'])
    .where('year', '=', year)
    .orderBy('base_key')
    .execute();
  const basesOf = groupBy(bases, (b) => b.region_id);
  return {
    year,
    items: desa.map((d) => ({
      regionId: d.id,
      code: d.code,
      name: d.name,
      kecamatanName: d.kecamatanName,
      values: (basesOf.get(d.id) ?? []).map((b) => ({ key: b.base_key, value: b.value, version: Number(b.version) })),
    })),
  };
}
