/**
 * Projected year-end capaian from the periods observed so far, for early warning (domain notes §9.8:
 * alert before TW III so the rencana aksi can be adjusted). Periods are indexed 1..N by their position
 * in the list (the caller lists the year's periods in order from the first); k periods are observed.
 *
 * Method (documented, deliberately simple and linear):
 * - cumulative: least-squares line through the origin on the cumulative series C_1..C_k (nothing is
 *   achieved before the year starts): slope b = Σ i·C_i / Σ i², projection = b·N. With k = 1 this is
 *   the run rate C_1·N.
 * - last: ordinary least squares on the filled (i, R_i), evaluated at N; one point is carried flat.
 * - average: the same line fills the periods after the last filled one; projection = mean of the
 *   filled values and the filled-in ones.
 * - manual: not projectable. When k = N the projection is the actual aggregate.
 * A projected value below zero becomes zero unless the unit allows negative values. The capaian of the
 * projection is computed against the annual target with the tenant's settings.
 */
import type { Decimal } from 'decimal.js';
import { type AggregationFailure, aggregateRead, type ReadPeriod, readPeriods } from './aggregate.ts';
import { notComputable } from './capaian.messages.ts';
import type {
  CapaianComputed,
  CapaianIndicator,
  CapaianNotComputable,
  CapaianRealisasi,
  CapaianSettings,
  CapaianTarget,
} from './capaian.types.ts';
import { capaianOfAggregated } from './compute-capaian.ts';
import { Dec } from './decimal.ts';
import { DECIMAL_KIT, type EngineNumber, type NumberKit } from './numeric.ts';

/** How a projection was made. */
export type ProjectionMethod = 'actual' | 'cumulative_trend_through_origin' | 'linear_trend_last' | 'linear_trend_average';

/** Options of a projection. */
export interface ProjectionOptions {
  /** Periods in the year: 4 for quarters, 12 for months. */
  readonly periodsPerYear: number;
  /** Warn when the projected capaian (shown value) is below this percentage, e.g. `'85'`. */
  readonly warningThreshold?: string | null;
}

/** A year-end projection with its capaian and whether it calls for an early warning. */
export interface ProjectionComputed {
  readonly state: 'projected';
  readonly method: ProjectionMethod;
  readonly periodsObserved: number;
  readonly periodsPerYear: number;
  readonly projectedRealisasi: string;
  readonly capaian: CapaianComputed;
  readonly warning: boolean;
}

/** The result of `projectYearEnd`. */
export type ProjectionResult = ProjectionComputed | CapaianNotComputable;

/** A filled period: its 1-based position x (also as a number) and its value y. */
type Point<N> = { readonly at: number; readonly x: N; readonly y: N };

/** Ordinary least-squares line y = a + b·x; one point (or equal x) gives a flat line. */
function leastSquares<N extends EngineNumber<N>>(points: readonly Point<N>[], kit: NumberKit<N>): { a: N; b: N } {
  const n = kit.int(points.length);
  const meanX = points.reduce((sum, p) => sum.plus(p.x), kit.zero).div(n);
  const meanY = points.reduce((sum, p) => sum.plus(p.y), kit.zero).div(n);
  const sxx = points.reduce((sum, p) => {
    const dx = p.x.minus(meanX);
    return sum.plus(dx.times(dx));
  }, kit.zero);
  if (sxx.isZero()) return { a: meanY, b: kit.zero };
  const sxy = points.reduce((sum, p) => sum.plus(p.x.minus(meanX).times(p.y.minus(meanY))), kit.zero);
  const b = sxy.div(sxx);
  return { a: meanY.minus(b.times(meanX)), b };
}

/** The filled periods as points (x = 1-based position). */
function filledPoints<N extends EngineNumber<N>>(read: readonly ReadPeriod<N>[], kit: NumberKit<N>): Point<N>[] {
  return read.flatMap((row, index) => (row.value === null ? [] : [{ at: index + 1, x: kit.int(index + 1), y: row.value }]));
}

/** Cumulative: least squares through the origin on the running sums, evaluated at N. */
function projectCumulative<N extends EngineNumber<N>>(
  read: readonly ReadPeriod<N>[],
  periodsPerYear: number,
  kit: NumberKit<N>,
): N {
  let running = kit.zero;
  let sumIC = kit.zero;
  let sumII = kit.zero;
  read.forEach((row, index) => {
    running = running.plus(row.value ?? kit.zero);
    sumIC = sumIC.plus(running.times(kit.int(index + 1)));
    sumII = sumII.plus(kit.int((index + 1) ** 2));
  });
  return sumIC.div(sumII).times(kit.int(periodsPerYear));
}

/** Average: the filled values plus the trend line's values for the periods after the last filled one. */
function projectAverage<N extends EngineNumber<N>>(
  points: readonly Point<N>[],
  periodsPerYear: number,
  floorAtZero: boolean,
  kit: NumberKit<N>,
): N {
  const { a, b } = leastSquares(points, kit);
  const lastX = points[points.length - 1].at;
  let total = points.reduce((sum, p) => sum.plus(p.y), kit.zero);
  for (let x = lastX + 1; x <= periodsPerYear; x++) {
    const value = a.plus(b.times(kit.int(x)));
    total = total.plus(floorAtZero && value.isNegative() ? kit.zero : value);
  }
  return total.div(kit.int(points.length + periodsPerYear - lastX));
}

/** The projected year-end realisasi and its method, or why there is none. */
function projectedValue<N extends EngineNumber<N>>(
  indicator: CapaianIndicator,
  read: readonly ReadPeriod<N>[],
  periodsPerYear: number,
  kit: NumberKit<N>,
): { value: N; method: ProjectionMethod } | AggregationFailure {
  const actual = aggregateRead(indicator.aggregation, read, kit);
  if (!actual.ok) return actual;
  if (read.length === periodsPerYear) return { value: actual.value, method: 'actual' };
  if (indicator.aggregation === 'manual') return { ok: false, reason: 'not_projectable', detail: { aggregation: 'manual' } };
  if (indicator.aggregation === 'cumulative')
    return { value: projectCumulative(read, periodsPerYear, kit), method: 'cumulative_trend_through_origin' };
  const points = filledPoints(read, kit);
  if (indicator.aggregation === 'average')
    return { value: projectAverage(points, periodsPerYear, !indicator.allowNegative, kit), method: 'linear_trend_average' };
  const { a, b } = leastSquares(points, kit);
  return { value: a.plus(b.times(kit.int(periodsPerYear))), method: 'linear_trend_last' };
}

/**
 * Projects the year-end realisasi from the periods observed and computes its capaian against the annual target, in
 * decimal.js or, given its kit, the Exact arithmetic (the dashboards; the same results, projection.test.ts).
 */
export function projectYearEnd<N extends EngineNumber<N> = Decimal>(
  indicator: CapaianIndicator,
  annualTarget: CapaianTarget,
  realisasi: CapaianRealisasi,
  settings: CapaianSettings,
  options: ProjectionOptions,
  kit: NumberKit<N> = DECIMAL_KIT as unknown as NumberKit<N>,
): ProjectionResult {
  const threshold = options.warningThreshold == null ? null : kit.parse(options.warningThreshold);
  const perYear = options.periodsPerYear;
  if (!Number.isInteger(perYear) || perYear < 1) return notComputable('invalid_settings', { field: 'periodsPerYear' });
  if (options.warningThreshold != null && !threshold) return notComputable('invalid_settings', { field: 'warningThreshold' });
  const read = readPeriods(indicator, realisasi, kit);
  if (!Array.isArray(read)) return notComputable((read as AggregationFailure).reason, (read as AggregationFailure).detail);
  if (read.length > perYear) return notComputable('not_projectable', { periodsObserved: String(read.length) });
  const projected = projectedValue(indicator, read, perYear, kit);
  if ('ok' in projected) return notComputable(projected.reason, projected.detail);
  const value = projected.value.isNegative() && !indicator.allowNegative ? kit.zero : projected.value;
  const used = read.map((row) => row.period);
  const capaian = capaianOfAggregated(indicator, annualTarget, value, used, settings, kit);
  if (capaian.state !== 'computed') return capaian;
  return {
    state: 'projected',
    method: projected.method,
    periodsObserved: read.length,
    periodsPerYear: perYear,
    projectedRealisasi: kit.plain(value),
    capaian,
    // The shown value in decimal.js: it may have more whole digits than a realisasi may (parse's limit).
    warning: threshold !== null && new Dec(capaian.value).lt(options.warningThreshold as string),
  };
}
