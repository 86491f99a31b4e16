/**
 * The indicator view of the e-SAKIP dashboards: every stored capaian of a year (value, band, reason, engine version,
 * whether it is current), the targets, every realisasi whatever its review status, and the year-end projection.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { ENGINE_VERSION, settingsHash, settingsSnapshot } from './capaian/index.ts';
import { chronological, reasonMessage } from './dashboard.calc.ts';
import type { IndicatorDashboardView, ProjectionView } from './dashboard.contract.ts';
import { dashboardSettings, indicatorFacts, projectionsOf, yearOrCurrent } from './dashboard.queries.ts';
import { opdDirectory, type YearIndicator } from './dashboard.rows.ts';

/** The indicator (404 outside the caller's tenant) with its node's unit. */
async function loadDashboardIndicator(ctx: RequestContext, indicatorId: string) {
  // SECURITY: tenant-pinned lookup; another tenant's indicator id finds nothing and answers 404.
  const row = await tenantDb(ctx)
    .selectFrom('indicators')
    .innerJoin('plan_nodes', (j) =>
      j.onRef('plan_nodes.tenant_id', '=', 'indicators.tenant_id').onRef('plan_nodes.id', '=', 'indicators.node_id'),
    )
    .select([
      'indicators.id',
      'indicators.code',
      'indicators.name',
      'indicators.is_iku',
      'indicators.unit_of_measure',
      'indicators.polarity',
      'indicators.aggregation',
      'indicators.frequency',
      'indicators.allow_negative',
      'indicators.responsible_unit_id',
      'indicators.sort_order',
      'plan_nodes.unit_id',
    ])
    .where('indicators.id', '=', indicatorId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('indicator');
  return row;
}

/** Indicator view: every stored result of the year (with reason and engine version), targets, realisasi, projection. */
export async function indicatorDashboard(
  ctx: RequestContext,
  indicatorId: string,
  askedYear?: number,
): Promise<IndicatorDashboardView> {
  const row = await loadDashboardIndicator(ctx, indicatorId);
  const year = await yearOrCurrent(ctx, askedYear);
  const [settings, directory] = await Promise.all([dashboardSettings(ctx, year), opdDirectory(ctx)]);
  const opdId = row.unit_id ?? (await directory.resolve(row.responsible_unit_id));
  const indicator: YearIndicator = {
    ...{ id: row.id, code: row.code, name: row.name, unitOfMeasure: row.unit_of_measure, sortOrder: row.sort_order },
    ...{ polarity: row.polarity, aggregation: row.aggregation, frequency: row.frequency, opdId },
    ...{ isIku: row.is_iku === 1, allowNegative: row.allow_negative === 1 },
  };
  const [results, targets, realisasi, projections] = await Promise.all([
    readResults(ctx, indicatorId, year),
    readTargets(ctx, indicatorId, year),
    readRealisasi(ctx, indicatorId, year),
    projectionsOf(ctx, year, [indicator], settings.measurement),
  ]);
  const currentHash = settingsHash(settingsSnapshot(settings.measurement.capaian));
  return {
    ...settings.legend,
    indicator: {
      ...indicatorFacts(indicator),
      unitId: opdId,
      unitName: directory.opds.find((opd) => opd.id === opdId)?.name ?? null,
    },
    results: chronological(results).map((r) => ({
      ...{ period: r.period, state: r.state, value: r.value, raw: r.raw, band: r.band, formula: r.formula },
      ...{ realisasi: r.realisasi, targetUsed: r.target_used, reason: r.reason, engineVersion: r.engine_version },
      ...{ settingsHash: r.settings_hash, computedAt: r.computed_at },
      reasonMessage: r.reason ? reasonMessage(r.reason, ctx.locale) : null,
      current: r.engine_version === ENGINE_VERSION && r.settings_hash === currentHash,
    })),
    targets: targets.map((t) => ({
      period: t.period,
      kind: t.kind,
      value: t.value,
      min: t.min_value,
      max: t.max_value,
      text: t.text,
    })),
    realisasi: chronological(realisasi),
    projection: projections.get(indicatorId) as ProjectionView,
  };
}

/** Every stored capaian of an indicator and year. */
function readResults(ctx: RequestContext, indicatorId: string, year: number) {
  return tenantDb(ctx)
    .selectFrom('capaian_results')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year)
    .execute();
}

/** Every target of an indicator and year (annual first, then by period). */
async function readTargets(ctx: RequestContext, indicatorId: string, year: number) {
  const rows = await tenantDb(ctx)
    .selectFrom('indicator_targets')
    .select(['period', 'kind', 'value', 'min_value', 'max_value', 'text'])
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year)
    .execute();
  const annual = rows.filter((r) => r.period === null);
  return [...annual, ...chronological(rows.filter((r): r is typeof r & { period: string } => r.period !== null))];
}

/** Every realisasi of an indicator and year, whatever its review status. */
function readRealisasi(ctx: RequestContext, indicatorId: string, year: number) {
  return tenantDb(ctx)
    .selectFrom('indicator_realizations')
    .select(['period', 'value', 'numerator', 'denominator', 'status'])
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year)
    .execute();
}
