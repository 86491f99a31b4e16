import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { tenantTimeZoneOf } from '../organization/index.ts';
import { getBudgetSettings } from './budget-settings.service.ts';
import type { CapaianIndicator } from './capaian/index.ts';
import {
  absorptionVsCapaian,
  type BandRules,
  budgetTotals,
  pickShownResult,
  projectionOf,
  quarterTrend,
  reasonMessage,
  type StoredResult,
  summarise,
} from './dashboard.calc.ts';
import type {
  DashboardIndicatorRowView,
  DashboardUnitSummaryView,
  ProjectionView,
  RegencyDashboardView,
  UnitDashboardView,
} from './dashboard.contract.ts';
import {
  budgetLinesOfYear,
  indicatorsOfYear,
  opdDirectory,
  shownResultsOfYear,
  storedResultsOfYear,
  taggedLines,
  type YearBudgetLine,
  type YearIndicator,
} from './dashboard.rows.ts';
import { annualTargets, verifiedRealisasi } from './dashboard-projection.rows.ts';
import { loadMeasurementSettings, type MeasurementSettings } from './measurement-settings.ts';
import { periodsOfFrequency } from './realization-periods.ts';

type EfficiencySettings = Awaited<ReturnType<typeof getBudgetSettings>>;

/** The year asked for, or the current year in the tenant's time zone. */
export async function yearOrCurrent(ctx: RequestContext, year: number | undefined): Promise<number> {
  if (year !== undefined) return year;
  const timeZone = await tenantTimeZoneOf(ctx, ctx.tenantId);
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric' }).format(ctx.platform.now()));
}

/** The tenant's settings every dashboard reads, and the legend part of its answers. */
export async function dashboardSettings(ctx: RequestContext, year: number) {
  const [measurement, efficiency] = await Promise.all([loadMeasurementSettings(ctx), getBudgetSettings(ctx)]);
  const capaian = measurement.capaian;
  const rules: BandRules = {
    bands: capaian.bands,
    boundary: capaian.bandBoundary ?? 'min_inclusive',
    decimals: capaian.roundingDecimals ?? 2,
  };
  const legend = {
    year,
    bands: capaian.bands.map((b) => ({ code: b.code, label: b.label, color: b.color, min: b.min ?? null, max: b.max ?? null })),
    earlyWarningBelow: measurement.earlyWarningBelow,
  };
  return { measurement, efficiency, rules, legend };
}

/** The shown capaian in the answer's shape, with the reason in the caller's language. */
function shownView(ctx: RequestContext, row: StoredResult | null) {
  if (!row) return null;
  return { ...row, reasonMessage: row.reason ? reasonMessage(row.reason, ctx.locale) : null };
}

/** The summary of a group of indicators with their budget lines. */
function summaryOf(
  shown: readonly (StoredResult | null)[],
  lines: readonly YearBudgetLine[],
  rules: BandRules,
  eff: EfficiencySettings,
) {
  const summary = summarise(shown, rules);
  const budget = budgetTotals(lines);
  return { ...summary, budget, efficiency: absorptionVsCapaian(summary.meanCapaian, budget.serapan, eff) };
}

/** How many of `indicators` are projected below the early-warning threshold. */
function warningsAmong(indicators: readonly YearIndicator[], projections: ReadonlyMap<string, ProjectionView>): number {
  return indicators.filter((indicator) => {
    const projection = projections.get(indicator.id);
    return projection?.state === 'projected' && projection.warning;
  }).length;
}

/**
 * Regency view: per OPD (with indicators or budget lines in the year) the mean capaian, traffic light, serapan and
 * the number of early warnings (projections from the verified realisasi, as in the OPD view).
 */
export async function regencyDashboard(ctx: RequestContext, askedYear?: number): Promise<RegencyDashboardView> {
  const year = await yearOrCurrent(ctx, askedYear);
  const [settings, directory] = await Promise.all([dashboardSettings(ctx, year), opdDirectory(ctx)]);
  const [indicators, results, lines] = await Promise.all([
    indicatorsOfYear(ctx, year, directory.resolve),
    shownResultsOfYear(ctx, year),
    budgetLinesOfYear(ctx, year, directory.resolve),
  ]);
  const shownOf = (indicator: YearIndicator) => results.get(indicator.id) ?? null;
  const assigned = indicators.filter((indicator) => indicator.opdId !== null);
  const projections = await projectionsOf(ctx, year, assigned, settings.measurement);
  const units: DashboardUnitSummaryView[] = directory.opds.flatMap((opd) => {
    const own = assigned.filter((indicator) => indicator.opdId === opd.id);
    const ownLines = lines.filter((line) => line.opdId === opd.id);
    if (own.length === 0 && ownLines.length === 0) return [];
    const summary = summaryOf(own.map(shownOf), ownLines, settings.rules, settings.efficiency);
    return [{ unitId: opd.id, code: opd.code, name: opd.name, ...summary, earlyWarnings: warningsAmong(own, projections) }];
  });
  const regency = summaryOf(assigned.map(shownOf), lines, settings.rules, settings.efficiency);
  return {
    ...settings.legend,
    regency: { ...regency, earlyWarnings: warningsAmong(assigned, projections) },
    units,
    unassignedIndicators: indicators.length - assigned.length,
  };
}

/** The engine's view of an indicator's manual. */
function engineIndicator(indicator: YearIndicator): CapaianIndicator {
  return {
    polarity: indicator.polarity as CapaianIndicator['polarity'],
    aggregation: indicator.aggregation as CapaianIndicator['aggregation'],
    allowNegative: indicator.allowNegative,
  };
}

/** Identity and manual facts of an indicator in the answer's shape. */
export function indicatorFacts(indicator: YearIndicator) {
  return {
    indicatorId: indicator.id,
    code: indicator.code,
    name: indicator.name,
    isIku: indicator.isIku,
    unitOfMeasure: indicator.unitOfMeasure,
    polarity: indicator.polarity,
    aggregation: indicator.aggregation,
    frequency: indicator.frequency,
  };
}

/** The early-warning projection of one indicator from its verified realisasi and annual target. */
export async function projectionsOf(
  ctx: RequestContext,
  year: number,
  indicators: readonly YearIndicator[],
  m: MeasurementSettings,
) {
  const ids = indicators.map((indicator) => indicator.id);
  const [realisasi, targets] = await Promise.all([verifiedRealisasi(ctx, year, ids), annualTargets(ctx, year, ids)]);
  return new Map<string, ProjectionView>(
    indicators.map((indicator) => [
      indicator.id,
      projectionOf({
        indicator: engineIndicator(indicator),
        annualTarget: targets.get(indicator.id) ?? null,
        periods: periodsOfFrequency(indicator.frequency),
        realisasi: realisasi.get(indicator.id) ?? new Map(),
        settings: m.capaian,
        warningBelow: m.earlyWarningBelow,
        locale: ctx.locale,
      }),
    ]),
  );
}

const bySortOrder = (a: YearIndicator, b: YearIndicator) =>
  a.sortOrder - b.sortOrder ||
  (a.code ?? '').localeCompare(b.code ?? '', 'en', { numeric: true }) ||
  a.name.localeCompare(b.name);

/** OPD view: each indicator's shown capaian, quarterly trend, projection with early warning and tagged budget. */
export async function unitDashboard(ctx: RequestContext, unitId: string, askedYear?: number): Promise<UnitDashboardView> {
  const directory = await opdDirectory(ctx);
  // SECURITY: the OPD is looked up among the caller's tenant's units (tenantDb); another tenant's unit is a 404.
  const opd = directory.opds.find((unit) => unit.id === unitId);
  if (!opd) throw new NotFoundError('unit');
  const year = await yearOrCurrent(ctx, askedYear);
  const settings = await dashboardSettings(ctx, year);
  const indicators = (await indicatorsOfYear(ctx, year, directory.resolve, unitId)).sort(bySortOrder);
  const ids = indicators.map((indicator) => indicator.id);
  const [results, projections, tagged, lines] = await Promise.all([
    storedResultsOfYear(ctx, year, ids),
    projectionsOf(ctx, year, indicators, settings.measurement),
    taggedLines(ctx, year, ids),
    budgetLinesOfYear(ctx, year, directory.resolve),
  ]);
  const rows: DashboardIndicatorRowView[] = indicators.map((indicator) => {
    const stored = results.get(indicator.id) ?? [];
    const shown = pickShownResult(stored);
    const budget = budgetTotals(tagged.get(indicator.id) ?? []);
    const capaian = shown?.state === 'computed' ? shown.value : null;
    return {
      ...indicatorFacts(indicator),
      shown: shownView(ctx, shown),
      quarters: quarterTrend(stored).map((q) => ({
        quarter: q.quarter,
        period: q.result?.period ?? null,
        value: q.result?.value ?? null,
        band: q.result?.band ?? null,
      })),
      projection: projections.get(indicator.id) as ProjectionView,
      budget,
      efficiency: absorptionVsCapaian(capaian, budget.serapan, settings.efficiency),
    };
  });
  const ownLines = lines.filter((line) => line.opdId === unitId);
  const summary = summaryOf(
    indicators.map((indicator) => pickShownResult(results.get(indicator.id) ?? [])),
    ownLines,
    settings.rules,
    settings.efficiency,
  );
  const earlyWarnings = warningsAmong(indicators, projections);
  return {
    ...settings.legend,
    unit: { unitId: opd.id, code: opd.code, name: opd.name, ...summary, earlyWarnings },
    earlyWarnings,
    indicators: rows,
  };
}
