/**
 * Capaian results as stored rows (pure): runs the engine over the assessments of capaian-inputs.ts and turns each
 * result into the columns of `capaian_results`, one indicator at a time (capaian-changes.ts compares them with the
 * stored rows).
 */
import { capaianOfAggregated } from './capaian/compute-capaian.ts';
import type { Exact } from './capaian/exact.ts';
import type { CapaianResult, CapaianSettings, PeriodRealisasi } from './capaian/index.ts';
import { computeCapaian, ENGINE_VERSION, settingsHash, settingsSnapshot, validateSettings } from './capaian/index.ts';
import { EXACT_KIT } from './capaian/numeric.ts';
import {
  type Assessment,
  assessmentsOf,
  capaianIndicatorOf,
  groupByIndicator,
  type IndicatorInputRow,
  type RealizationFields,
  type RealizationInputRow,
  type TargetFields,
  type TargetInputRow,
} from './capaian-inputs.ts';
import { PrefixAggregation } from './capaian-prefix.ts';

/** The columns of one stored capaian that a recompute decides (ids, tenant, year and time are the store's). */
export interface CapaianRowValues {
  readonly indicator_id: string;
  readonly period: string;
  readonly state: 'computed' | 'not_computable';
  readonly value: string | null;
  readonly raw: string | null;
  readonly band: string | null;
  readonly formula: string | null;
  readonly realisasi: string | null;
  readonly target_used: string | null;
  readonly reason: string | null;
  readonly detail: string | null;
  readonly engine_version: string;
  readonly settings_hash: string | null;
}

/** Where a row is stored within a year. */
export interface RowKey {
  readonly indicator_id: string;
  readonly period: string;
}

/** Everything of one year that a recompute reads, as rows. */
export interface YearInputs {
  readonly indicators: readonly IndicatorInputRow[];
  readonly targets: readonly TargetInputRow[];
  readonly verified: readonly RealizationInputRow[];
}

/** The same, with targets and verified realisasi already grouped by indicator id (as the store reads them). */
export interface GroupedYearInputs {
  readonly indicators: readonly IndicatorInputRow[];
  readonly targets: ReadonlyMap<string, readonly TargetFields[]>;
  readonly verified: ReadonlyMap<string, readonly RealizationFields[]>;
}

/** The stored columns of an engine result. */
function rowOfResult(indicatorId: string, period: string, result: CapaianResult, hash: string): CapaianRowValues {
  if (result.state === 'not_computable') return notComputableRow(indicatorId, period, result.reason, result.detail ?? null, hash);
  return {
    indicator_id: indicatorId,
    period,
    state: 'computed',
    value: result.value,
    raw: result.raw,
    band: result.band,
    formula: result.formula,
    realisasi: result.realisasi,
    target_used: result.targetUsed,
    reason: null,
    detail: null,
    engine_version: result.engineVersion,
    settings_hash: result.settingsHash,
  };
}

/** A not-computable row with its reason and detail (JSON). */
function notComputableRow(
  indicatorId: string,
  period: string,
  reason: string,
  detail: object | null,
  hash: string,
): CapaianRowValues {
  return {
    indicator_id: indicatorId,
    period,
    state: 'not_computable',
    value: null,
    raw: null,
    band: null,
    formula: null,
    realisasi: null,
    target_used: null,
    reason,
    detail: detail ? JSON.stringify(detail) : null,
    engine_version: ENGINE_VERSION,
    settings_hash: hash,
  };
}

/** The row of one assessment through computeCapaian (the reference path; hash given so it is computed once). */
export function rowOfAssessment(
  indicatorId: string,
  assessment: Assessment,
  settings: CapaianSettings,
  hash: string,
): CapaianRowValues {
  if ('gap' in assessment)
    return notComputableRow(indicatorId, assessment.period, assessment.gap.reason, assessment.gap.detail, hash);
  const result = computeCapaian(assessment.indicator, assessment.target, assessment.realisasi, settings);
  return rowOfResult(indicatorId, assessment.period, result, hash);
}

/** The hash recorded with every row computed under these settings. */
export function hashOfSettings(settings: CapaianSettings): string {
  return settingsHash(settingsSnapshot(settings));
}

/**
 * The row of an assessment with its indicator's prefix aggregation (each period read once, sums running along), in
 * the Exact arithmetic: the same engine steps as computeCapaian (read → aggregate → formula) with the same rounding,
 * so the same result (capaian-rows.test.ts checks it against computeCapaian, exact.test.ts each operation).
 */
function fastRowOfAssessment(
  indicatorId: string,
  assessment: Assessment,
  settings: CapaianSettings,
  hash: string,
  prefix: PrefixAggregation<Exact>,
): CapaianRowValues {
  if ('gap' in assessment || assessment.target.kind === 'text') return rowOfAssessment(indicatorId, assessment, settings, hash);
  const aggregated = prefix.outcome(assessment.realisasi.periods.length);
  if (!aggregated.ok) return notComputableRow(indicatorId, assessment.period, aggregated.reason, aggregated.detail ?? null, hash);
  const { indicator, target } = assessment;
  const result = capaianOfAggregated(indicator, target, aggregated.value, aggregated.periodsUsed, settings, EXACT_KIT);
  return rowOfResult(indicatorId, assessment.period, result, hash);
}

/** The periods of the longest assessed scope (every scope is a prefix of the indicator's periods of the year). */
function longestScope(assessments: readonly Assessment[]): readonly PeriodRealisasi[] {
  let longest: readonly PeriodRealisasi[] = [];
  for (const a of assessments) if (!('gap' in a) && a.realisasi.periods.length > longest.length) longest = a.realisasi.periods;
  return longest;
}

/** Every row of a year: for each indicator, its assessments computed with the tenant's settings. */
export function computeYearRows(inputs: YearInputs, settings: CapaianSettings): CapaianRowValues[] {
  const grouped = { ...inputs, targets: groupByIndicator(inputs.targets), verified: groupByIndicator(inputs.verified) };
  return computeGroupedYearRows(grouped, settings);
}

/** computeYearRows on inputs already grouped by indicator. */
export function computeGroupedYearRows(inputs: GroupedYearInputs, settings: CapaianSettings): CapaianRowValues[] {
  const rows: CapaianRowValues[] = [];
  forEachIndicatorRows(inputs, settings, (_, indicatorRows) => {
    for (const row of indicatorRows) rows.push(row);
  });
  return rows;
}

/** What every indicator of one year's computation shares: its inputs, settings and their hash. */
interface YearRun {
  readonly inputs: GroupedYearInputs;
  readonly settings: CapaianSettings;
  readonly hash: string;
  /** False when the settings are invalid: every row then goes through the reference path, which says so. */
  readonly fast: boolean;
}

/**
 * Computes a year indicator by indicator and hands each indicator's rows to `visit`, keeping none: a recompute
 * compares them with the stored digests at once, so the rows that did not change die young (keeping all 26,000 of a
 * regency until the comparison made every scavenge copy and promote them: 110–220 against 65–80 ms here).
 */
export function forEachIndicatorRows(
  inputs: GroupedYearInputs,
  settings: CapaianSettings,
  visit: (indicatorId: string, rows: CapaianRowValues[]) => void,
): void {
  // Invalid settings make every result `invalid_settings`; the reference path says so first, as the engine does.
  const run: YearRun = { inputs, settings, hash: hashOfSettings(settings), fast: validateSettings(settings).length === 0 };
  for (const indicator of inputs.indicators) visit(indicator.id, rowsOfIndicator(indicator, run));
}

/** The rows of one indicator's assessments (an assessment with the same inputs as the one before reuses its row). */
function rowsOfIndicator(indicator: IndicatorInputRow, run: YearRun): CapaianRowValues[] {
  const { inputs, settings, hash } = run;
  const assessments = assessmentsOf(indicator, inputs.targets.get(indicator.id) ?? [], inputs.verified.get(indicator.id) ?? []);
  const prefix = run.fast ? new PrefixAggregation(capaianIndicatorOf(indicator), longestScope(assessments), EXACT_KIT) : null;
  const rows: CapaianRowValues[] = [];
  let previous: { assessment: Assessment; row: CapaianRowValues } | null = null;
  for (const assessment of assessments) {
    const row: CapaianRowValues =
      previous && prefix && sameInputs(previous.assessment, assessment)
        ? { ...previous.row, period: assessment.period }
        : prefix
          ? fastRowOfAssessment(indicator.id, assessment, settings, hash, prefix)
          : rowOfAssessment(indicator.id, assessment, settings, hash);
    rows.push(row);
    previous = { assessment, row };
  }
  return rows;
}

/**
 * True when two assessments of one indicator give the same result: the same target object over the same scope
 * (typically the last period and `Y` against the yearly target).
 */
function sameInputs(a: Assessment, b: Assessment): boolean {
  if ('gap' in a || 'gap' in b) return false;
  return (
    a.target === b.target &&
    a.realisasi.periods.length === b.realisasi.periods.length &&
    a.realisasi.manualCapaian === b.realisasi.manualCapaian
  );
}
