/**
 * The kabupaten dashboard of a year: desa per category band (current settings) and per IDM status (stored
 * village_idm_results), the same per kecamatan, the top and bottom of the ranking, and per kecamatan the households
 * lifted against target and the stunting/IKM means from verified realisasi (village-dashboard-accountability.ts).
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { enforceIdm } from './idm.policy.ts';
import { statusViews } from './idm-desa.service.ts';
import { currentIdmViewer } from './idm-viewer.ts';
import { bandViews, loadBands } from './village-bands.service.ts';
import { accountabilityPerKecamatan } from './village-dashboard-accountability.ts';
import type { RankingRowView, VillageDashboardView } from './village-evaluation.contract.ts';
import { mayReadVillageResults } from './village-evaluation.policy.ts';
import { desaWithEvaluations, kecamatanList, rankedRows } from './village-ranking.queries.ts';

/** How many desa the top and bottom lists show. */
export const DASHBOARD_LIST_SIZE = 5;

const zeroCounts = (codes: readonly string[]) => Object.fromEntries([...codes, 'none'].map((c) => [c, 0]));

async function idmStatusByDesa(ctx: RequestContext, year: number): Promise<Map<string, string>> {
  const rows = await tenantDb(ctx)
    .selectFrom('village_idm_results')
    .select(['region_id', 'status_code'])
    .where('year', '=', year)
    .execute();
  return new Map(rows.map((r) => [r.region_id, r.status_code]));
}

/** The bottom of the ranking, lowest first. */
function bottomOf(rows: readonly RankingRowView[]): RankingRowView[] {
  return rows.slice(Math.max(rows.length - DASHBOARD_LIST_SIZE, 0)).reverse();
}

/** The dashboard data of a year, for regency staff and DPMD. */
export async function getVillageDashboard(ctx: RequestContext, year: number): Promise<VillageDashboardView> {
  enforceIdm(mayReadVillageResults(await currentIdmViewer(ctx)));
  const loaded = await loadBands(ctx);
  const [desa, ranked, idm, kecamatan] = [
    await desaWithEvaluations(ctx, year),
    await rankedRows(ctx, year, loaded),
    await idmStatusByDesa(ctx, year),
    await kecamatanList(ctx),
  ];
  const bandCodes = loaded.bands.map((b) => b.code);
  const statuses = statusViews();
  const bandOf = new Map(ranked.rows.map((r) => [r.regionId, r.band.code]));
  const perKecamatan = kecamatan.map((k) => ({
    ...{ kecamatanId: k.id, name: k.name, desa: 0, evaluated: 0 },
    ...{ bandCounts: zeroCounts(bandCodes), idmCounts: zeroCounts(statuses.map((s) => s.code)) },
  }));
  const byKecamatan = new Map(perKecamatan.map((k) => [k.kecamatanId, k]));
  const bandCounts = zeroCounts(bandCodes);
  const idmCounts = zeroCounts(statuses.map((s) => s.code));
  for (const d of desa) {
    const band = bandOf.get(d.id) ?? 'none';
    const status = idm.get(d.id) ?? 'none';
    bandCounts[band] = (bandCounts[band] ?? 0) + 1;
    idmCounts[status] = (idmCounts[status] ?? 0) + 1;
    const k = d.parent_id ? byKecamatan.get(d.parent_id) : undefined;
    if (!k) continue;
    k.desa += 1;
    k.evaluated += bandOf.has(d.id) ? 1 : 0;
    k.bandCounts[band] = (k.bandCounts[band] ?? 0) + 1;
    k.idmCounts[status] = (k.idmCounts[status] ?? 0) + 1;
  }
  return {
    ...{ year, totalDesa: desa.length, bands: bandViews(loaded.bands), bandCounts },
    ...{ idmStatuses: statuses.map((s) => ({ code: s.code, label: s.label })), idmCounts, perKecamatan },
    top: ranked.rows.slice(0, DASHBOARD_LIST_SIZE),
    bottom: bottomOf(ranked.rows),
    accountability: await accountabilityPerKecamatan(ctx, year, kecamatan),
  };
}
