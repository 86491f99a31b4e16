/**
 * DPMD's base numbers per desa-year and the targets derived from them (village-targets.ts rules): recomputed when a
 * base or a mandated result changes and on demand; an override (with its reason) is kept across recomputes.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { OverrideTargetInput, RecomputeView, SaveBasesInput, VillageTargetView } from './village-accountability.contract.ts';
import { enforceAccountability, mayManageAccountability } from './village-accountability.policy.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import { requireDesa } from './village-lookup.ts';
import { deriveTarget, ruleOfRow, ruleText } from './village-targets.ts';

const M = 'villages.accountability';

/** The base numbers of a desa-year by key. */
export async function basesOfDesaYear(ctx: RequestContext, regionId: string, year: number): Promise<Record<string, string>> {
  const rows = await tenantDb(ctx)
    .selectFrom('village_bases')
    .select(['base_key', 'value'])
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.base_key, r.value]));
}

/** Derives the targets of a year (optionally one desa) inside `tx`; overrides keep their value. */
export async function recomputeTargetsIn(tx: RequestContext, year: number, regionId?: string): Promise<RecomputeView> {
  const db = tenantDb(tx);
  const results = await db.selectFrom('village_mandatory_results').selectAll().where('year', '=', year).execute();
  let desaQuery = db.selectFrom('regions').select('id').where('level', '=', 'desa');
  if (regionId) desaQuery = desaQuery.where('id', '=', regionId);
  const desa = await desaQuery.execute();
  let basesQuery = db.selectFrom('village_bases').select(['region_id', 'base_key', 'value']).where('year', '=', year);
  if (regionId) basesQuery = basesQuery.where('region_id', '=', regionId);
  const bases = new Map<string, Record<string, string>>();
  for (const b of await basesQuery.execute()) bases.set(b.region_id, { ...bases.get(b.region_id), [b.base_key]: b.value });
  const stored = new Map(
    (await db.selectFrom('village_targets').selectAll().where('year', '=', year).execute()).map((t) => [
      `${t.region_id}:${t.mandatory_result_id}`,
      t,
    ]),
  );
  const counts = { year, added: 0, updated: 0, unchanged: 0 };
  const now = tx.platform.now().toISOString();
  for (const m of results)
    for (const d of desa) {
      const derived = deriveTarget(ruleOfRow(m), m.unit, bases.get(d.id) ?? {});
      const t = stored.get(`${d.id}:${m.id}`);
      if (!t) {
        const row = {
          region_id: d.id,
          mandatory_result_id: m.id,
          year,
          derived_value: derived,
          value: derived,
          q1: null,
          q2: null,
          q3: null,
          q4: null,
        };
        await db
          .insertInto('village_targets', {
            ...row,
            overridden_by: null,
            override_reason: null,
            overridden_at: null,
            version: 1,
            updated_at: now,
          })
          .execute();
        counts.added += 1;
      } else if (t.derived_value !== derived || (t.overridden_by === null && t.value !== derived)) {
        const value = t.overridden_by === null ? derived : t.value;
        await db
          .updateTable('village_targets')
          .set({ derived_value: derived, value, version: Number(t.version) + 1, updated_at: now })
          .where('region_id', '=', d.id)
          .where('mandatory_result_id', '=', m.id)
          .execute();
        counts.updated += 1;
      } else counts.unchanged += 1;
    }
  return counts;
}

/** `POST /api/villages/targets/recompute`: DPMD derives every desa's targets of the year again. */
export async function recomputeTargets(ctx: RequestContext, year: number): Promise<RecomputeView> {
  enforceAccountability(mayManageAccountability(await currentAccountabilityActor(ctx)));
  return inTransaction(ctx, async (tx) => {
    const counts = await recomputeTargetsIn(tx, year);
    await recordAudit(tx, 'villages.targets_recomputed', { objectType: 'village_targets', objectId: String(year), data: counts });
    return counts;
  });
}

/** `PUT /api/villages/bases/:regionId/:year`: saves base numbers (409 on a stale version) and re-derives the desa's targets. */
export async function saveBases(
  ctx: RequestContext,
  regionId: string,
  year: number,
  input: SaveBasesInput,
): Promise<Record<string, string>> {
  const desa = await requireDesa(ctx, regionId);
  enforceAccountability(mayManageAccountability(await currentAccountabilityActor(ctx)));
  return inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const now = tx.platform.now().toISOString();
    for (const v of input.values) {
      const stamp = { value: v.value, updated_at: now, updated_by: tx.actor.userId };
      if (v.version === null) {
        const exists = await db
          .selectFrom('village_bases')
          .select('version')
          .where('region_id', '=', desa.id)
          .where('year', '=', year)
          .where('base_key', '=', v.key)
          .executeTakeFirst();
        if (exists) throw new ConflictError(`${M}.staleVersion`);
        await db.insertInto('village_bases', { region_id: desa.id, year, base_key: v.key, version: 1, ...stamp }).execute();
        continue;
      }
      const updated = await db
        .updateTable('village_bases')
        .set({ ...stamp, version: v.version + 1 })
        .where('region_id', '=', desa.id)
        .where('year', '=', year)
        .where('base_key', '=', v.key)
        .where('version', '=', v.version)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError(`${M}.staleVersion`);
    }
    await recomputeTargetsIn(tx, year, desa.id);
    await recordAudit(tx, 'villages.bases_saved', {
      objectType: 'region',
      objectId: desa.id,
      data: { year, keys: input.values.map((v) => v.key) },
    });
    return basesOfDesaYear(tx, desa.id, year);
  });
}

/** A stored target as its view. */
async function targetView(ctx: RequestContext, regionId: string, mandatoryResultId: string): Promise<VillageTargetView> {
  const db = tenantDb(ctx);
  const t = await db
    .selectFrom('village_targets')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('mandatory_result_id', '=', mandatoryResultId)
    .executeTakeFirstOrThrow();
  const m = await db
    .selectFrom('village_mandatory_results')
    .selectAll()
    .where('id', '=', mandatoryResultId)
    .executeTakeFirstOrThrow();
  const quarterTargets = t.q1 && t.q2 && t.q3 && t.q4 ? { Q1: t.q1, Q2: t.q2, Q3: t.q3, Q4: t.q4 } : null;
  return {
    regionId,
    year: Number(t.year),
    mandatoryResultId,
    value: t.value,
    derivedValue: t.derived_value,
    quarterTargets,
    rule: ruleText(ruleOfRow(m), m.unit),
    overridden: t.overridden_by !== null,
    overrideReason: t.override_reason,
    version: Number(t.version),
  };
}

/** `PUT /api/villages/targets/:regionId/:year/:mandatoryResultId`: DPMD override with reason (value null: back to derived). */
export async function overrideTarget(
  ctx: RequestContext,
  params: { regionId: string; year: number; mandatoryResultId: string },
  input: OverrideTargetInput,
): Promise<VillageTargetView> {
  const desa = await requireDesa(ctx, params.regionId);
  const result = await tenantDb(ctx)
    .selectFrom('village_mandatory_results')
    .select('id')
    .where('id', '=', params.mandatoryResultId)
    .where('year', '=', params.year)
    .executeTakeFirst();
  if (!result) throw new NotFoundError('mandatoryResult');
  enforceAccountability(mayManageAccountability(await currentAccountabilityActor(ctx)));
  return inTransaction(ctx, async (tx) => {
    await recomputeTargetsIn(tx, params.year, desa.id);
    const db = tenantDb(tx);
    const t = await db
      .selectFrom('village_targets')
      .selectAll()
      .where('region_id', '=', desa.id)
      .where('mandatory_result_id', '=', result.id)
      .executeTakeFirstOrThrow();
    if (input.version !== null && input.version !== Number(t.version)) throw new ConflictError(`${M}.staleVersion`);
    const clear = input.value === null;
    const q = clear ? null : (input.quarterTargets ?? null);
    const set = {
      value: clear ? t.derived_value : input.value,
      q1: q?.Q1 ?? null,
      q2: q?.Q2 ?? null,
      q3: q?.Q3 ?? null,
      q4: q?.Q4 ?? null,
      overridden_by: clear ? null : tx.actor.userId,
      override_reason: clear ? null : input.reason,
      overridden_at: clear ? null : tx.platform.now().toISOString(),
      version: Number(t.version) + 1,
      updated_at: tx.platform.now().toISOString(),
    };
    await db
      .updateTable('village_targets')
      .set(set)
      .where('region_id', '=', desa.id)
      .where('mandatory_result_id', '=', result.id)
      .where('version', '=', Number(t.version))
      .execute();
    await recordAudit(tx, clear ? 'villages.target_override_cleared' : 'villages.target_overridden', {
      objectType: 'region',
      objectId: desa.id,
      data: { year: params.year, mandatoryResultId: result.id, value: set.value, reason: input.reason },
    });
    return targetView(tx, desa.id, result.id);
  });
}
