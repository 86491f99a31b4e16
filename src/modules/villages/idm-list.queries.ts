/** The IDM list of a year: desa of the tenant's wilayah (optionally one kecamatan) with their stored results. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import type { IdmListQuery, IdmListView } from './idm.contract.ts';
import { desaScope, enforceIdm, mayManageIdm, mayReadIdm } from './idm.policy.ts';
import { resultView, statusViews } from './idm-desa.service.ts';
import { currentIdmViewer } from './idm-viewer.ts';

/** Every desa in scope with its kecamatan and the year's stored result, ordered by Kemendagri code. */
async function desaRows(ctx: RequestContext, year: number, kecamatanId: string | undefined, desaIds: readonly string[] | null) {
  let query = tenantDb(ctx)
    .selectFrom('regions')
    .leftJoin('regions as kec', (j) =>
      j.onRef('kec.tenant_id', '=', 'regions.tenant_id').onRef('kec.id', '=', 'regions.parent_id'),
    )
    .leftJoin('village_idm_results as r', (j) =>
      j.onRef('r.tenant_id', '=', 'regions.tenant_id').onRef('r.region_id', '=', 'regions.id').on('r.year', '=', year),
    )
    .select(['regions.id', 'regions.code', 'regions.name', 'regions.parent_id', 'kec.name as kecamatanName'])
    .select(['r.iks', 'r.ike', 'r.ikl', 'r.idm', 'r.status_code', 'r.engine_version'])
    .where('regions.level', '=', 'desa')
    .orderBy('regions.code');
  if (kecamatanId) query = query.where('regions.parent_id', '=', kecamatanId);
  if (desaIds !== null) {
    if (desaIds.length === 0) return [];
    query = query.where('regions.id', 'in', [...desaIds]);
  }
  return query.execute();
}

/** A page of the year's desa (keyset by code), the status counts of the whole selection and the kecamatan filter. */
export async function listIdm(ctx: RequestContext, q: IdmListQuery): Promise<IdmListView> {
  const viewer = await currentIdmViewer(ctx);
  enforceIdm(mayReadIdm(viewer));
  const scope = desaScope(viewer);
  const rows = await desaRows(ctx, q.year, q.kecamatanId, scope.all ? null : scope.desaIds);
  const statusCounts: Record<string, number> = { none: 0, ...Object.fromEntries(statusViews().map((s) => [s.code, 0])) };
  for (const r of rows) statusCounts[r.status_code ?? 'none'] = (statusCounts[r.status_code ?? 'none'] ?? 0) + 1;
  const after = q.after;
  const rest = after ? rows.filter((r) => r.code > after) : rows;
  const page = rest.slice(0, q.limit);
  const kecamatan = await tenantDb(ctx)
    .selectFrom('regions')
    .select(['id', 'name'])
    .where('level', '=', 'kecamatan')
    .orderBy('code')
    .execute();
  return {
    year: q.year,
    statuses: statusViews(),
    statusCounts,
    total: rows.length,
    kecamatan,
    items: page.map((r) => ({
      regionId: r.id,
      code: r.code,
      name: r.name,
      kecamatanId: r.parent_id,
      kecamatanName: r.kecamatanName,
      result:
        r.iks && r.ike && r.ikl && r.idm && r.status_code && r.engine_version
          ? resultView({
              iks: r.iks,
              ike: r.ike,
              ikl: r.ikl,
              idm: r.idm,
              status_code: r.status_code,
              engine_version: r.engine_version,
            })
          : null,
    })),
    nextAfter: rest.length > q.limit ? page[page.length - 1]!.code : null,
    canManage: mayManageIdm(viewer).allowed,
  };
}
