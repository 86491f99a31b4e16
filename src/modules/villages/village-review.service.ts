/**
 * Kecamatan review of submitted realisasi: verify (the value then counts for capaian) or return with a note saying
 * what to fix; and the queue of submitted realisasi of the reviewer's kecamatan (every kecamatan for DPMD).
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { VerificationQueueView, VillageRealizationView } from './village-accountability.contract.ts';
import { enforceAccountability, mayReviewDesa, queueScope } from './village-accountability.policy.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import { realizationView, requireDesa, requireRealization } from './village-lookup.ts';

const M = 'villages.accountability';

/** Verifies (`verified`) or returns (`returned`, note required) a submitted realisasi at the version the reviewer saw. */
export async function reviewRealization(
  ctx: RequestContext,
  id: string,
  decision: 'verified' | 'returned',
  input: { version: number; note?: string | null },
): Promise<VillageRealizationView> {
  const row = await requireRealization(ctx, id);
  enforceAccountability(mayReviewDesa(await currentAccountabilityActor(ctx), await requireDesa(ctx, row.region_id)));
  return inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    const note = input.note?.trim() || null;
    const updated = await tenantDb(tx)
      .updateTable('village_realizations')
      .set({
        status: decision,
        return_note: decision === 'returned' ? note : null,
        review_note: note,
        reviewed_at: now,
        reviewed_by: tx.actor.userId,
        updated_at: now,
        version: input.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .where('status', '=', 'submitted')
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1)
      throw new ConflictError(row.status === 'submitted' ? `${M}.staleVersion` : `${M}.notSubmitted`);
    await recordAudit(tx, decision === 'verified' ? 'villages.realization_verified' : 'villages.realization_returned', {
      objectType: 'village_realization',
      objectId: id,
      data: { regionId: row.region_id, year: row.year, quarter: row.quarter, version: input.version + 1 },
    });
    return realizationView(tx, await requireRealization(tx, id));
  });
}

/** Targets of mandated results by `region:result` for the year (for the queue's target column). */
async function targetsOfYear(ctx: RequestContext, year: number): Promise<Map<string, string | null>> {
  const rows = await tenantDb(ctx)
    .selectFrom('village_targets')
    .select(['region_id', 'mandatory_result_id', 'value'])
    .where('year', '=', year)
    .execute();
  return new Map(rows.map((r) => [`${r.region_id}:${r.mandatory_result_id}`, r.value]));
}

/** Submitted realisasi of a year the actor may verify, oldest submission first. */
export async function verificationQueue(ctx: RequestContext, year: number, kecamatanId?: string): Promise<VerificationQueueView> {
  const scope = queueScope(await currentAccountabilityActor(ctx));
  let query = tenantDb(ctx)
    .selectFrom('village_realizations')
    .innerJoin('regions as d', (j) =>
      j.onRef('d.tenant_id', '=', 'village_realizations.tenant_id').onRef('d.id', '=', 'village_realizations.region_id'),
    )
    .leftJoin('regions as k', (j) => j.onRef('k.tenant_id', '=', 'd.tenant_id').onRef('k.id', '=', 'd.parent_id'))
    .leftJoin('village_mandatory_results as m', (j) =>
      j
        .onRef('m.tenant_id', '=', 'village_realizations.tenant_id')
        .onRef('m.id', '=', 'village_realizations.mandatory_result_id'),
    )
    .leftJoin('village_indicators as o', (j) =>
      j.onRef('o.tenant_id', '=', 'village_realizations.tenant_id').onRef('o.id', '=', 'village_realizations.indicator_id'),
    )
    .select([
      'village_realizations.id',
      'village_realizations.region_id',
      'village_realizations.year',
      'village_realizations.quarter',
      'village_realizations.value',
      'village_realizations.note',
      'village_realizations.submitted_at',
      'village_realizations.version',
      'village_realizations.mandatory_result_id',
    ])
    .select(['d.code as desaCode', 'd.name as desaName', 'k.id as kecId', 'k.name as kecName'])
    .select([
      'm.code as mCode',
      'm.name as mName',
      'm.unit as mUnit',
      'o.id as oId',
      'o.code as oCode',
      'o.name as oName',
      'o.unit as oUnit',
      'o.target as oTarget',
    ])
    .where('village_realizations.year', '=', year)
    .where('village_realizations.status', '=', 'submitted');
  if (kecamatanId) query = query.where('d.parent_id', '=', kecamatanId);
  if (!scope.all) {
    if (scope.kecamatanIds.length === 0) return { year, items: [] };
    query = query.where('d.parent_id', 'in', [...scope.kecamatanIds]);
  }
  const rows = await query.orderBy('village_realizations.submitted_at').orderBy('village_realizations.id').limit(1000).execute();
  const counts = await evidenceCounts(
    ctx,
    rows.map((r) => r.id),
  );
  const targets = await targetsOfYear(ctx, year);
  return {
    year,
    items: rows.map((r) => ({
      id: r.id,
      desa: { id: r.region_id, code: r.desaCode, name: r.desaName },
      kecamatan: r.kecId && r.kecName ? { id: r.kecId, name: r.kecName } : null,
      indicator: r.mandatory_result_id
        ? { id: r.mandatory_result_id, kind: 'mandatory' as const, code: r.mCode!, name: r.mName!, unit: r.mUnit! }
        : { id: r.oId!, kind: 'own' as const, code: r.oCode!, name: r.oName!, unit: r.oUnit! },
      year: Number(r.year),
      quarter: r.quarter,
      value: r.value,
      target: r.mandatory_result_id ? (targets.get(`${r.region_id}:${r.mandatory_result_id}`) ?? null) : r.oTarget,
      note: r.note,
      evidenceCount: counts.get(r.id) ?? 0,
      submittedAt: r.submitted_at,
      version: Number(r.version),
    })),
  };
}

/** Evidence rows plus photos per realisasi id. */
export async function evidenceCounts(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (ids.length === 0) return counts;
  const db = tenantDb(ctx);
  for (const table of ['village_evidence_rows', 'village_evidence_photos'] as const) {
    const rows = await db
      .selectFrom(table)
      .select((eb) => ['realization_id', eb.fn.countAll<number>().as('n')])
      .where('realization_id', 'in', [...ids])
      .groupBy('realization_id')
      .execute();
    for (const r of rows) counts.set(r.realization_id, (counts.get(r.realization_id) ?? 0) + Number(r.n));
  }
  return counts;
}
