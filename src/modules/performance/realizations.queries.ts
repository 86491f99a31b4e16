/**
 * The realisasi grid of an OPD and year: its indicators in the plan period covering the year (Renstra, pokin, the
 * year's Renja, and any indicator whose responsible unit lies in the OPD) × their periods, with targets, lock states
 * in the tenant's time zone, stored realisasi with evidence, the OPD's reopenings and what the actor may do.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { opdOfUnit } from '../organization/index.ts';
import type { TargetView } from './indicators.contract.ts';
import { loadMeasurementSettings } from './measurement-settings.ts';
import type { Planner } from './performance.policy.ts';
import { type IndicatorRow, type PeriodRow, type TargetRow, targetView } from './performance.repository.ts';
import { currentPlanner } from './planner.ts';
import { evidenceOf, type RealizationRow, realizationView, tenantToday } from './realization-context.ts';
import { periodLocksOn, periodStart, periodState, periodsOfFrequency } from './realization-periods.ts';
import type {
  EvidenceView,
  PeriodLockView,
  RealizationGridView,
  RealizationRowView,
  ReopeningView,
} from './realizations.contract.ts';
import { isMeasurementCoordinator, mayEnterForOpd } from './realizations.policy.ts';

/** The plan period covering the year: the active one, else the most recent closed one; null when none. */
export async function planOfYear(ctx: RequestContext, year: number): Promise<PeriodRow | null> {
  const rows = await tenantDb(ctx)
    .selectFrom('plan_periods')
    .selectAll()
    .where('start_year', '<=', year)
    .where('end_year', '>=', year)
    .where('status', '!=', 'draft')
    .orderBy('start_year', 'desc')
    .execute();
  return rows.find((p) => p.status === 'active') ?? rows[0] ?? null;
}

/** The indicators of the plan period owned by the OPD (responsible unit's OPD, else the node's unit). */
export async function indicatorsOfOpd(
  ctx: RequestContext,
  plan: PeriodRow,
  opdId: string,
  year: number,
): Promise<IndicatorRow[]> {
  const rows = await tenantDb(ctx)
    .selectFrom('indicators')
    .innerJoin('plan_nodes', (j) =>
      j.onRef('plan_nodes.id', '=', 'indicators.node_id').onRef('plan_nodes.tenant_id', '=', 'indicators.tenant_id'),
    )
    .selectAll('indicators')
    .select(['plan_nodes.unit_id as node_unit_id', 'plan_nodes.document', 'plan_nodes.year as node_year'])
    .where('plan_nodes.period_id', '=', plan.id)
    .execute();
  const opdOf = new Map<string, string | null>();
  for (const unitId of new Set(rows.flatMap((r) => (r.responsible_unit_id ? [r.responsible_unit_id] : []))))
    opdOf.set(unitId, await opdOfUnit(ctx, unitId));
  return rows
    .filter((r) => r.document !== 'renja' || r.node_year === year)
    .filter((r) => (r.responsible_unit_id ? opdOf.get(r.responsible_unit_id) : r.node_unit_id) === opdId)
    .sort((a, b) => a.sort_order - b.sort_order || (a.code ?? '').localeCompare(b.code ?? '', 'id', { numeric: true }))
    .map(({ node_unit_id: _u, document: _d, node_year: _y, ...indicator }) => indicator);
}

function targetsOf(ctx: RequestContext, indicatorIds: readonly string[], year: number): Promise<TargetRow[]> {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return tenantDb(ctx)
    .selectFrom('indicator_targets')
    .selectAll()
    .where('indicator_id', 'in', [...indicatorIds])
    .where('year', '=', year)
    .execute();
}

function realizationsOf(ctx: RequestContext, indicatorIds: readonly string[], year: number): Promise<RealizationRow[]> {
  if (indicatorIds.length === 0) return Promise.resolve([]);
  return tenantDb(ctx)
    .selectFrom('indicator_realizations')
    .selectAll()
    .where('indicator_id', 'in', [...indicatorIds])
    .where('year', '=', year)
    .execute();
}

async function reopeningsOf(ctx: RequestContext, unitId: string, year: number): Promise<ReopeningView[]> {
  const rows = await tenantDb(ctx)
    .selectFrom('realization_reopenings')
    .selectAll()
    .where('unit_id', '=', unitId)
    .where('year', '=', year)
    .orderBy('opened_at', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unit_id,
    year: r.year,
    period: r.period,
    openUntil: r.open_until,
    reason: r.reason,
    openedAt: r.opened_at,
  }));
}

/** The lock view of a period today, given the OPD's reopenings. */
export function lockView(
  year: number,
  period: string,
  today: string,
  lockAfterDays: number,
  reopenings: readonly ReopeningView[],
): PeriodLockView {
  const reopenedUntil = reopenings.filter((r) => r.period === period).map((r) => r.openUntil);
  const state = periodState(year, period, today, { lockAfterDays, reopenedUntil });
  return {
    state: state.state,
    startsOn: periodStart(year, period),
    locksOn: periodLocksOn(year, period, lockAfterDays),
    reopenedUntil: state.state === 'open' ? state.reopenedUntil : null,
  };
}

const targetFor = (targets: readonly TargetRow[], period: string | null): TargetView | null => {
  const row = targets.find((t) => t.period === period);
  return row ? targetView(row) : null;
};

/** What one grid row needs besides its indicator. */
interface GridFacts {
  readonly year: number;
  readonly today: string;
  readonly lockAfterDays: number;
  /** The year's targets and realisasi of the grid's indicators, by indicator id. */
  readonly targets: ReadonlyMap<string, readonly TargetRow[]>;
  readonly realizations: ReadonlyMap<string, readonly RealizationRow[]>;
  readonly evidence: ReadonlyMap<string, EvidenceView[]>;
  readonly reopenings: readonly ReopeningView[];
}

function gridRow(indicator: IndicatorRow, facts: GridFacts): RealizationRowView {
  const own = facts.targets.get(indicator.id) ?? [];
  const stored = facts.realizations.get(indicator.id) ?? [];
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    name: indicator.name,
    unitOfMeasure: indicator.unit_of_measure,
    frequency: indicator.frequency,
    polarity: indicator.polarity,
    aggregation: indicator.aggregation,
    allowNegative: indicator.allow_negative === 1,
    numeratorLabel: indicator.numerator_label,
    denominatorLabel: indicator.denominator_label,
    yearTarget: targetFor(own, null),
    periods: periodsOfFrequency(indicator.frequency).map((period) => {
      const realization = stored.find((r) => r.period === period);
      return {
        period,
        target: targetFor(own, period === 'Y' ? null : period),
        lock: lockView(facts.year, period, facts.today, facts.lockAfterDays, facts.reopenings),
        realization: realization ? realizationView(realization, facts.evidence.get(realization.id) ?? []) : null,
      };
    }),
  };
}

/** SECURITY: the OPD asked for (404 for another tenant's unit, 422 below OPD level), else the actor's own OPD. */
async function gridUnit(ctx: RequestContext, unitId: string | null, planner: Planner): Promise<string> {
  const chosen = unitId ?? planner.opdIds[0];
  if (!chosen) throw new ValidationError([{ field: 'query.unitId', message: 'performance.realizations.chooseUnit' }]);
  const unit = await tenantDb(ctx).selectFrom('units').select('id').where('id', '=', chosen).executeTakeFirst();
  if (!unit) throw new NotFoundError('unit');
  if ((await opdOfUnit(ctx, chosen)) !== chosen)
    throw new ValidationError([{ field: 'query.unitId', message: 'performance.realizations.unitNotOpd' }]);
  return chosen;
}

/** The grid of an OPD and year (the actor's own OPD when none is named), with what the actor may do. */
export async function realizationGrid(ctx: RequestContext, unitId: string | null, year: number): Promise<RealizationGridView> {
  const planner = await currentPlanner(ctx);
  const opdId = await gridUnit(ctx, unitId, planner);
  const plan = await planOfYear(ctx, year);
  const indicators = plan ? await indicatorsOfOpd(ctx, plan, opdId, year) : [];
  const ids = indicators.map((i) => i.id);
  const realizations = await realizationsOf(ctx, ids, year);
  const reopenings = await reopeningsOf(ctx, opdId, year);
  const facts: GridFacts = {
    year,
    today: await tenantToday(ctx),
    lockAfterDays: (await loadMeasurementSettings(ctx)).lockAfterDays,
    targets: groupBy(await targetsOf(ctx, ids, year), (t) => t.indicator_id),
    realizations: groupBy(realizations, (r) => r.indicator_id),
    evidence: await evidenceOf(
      ctx,
      realizations.map((r) => r.id),
    ),
    reopenings,
  };
  const coordinator = isMeasurementCoordinator(planner);
  return {
    unitId: opdId,
    year,
    today: facts.today,
    lockAfterDays: facts.lockAfterDays,
    coordinator,
    mayEnter: mayEnterForOpd(planner, opdId).allowed,
    mayReview: coordinator && !planner.opdIds.includes(opdId),
    indicators: indicators.map((indicator) => gridRow(indicator, facts)),
    reopenings,
  };
}
