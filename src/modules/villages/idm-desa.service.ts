/** One desa-year of IDM: read it with its indicators, save its scores (recomputing the result), simulate the next status. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { computeIdm, simulateNextStatus } from './idm/index.ts';
import type { IdmDesaView, IdmResultView, IdmScoresInput, IdmSimulationView, IdmStatusView } from './idm.contract.ts';
import { enforceIdm, mayManageIdm, mayReadDesaIdm } from './idm.policy.ts';
import { engineScores, IDM_INDICATORS, idmIndicator } from './idm-catalogue.ts';
import { idmStatusSettings, scoreSetProblems, storedScores, writeDesaYear } from './idm-store.ts';
import { currentIdmViewer } from './idm-viewer.ts';

/** A desa of the tenant's wilayah with its kecamatan. */
export interface DesaRow {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kecamatanName: string | null;
}

/** SECURITY: the desa is looked up through tenantDb first, so another tenant's id (or a kecamatan) is a 404. */
export async function requireDesa(ctx: RequestContext, regionId: string): Promise<DesaRow> {
  const row = await tenantDb(ctx)
    .selectFrom('regions')
    .leftJoin('regions as kec', (j) =>
      j.onRef('kec.tenant_id', '=', 'regions.tenant_id').onRef('kec.id', '=', 'regions.parent_id'),
    )
    .select(['regions.id', 'regions.code', 'regions.name', 'kec.name as kecamatanName'])
    .where('regions.id', '=', regionId)
    .where('regions.level', '=', 'desa')
    .executeTakeFirst();
  if (!row) throw new NotFoundError('desa');
  return row;
}

/** The tenant's statuses as views. */
export function statusViews(): IdmStatusView[] {
  return idmStatusSettings().map((s) => ({ code: s.code, label: s.label, alias: s.alias, upTo: s.upTo }));
}

/** The stored result of a desa-year, or null. */
async function resultOf(ctx: RequestContext, regionId: string, year: number) {
  return tenantDb(ctx)
    .selectFrom('village_idm_results')
    .selectAll()
    .where('region_id', '=', regionId)
    .where('year', '=', year)
    .executeTakeFirst();
}

/** A stored result row as its view. */
export function resultView(r: {
  iks: string;
  ike: string;
  ikl: string;
  idm: string;
  status_code: string;
  engine_version: string;
}): IdmResultView {
  return { iks: r.iks, ike: r.ike, ikl: r.ikl, idm: r.idm, statusCode: r.status_code, engineVersion: r.engine_version };
}

async function desaView(ctx: RequestContext, desa: DesaRow, year: number, canEdit: boolean): Promise<IdmDesaView> {
  const [result, scores] = [await resultOf(ctx, desa.id, year), await storedScores(ctx, desa.id, year)];
  return {
    regionId: desa.id,
    code: desa.code,
    name: desa.name,
    kecamatanName: desa.kecamatanName,
    year,
    indicators: IDM_INDICATORS.map((i) => ({ ...i, score: Object.hasOwn(scores, i.code) ? scores[i.code]! : null })),
    result: result ? resultView(result) : null,
    version: result ? Number(result.version) : null,
    statuses: statusViews(),
    canEdit,
  };
}

/** One desa-year with every indicator, for regency staff or the desa's own operator. */
export async function getDesaIdm(ctx: RequestContext, regionId: string, year: number): Promise<IdmDesaView> {
  const desa = await requireDesa(ctx, regionId);
  const viewer = await currentIdmViewer(ctx);
  enforceIdm(mayReadDesaIdm(viewer, desa.id));
  return desaView(ctx, desa, year, mayManageIdm(viewer).allowed);
}

/** Saves every indicator score of a desa-year and recomputes its IDM in the same transaction (409 on a stale version). */
export async function saveDesaScores(
  ctx: RequestContext,
  regionId: string,
  year: number,
  input: IdmScoresInput,
): Promise<IdmDesaView> {
  const desa = await requireDesa(ctx, regionId);
  enforceIdm(mayManageIdm(await currentIdmViewer(ctx)));
  const problems = scoreSetProblems(input.scores);
  if (problems.length > 0) throw new ValidationError(problems);
  return inTransaction(ctx, async (tx) => {
    const outcome = await writeDesaYear(tx, desa.id, year, input.scores, input.version);
    if (outcome.change !== 'unchanged')
      await recordAudit(tx, 'villages.idm_scores_saved', {
        objectType: 'region',
        objectId: desa.id,
        data: { year, version: outcome.version },
      });
    return desaView(tx, desa, year, true);
  });
}

/** The engine's smallest set of indicator improvements lifting the desa-year to the next status (422 without scores). */
export async function simulateDesa(ctx: RequestContext, regionId: string, year: number): Promise<IdmSimulationView> {
  const desa = await requireDesa(ctx, regionId);
  enforceIdm(mayReadDesaIdm(await currentIdmViewer(ctx), desa.id));
  const scores = await storedScores(ctx, desa.id, year);
  if (scoreSetProblems(scores).length > 0)
    throw new ValidationError([{ field: 'year', message: 'villages.idm.noScores', params: { year } }]);
  const settings = idmStatusSettings();
  const input = engineScores(scores);
  const now = computeIdm(input, settings);
  const plan = simulateNextStatus(input, settings);
  const band = (s: { code: string; label: string; alias: string; upTo: string | null }) => ({ ...s });
  return {
    current: band(now.status),
    idm: now.display.IDM,
    plan: plan && {
      reached: band(plan.reached),
      points: plan.points,
      idm: plan.idm,
      improvements: plan.improvements.map((m) => {
        const indicator = idmIndicator(m.indicatorId)!;
        return {
          code: indicator.code,
          index: indicator.index,
          dimension: indicator.dimension,
          name: indicator.name,
          from: m.from,
          to: m.to,
        };
      }),
    },
  };
}
