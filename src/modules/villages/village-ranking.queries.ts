/**
 * Ranking of the finalised village evaluations of a year with the pure ranking engine (competition ranks, ties share
 * a rank) in the kabupaten and in each kecamatan, bands from the tenant's current settings; and the year's list of
 * desa with their evaluation state.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { enforceIdm } from './idm.policy.ts';
import { currentIdmViewer } from './idm-viewer.ts';
import { rankVillages } from './ranking/index.ts';
import { bandsHash, bandViews, type LoadedBands, loadBands } from './village-bands.service.ts';
import type { RankingQuery, RankingRowView, RankingView, VillageEvaluationListView } from './village-evaluation.contract.ts';
import { mayEvaluateVillages, mayReadVillageResults } from './village-evaluation.policy.ts';

/** Every desa of the tenant's wilayah with its kecamatan and the year's evaluation (if any), by Kemendagri code. */
export async function desaWithEvaluations(ctx: RequestContext, year: number) {
  return tenantDb(ctx)
    .selectFrom('regions')
    .leftJoin('regions as kec', (j) =>
      j.onRef('kec.tenant_id', '=', 'regions.tenant_id').onRef('kec.id', '=', 'regions.parent_id'),
    )
    .leftJoin('village_evaluations as e', (j) =>
      j.onRef('e.tenant_id', '=', 'regions.tenant_id').onRef('e.region_id', '=', 'regions.id').on('e.year', '=', year),
    )
    .select(['regions.id', 'regions.code', 'regions.name', 'regions.parent_id', 'kec.name as kecamatanName'])
    .select(['e.id as evaluationId', 'e.status', 'e.final_total', 'e.final_band_code', 'e.final_bands_hash'])
    .where('regions.level', '=', 'desa')
    .orderBy('regions.code')
    .execute();
}

/** The kecamatan of the tenant's wilayah, by code. */
export async function kecamatanList(ctx: RequestContext): Promise<{ id: string; name: string }[]> {
  return tenantDb(ctx).selectFrom('regions').select(['id', 'name']).where('level', '=', 'kecamatan').orderBy('code').execute();
}

/** The kabupaten ranking of the year's final evaluations (each row also carries its kecamatan rank) and the count of the rest. */
export async function rankedRows(ctx: RequestContext, year: number, loaded: LoadedBands) {
  const desa = await desaWithEvaluations(ctx, year);
  const final = desa.filter((d) => d.status === 'final' && d.final_total !== null);
  const ranking = rankVillages(
    final.map((d) => ({ desaId: d.id, name: d.name, kecamatanId: d.parent_id ?? '', score: d.final_total! })),
    loaded.bands,
  );
  const kecamatanRank = new Map(ranking.perKecamatan.flatMap((k) => k.villages.map((v) => [v.desaId, v.rank] as const)));
  const byId = new Map(final.map((d) => [d.id, d]));
  const hash = bandsHash(loaded.bands);
  const rows: RankingRowView[] = ranking.kabupaten.map((r) => {
    const d = byId.get(r.desaId)!;
    return {
      ...{ rank: r.rank, kecamatanRank: kecamatanRank.get(r.desaId)!, regionId: r.desaId, code: d.code, name: r.name },
      ...{ kecamatanId: r.kecamatanId, kecamatanName: d.kecamatanName, score: r.score },
      band: { code: r.band.code, label: r.band.label, inferred: r.band.inferred },
      finalBandCode: d.final_band_code!,
      bandChanged: d.final_bands_hash !== hash,
    };
  });
  return { rows, notEvaluated: desa.length - final.length, desaCount: desa.length };
}

/** The ranking of a year: the kabupaten's, or one kecamatan's ordered by its own ranks (404 for an unknown kecamatan). */
export async function getRanking(ctx: RequestContext, q: RankingQuery): Promise<RankingView> {
  enforceIdm(mayReadVillageResults(await currentIdmViewer(ctx)));
  const kecamatan = await kecamatanList(ctx);
  // SECURITY: a kecamatan id outside the tenant's wilayah answers 404, like any other tenant's id.
  if (q.kecamatanId && !kecamatan.some((k) => k.id === q.kecamatanId)) throw new NotFoundError('kecamatan');
  const loaded = await loadBands(ctx);
  const { rows, notEvaluated } = await rankedRows(ctx, q.year, loaded);
  const shown = q.kecamatanId
    ? rows.filter((r) => r.kecamatanId === q.kecamatanId).sort((a, b) => a.kecamatanRank - b.kecamatanRank)
    : rows;
  return {
    year: q.year,
    kecamatanId: q.kecamatanId ?? null,
    kecamatan,
    bands: bandViews(loaded.bands),
    rows: shown,
    notEvaluated,
  };
}

/** Every desa of the year with its evaluation state, for choosing a desa to evaluate. */
export async function listVillageEvaluations(ctx: RequestContext, year: number): Promise<VillageEvaluationListView> {
  const viewer = await currentIdmViewer(ctx);
  enforceIdm(mayReadVillageResults(viewer));
  const desa = await desaWithEvaluations(ctx, year);
  return {
    year,
    items: desa.map((d) => ({
      ...{ regionId: d.id, code: d.code, name: d.name, kecamatanId: d.parent_id, kecamatanName: d.kecamatanName },
      evaluation:
        d.evaluationId && d.status
          ? { id: d.evaluationId, status: d.status, total: d.final_total, bandCode: d.final_band_code }
          : null,
    })),
    canEvaluate: mayEvaluateVillages(viewer).allowed,
  };
}
