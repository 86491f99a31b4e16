/**
 * Zod contracts of the e-SAKIP dashboards (the web app imports this file): the regency view (capaian per OPD), the
 * OPD view (its indicators with trend, projection and budget) and the indicator view (every stored result).
 * Capaian values are percent decimal texts as stored (rounded per tenant); money is decimal text.
 */
import { z } from 'zod';

const YEAR_MESSAGE = { message: 'performance.dashboard.yearRange' };

/** `?year=YYYY` (2000–2100); without it, the current year in the regency's time zone. */
export const DashboardYearQuery = z.object({
  year: z.coerce.number(YEAR_MESSAGE).int(YEAR_MESSAGE).min(2000, YEAR_MESSAGE).max(2100, YEAR_MESSAGE).optional(),
});
export type DashboardYearQuery = z.infer<typeof DashboardYearQuery>;

/** `:unitId` of an OPD. */
export const DashboardUnitParams = z.object({ unitId: z.uuid() });
/** `:indicatorId`. */
export const DashboardIndicatorParams = z.object({ indicatorId: z.uuid() });

/** One band of the tenant's table (the legend and the traffic-light colours). */
export const DashboardBandView = z.object({
  code: z.string(),
  label: z.string(),
  color: z.string(),
  min: z.string().nullable(),
  max: z.string().nullable(),
});

/** The legend and thresholds every dashboard answer carries. */
const Rules = {
  year: z.number(),
  bands: z.array(DashboardBandView),
  /** Early warning when the projected year-end capaian is below this percent. */
  earlyWarningBelow: z.string(),
};

/** The stored capaian an indicator shows (`Y` when computed, else the latest computed period, see dashboard.calc.ts). */
export const ShownCapaianView = z.object({
  period: z.string(),
  state: z.enum(['computed', 'not_computable']),
  value: z.string().nullable(),
  band: z.string().nullable(),
  reason: z.string().nullable(),
  reasonMessage: z.string().nullable(),
});

/** Budget lines' pagu, realisasi (sum of the months reported) and serapan (percent; null when pagu is 0). */
export const BudgetTotalsView = z.object({
  lines: z.number(),
  pagu: z.string(),
  realisasi: z.string(),
  serapan: z.string().nullable(),
});

/** Δ = capaian − serapan and the tenant's efficiency status; null when either is missing. */
export const EfficiencyView = z
  .object({ status: z.enum(['efisien', 'cukup_efisien', 'tidak_efisien']), delta: z.string() })
  .nullable();

/** How a group of indicators stands, with its budget. */
export const DashboardSummaryView = z.object({
  indicators: z.number(),
  computed: z.number(),
  notComputable: z.number(),
  /** Indicators without any stored capaian for the year. */
  noData: z.number(),
  /** Mean of the shown capaian of the computed indicators (each weighs the same), rounded per tenant. */
  meanCapaian: z.string().nullable(),
  /** Band of the mean. */
  band: z.string().nullable(),
  /** Indicators per band (the traffic light): every band of the table in order, then any other stored code. */
  bandCounts: z.array(z.object({ code: z.string(), count: z.number() })),
  unbanded: z.number(),
  /** Which period the shown values came from (`Y` = the whole year), with how many indicators each. */
  periods: z.array(z.object({ period: z.string(), count: z.number() })),
  budget: BudgetTotalsView,
  efficiency: EfficiencyView,
});

/** One OPD of the regency view. */
export const DashboardUnitSummaryView = DashboardSummaryView.extend({
  unitId: z.string(),
  code: z.string(),
  name: z.string(),
  /** Indicators whose projected year-end capaian is below the tenant's early-warning threshold. */
  earlyWarnings: z.number(),
});
export type DashboardUnitSummaryView = z.infer<typeof DashboardUnitSummaryView>;

/** `GET /api/performance/dashboard?year=`: the regency and every OPD with indicators or budget lines in the year. */
export const RegencyDashboardView = z.object({
  ...Rules,
  regency: DashboardSummaryView.extend({ earlyWarnings: z.number() }),
  units: z.array(DashboardUnitSummaryView),
  /** Indicators of the year with neither an OPD node nor a responsible unit (left out of the OPD rows). */
  unassignedIndicators: z.number(),
});
export type RegencyDashboardView = z.infer<typeof RegencyDashboardView>;

/** The year-end projection from the trend so far (projectYearEnd) and the early-warning flag. */
export const ProjectionView = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('projected'),
    method: z.string(),
    periodsObserved: z.number(),
    periodsPerYear: z.number(),
    projectedRealisasi: z.string(),
    capaian: z.string(),
    band: z.string().nullable(),
    warning: z.boolean(),
  }),
  z.object({ state: z.literal('not_computable'), reason: z.string(), message: z.string() }),
]);
export type ProjectionView = z.infer<typeof ProjectionView>;

/** An indicator's identity and manual facts shown on the dashboards. */
const IndicatorFacts = {
  indicatorId: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  isIku: z.boolean(),
  unitOfMeasure: z.string(),
  polarity: z.string(),
  aggregation: z.string(),
  frequency: z.string(),
};

/** One quarter of the trend: the stored result standing for the quarter's end (Qn, its last month, S or Y). */
export const QuarterPointView = z.object({
  quarter: z.enum(['Q1', 'Q2', 'Q3', 'Q4']),
  period: z.string().nullable(),
  value: z.string().nullable(),
  band: z.string().nullable(),
});

/** One indicator of the OPD view. */
export const DashboardIndicatorRowView = z.object({
  ...IndicatorFacts,
  shown: ShownCapaianView.nullable(),
  quarters: z.array(QuarterPointView),
  projection: ProjectionView,
  /** The budget lines tagged to the indicator (a line tagged to two indicators counts for each). */
  budget: BudgetTotalsView,
  efficiency: EfficiencyView,
});
export type DashboardIndicatorRowView = z.infer<typeof DashboardIndicatorRowView>;

/** `GET /api/performance/dashboard/units/:unitId?year=`: one OPD and its indicators. */
export const UnitDashboardView = z.object({
  ...Rules,
  unit: DashboardUnitSummaryView,
  /** Indicators whose projection is below the threshold. */
  earlyWarnings: z.number(),
  indicators: z.array(DashboardIndicatorRowView),
});
export type UnitDashboardView = z.infer<typeof UnitDashboardView>;

/** One stored capaian of the indicator view. */
export const StoredResultView = z.object({
  period: z.string(),
  state: z.enum(['computed', 'not_computable']),
  value: z.string().nullable(),
  raw: z.string().nullable(),
  band: z.string().nullable(),
  formula: z.string().nullable(),
  realisasi: z.string().nullable(),
  targetUsed: z.string().nullable(),
  reason: z.string().nullable(),
  reasonMessage: z.string().nullable(),
  engineVersion: z.string(),
  settingsHash: z.string().nullable(),
  computedAt: z.string(),
  /** False when the engine version or the settings have changed since (a recompute would give a new row). */
  current: z.boolean(),
});

/** `GET /api/performance/dashboard/indicators/:indicatorId?year=`: every stored result, targets and realisasi. */
export const IndicatorDashboardView = z.object({
  ...Rules,
  indicator: z.object({ ...IndicatorFacts, unitId: z.string().nullable(), unitName: z.string().nullable() }),
  results: z.array(StoredResultView),
  targets: z.array(
    z.object({
      period: z.string().nullable(),
      kind: z.enum(['number', 'range', 'text']),
      value: z.string().nullable(),
      min: z.string().nullable(),
      max: z.string().nullable(),
      text: z.string().nullable(),
    }),
  ),
  realisasi: z.array(
    z.object({
      period: z.string(),
      value: z.string().nullable(),
      numerator: z.string().nullable(),
      denominator: z.string().nullable(),
      status: z.enum(['draft', 'submitted', 'verified', 'returned']),
    }),
  ),
  projection: ProjectionView,
});
export type IndicatorDashboardView = z.infer<typeof IndicatorDashboardView>;
