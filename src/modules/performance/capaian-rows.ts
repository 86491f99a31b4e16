/**
 * Capaian results as stored rows (pure): runs the engine over the assessments of capaian-inputs.ts and turns each
 * result into the columns of `capaian_results`, and tells which stored rows a recompute changes.
 */
import { newId } from '../../shared/ids.ts';
import { type AggregationFailure, aggregateRead, type ReadPeriod, readPeriods } from './capaian/aggregate.ts';
import { capaianOfAggregated } from './capaian/compute-capaian.ts';
import type { CapaianIndicator, CapaianResult, CapaianSettings, PeriodRealisasi } from './capaian/index.ts';
import { computeCapaian, ENGINE_VERSION, settingsHash, settingsSnapshot, validateSettings } from './capaian/index.ts';
import {
  type Assessment,
  assessmentsOf,
  groupByIndicator,
  type IndicatorInputRow,
  type RealizationInputRow,
  type TargetInputRow,
} from './capaian-inputs.ts';

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

/** A stored row as read back for comparison. */
export type StoredRow = CapaianRowValues & { readonly id: string };

/** Everything of one year that a recompute reads. */
export interface YearInputs {
  readonly indicators: readonly IndicatorInputRow[];
  readonly targets: readonly TargetInputRow[];
  readonly verified: readonly RealizationInputRow[];
}

const COMPARED = [
  'state',
  'value',
  'raw',
  'band',
  'formula',
  'realisasi',
  'target_used',
  'reason',
  'detail',
  'engine_version',
  'settings_hash',
] as const satisfies readonly (keyof CapaianRowValues)[];

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

/** A period read once per indicator (cached across its assessments): the parsed value or why it cannot be read. */
type PeriodCache = Map<string, ReadPeriod | AggregationFailure>;

/** Reads the periods of an assessment through the cache; the first unreadable one fails, as in the engine. */
function readScope(
  indicator: CapaianIndicator,
  periods: readonly PeriodRealisasi[],
  cache: PeriodCache,
): ReadPeriod[] | AggregationFailure {
  const read: ReadPeriod[] = [];
  for (const period of periods) {
    let one = cache.get(period.period);
    if (!one) {
      const outcome = readPeriods(indicator, { periods: [period] });
      one = Array.isArray(outcome) ? outcome[0] : (outcome as AggregationFailure);
      cache.set(period.period, one);
    }
    if ('ok' in one) return one;
    read.push(one);
  }
  return read;
}

/**
 * The row of an assessment, reading each period once per indicator instead of once per assessment: the same
 * engine steps as computeCapaian (read → aggregate → formula), so the same result (capaian-rows.test.ts checks it).
 */
function fastRowOfAssessment(
  indicatorId: string,
  assessment: Assessment,
  settings: CapaianSettings,
  hash: string,
  cache: PeriodCache,
): CapaianRowValues {
  if ('gap' in assessment || assessment.target.kind === 'text') return rowOfAssessment(indicatorId, assessment, settings, hash);
  const read = readScope(assessment.indicator, assessment.realisasi.periods, cache);
  if (!Array.isArray(read)) return notComputableRow(indicatorId, assessment.period, read.reason, read.detail ?? null, hash);
  const aggregated = aggregateRead(assessment.indicator.aggregation, read);
  if (!aggregated.ok) return notComputableRow(indicatorId, assessment.period, aggregated.reason, aggregated.detail ?? null, hash);
  const result = capaianOfAggregated(assessment.indicator, assessment.target, aggregated.value, aggregated.periodsUsed, settings);
  return rowOfResult(indicatorId, assessment.period, result, hash);
}

/** Every row of a year: for each indicator, its assessments computed with the tenant's settings. */
export function computeYearRows(inputs: YearInputs, settings: CapaianSettings): CapaianRowValues[] {
  const hash = hashOfSettings(settings);
  // Invalid settings make every result `invalid_settings`; the reference path says so first, as the engine does.
  const fast = validateSettings(settings).length === 0;
  const targets = groupByIndicator(inputs.targets);
  const verified = groupByIndicator(inputs.verified);
  const rows: CapaianRowValues[] = [];
  for (const indicator of inputs.indicators) {
    const assessments = assessmentsOf(indicator, targets.get(indicator.id) ?? [], verified.get(indicator.id) ?? []);
    const cache: PeriodCache = new Map();
    for (const assessment of assessments)
      rows.push(
        fast
          ? fastRowOfAssessment(indicator.id, assessment, settings, hash, cache)
          : rowOfAssessment(indicator.id, assessment, settings, hash),
      );
  }
  return rows;
}

/** True when a stored row already holds exactly these values (so a recompute leaves it alone). */
export function sameRow(stored: CapaianRowValues, next: CapaianRowValues): boolean {
  return COMPARED.every((column) => stored[column] === next[column]);
}

/** The key of a row within a year. */
export function rowKey(row: { readonly indicator_id: string; readonly period: string }): string {
  return `${row.indicator_id}|${row.period}`;
}

/** What changes between the stored rows and the recomputed ones. */
export interface RowChanges {
  /** Rows to write: the id is the stored row's (an update) or a new one (an insert). */
  readonly upserts: readonly { readonly row: CapaianRowValues; readonly id: string; readonly isNew: boolean }[];
  readonly deletes: readonly string[];
  readonly unchanged: number;
}

/** Compares recomputed rows with stored ones: rows to insert or update, ids to delete. */
export function diffRows(existing: readonly StoredRow[], next: readonly CapaianRowValues[]): RowChanges {
  const stored = new Map(existing.map((row) => [rowKey(row), row]));
  const upserts: { row: CapaianRowValues; id: string; isNew: boolean }[] = [];
  let unchanged = 0;
  for (const row of next) {
    const key = rowKey(row);
    const old = stored.get(key);
    stored.delete(key);
    if (old && sameRow(old, row)) unchanged++;
    else upserts.push({ row, id: old?.id ?? newId(), isNew: !old });
  }
  return { upserts, deletes: [...stored.values()].map((row) => row.id), unchanged };
}
