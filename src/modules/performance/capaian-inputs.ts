/**
 * From database rows to capaian engine inputs (pure). For one indicator and year it lists what to assess: each
 * reporting period of its frequency (capaian up to that period, against the period's own target or else the yearly
 * one) and `Y`, the whole year (against the yearly target, else the last period's). Only verified realisasi are
 * given here; a period without a verified realisasi is assessed as missing, and an assessment without any target is
 * "missing target" (a store-level reason the engine does not know).
 */
import type { CapaianIndicator, CapaianRealisasi, CapaianTarget, PeriodRealisasi } from './capaian/index.ts';
import { periodsOfFrequency } from './realization-periods.ts';

/** The columns of an indicator the engine needs. */
export interface IndicatorInputRow {
  readonly id: string;
  readonly polarity: string;
  readonly aggregation: string;
  readonly frequency: string;
  readonly allow_negative: number;
}

/** The columns of a target of the year that the engine needs (`period` null = the yearly target). */
export interface TargetFields {
  readonly period: string | null;
  readonly kind: 'number' | 'range' | 'text';
  readonly value: string | null;
  readonly min_value: string | null;
  readonly max_value: string | null;
  readonly text: string | null;
}

/** A target row of the year, with its indicator. */
export interface TargetInputRow extends TargetFields {
  readonly indicator_id: string;
}

/** The columns of a verified realisasi of the year that the engine needs. */
export interface RealizationFields {
  readonly period: string;
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: string | null;
  readonly manual_capaian: string | null;
}

/** A verified realisasi row of the year, with its indicator. */
export interface RealizationInputRow extends RealizationFields {
  readonly indicator_id: string;
}

/** Why an assessment was not handed to the engine. */
export type InputGap =
  | { readonly reason: 'missing_target'; readonly detail: { readonly period: string } }
  | { readonly reason: 'missing_realisasi'; readonly detail: { readonly periods: readonly string[] } };

/** One assessment: engine inputs for a period, or the gap that makes it not computable. */
export type Assessment =
  | {
      readonly period: string;
      readonly indicator: CapaianIndicator;
      readonly target: CapaianTarget;
      readonly realisasi: CapaianRealisasi;
    }
  | { readonly period: string; readonly gap: InputGap };

/** The key of the whole-year assessment. */
export const YEAR_PERIOD = 'Y';

/** The engine's view of an indicator row. */
export function capaianIndicatorOf(row: IndicatorInputRow): CapaianIndicator {
  return {
    polarity: row.polarity as CapaianIndicator['polarity'],
    aggregation: row.aggregation as CapaianIndicator['aggregation'],
    allowNegative: row.allow_negative === 1,
  };
}

/** The engine's view of a target row (missing numbers become '' so the engine reports them as invalid). */
export function capaianTargetOf(row: TargetFields): CapaianTarget {
  if (row.kind === 'range') return { kind: 'range', min: row.min_value ?? '', max: row.max_value ?? '' };
  if (row.kind === 'text') return { kind: 'text', text: row.text ?? undefined };
  return { kind: 'number', value: row.value ?? '' };
}

/** A realisasi row as one engine period (null values for a period without a verified realisasi). */
function periodRealisasiOf(period: string, row: RealizationFields | undefined): PeriodRealisasi {
  if (!row) return { period, value: null };
  return { period, value: row.value, numerator: row.numerator, denominator: row.denominator };
}

/** Targets of one indicator by period key; the yearly target under `null`. */
function targetsByPeriod(targets: readonly TargetFields[]): Map<string | null, TargetFields> {
  return new Map(targets.map((row) => [row.period, row]));
}

/** The engine target of each target row, made once per row (the engine caches its parse per target object). */
type TargetOf = (row: TargetFields) => CapaianTarget;

/** A TargetOf that remembers the targets it made. */
function targetMaker(): TargetOf {
  const made = new Map<TargetFields, CapaianTarget>();
  return (row) => {
    let target = made.get(row);
    if (!target) {
      target = capaianTargetOf(row);
      made.set(row, target);
    }
    return target;
  };
}

/** The assessment of `period` (the i-th reporting period, or `Y` over all of them). */
function assessOne(
  period: string,
  scope: readonly PeriodRealisasi[],
  last: RealizationFields | undefined,
  target: TargetFields | undefined,
  indicator: CapaianIndicator,
  targetOf: TargetOf,
): Assessment {
  if (!target) return { period, gap: { reason: 'missing_target', detail: { period } } };
  const lastKey = scope[scope.length - 1].period;
  if (!last) return { period, gap: { reason: 'missing_realisasi', detail: { periods: [lastKey] } } };
  return {
    period,
    indicator,
    target: targetOf(target),
    realisasi: { periods: scope, manualCapaian: last.manual_capaian },
  };
}

/**
 * What to assess for one indicator in a year, in chronological order, `Y` last. Empty when the indicator has neither
 * a target nor a verified realisasi in the year (nothing to say about it).
 */
export function assessmentsOf(
  row: IndicatorInputRow,
  targets: readonly TargetFields[],
  verified: readonly RealizationFields[],
): Assessment[] {
  if (targets.length === 0 && verified.length === 0) return [];
  const indicator = capaianIndicatorOf(row);
  const byPeriod = targetsByPeriod(targets);
  const realised = new Map(verified.map((r) => [r.period, r]));
  const keys = periodsOfFrequency(row.frequency);
  const periods = keys.map((key) => periodRealisasiOf(key, realised.get(key)));
  const lastKey = keys[keys.length - 1];
  const assessments: Assessment[] = [];
  const targetOf = targetMaker();
  if (lastKey !== YEAR_PERIOD)
    keys.forEach((key, i) => {
      const target = byPeriod.get(key) ?? byPeriod.get(null);
      assessments.push(assessOne(key, periods.slice(0, i + 1), realised.get(key), target, indicator, targetOf));
    });
  const yearTarget = byPeriod.get(null) ?? byPeriod.get(lastKey);
  assessments.push(assessOne(YEAR_PERIOD, periods, realised.get(lastKey), yearTarget, indicator, targetOf));
  return assessments;
}

/** Groups rows by indicator id (one pass; keeps each group's order). */
export function groupByIndicator<T extends { readonly indicator_id: string }>(rows: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(row.indicator_id);
    if (group) group.push(row);
    else groups.set(row.indicator_id, [row]);
  }
  return groups;
}
