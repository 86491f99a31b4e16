/**
 * Aggregation of period realisasi into the value a capaian formula uses (§3.1 "Kumulatif" and
 * "Nilai akhir"): cumulative sums every period up to the one assessed (all must be filled: a missing
 * period is not zero); last takes the latest filled value; average the mean of the filled values;
 * manual takes the assessed period's value as entered (already aggregated by the user).
 */
import type { Decimal } from 'decimal.js';
import type { CapaianIndicator, CapaianRealisasi, NotComputableReason, PeriodRealisasi } from './capaian.types.ts';
import { plainText } from './decimal.ts';
import { DECIMAL_KIT, type EngineNumber, type NumberKit } from './numeric.ts';
import { ratioOf } from './ratio.ts';

/** Why aggregation failed, with the facts a message needs. */
export interface AggregationFailure {
  readonly ok: false;
  readonly reason: NotComputableReason;
  readonly detail?: Readonly<Record<string, string | readonly string[]>>;
}

/** One period's value read: a decimal, or null when nothing was entered. */
export interface ReadPeriod<N = Decimal> {
  readonly period: string;
  readonly value: N | null;
}

/** Aggregated realisasi as a decimal (engine-internal form). */
export type AggregationOutcome<N = Decimal> =
  | { readonly ok: true; readonly value: N; readonly periodsUsed: string[] }
  | AggregationFailure;

/**
 * Reads one period: numerator/denominator when both are given, else the value; checks sign (engine-internal; in
 * decimal.js unless another arithmetic's kit is given).
 */
export function readPeriod<N extends EngineNumber<N> = Decimal>(
  row: PeriodRealisasi,
  indicator: CapaianIndicator,
  kit: NumberKit<N> = DECIMAL_KIT as unknown as NumberKit<N>,
): ReadPeriod<N> | AggregationFailure {
  let value: N | null = null;
  if (row.numerator != null && row.denominator != null) {
    const ratio = ratioOf(row.numerator, row.denominator, indicator.ratioMultiplier ?? '100', kit);
    if (!ratio.ok) return { ok: false, reason: ratio.reason, detail: { period: row.period, field: 'numerator/denominator' } };
    value = ratio.value;
  } else if (row.value != null) {
    value = kit.parse(row.value);
    if (!value) return { ok: false, reason: 'invalid_number', detail: { period: row.period, field: 'realisasi' } };
  }
  if (value?.isNegative() && !value.isZero() && !indicator.allowNegative)
    return { ok: false, reason: 'negative_realisasi', detail: { period: row.period } };
  return { period: row.period, value };
}

/** The periods from the first up to `upTo` (default the last); refuses duplicates and unknown keys. */
function periodsInScope(realisasi: CapaianRealisasi): readonly PeriodRealisasi[] | AggregationFailure {
  const { periods } = realisasi;
  const duplicates = duplicatePeriods(periods);
  if (duplicates) return { ok: false, reason: 'duplicate_period', detail: { periods: duplicates } };
  if (periods.length === 0)
    return { ok: false, reason: 'missing_realisasi', detail: { periods: realisasi.upTo ? [realisasi.upTo] : [] } };
  const upTo = realisasi.upTo ?? null;
  if (upTo === null) return periods;
  const end = periods.findIndex((row) => row.period === upTo);
  if (end === -1) return { ok: false, reason: 'unknown_period', detail: { period: upTo } };
  return end === periods.length - 1 ? periods : periods.slice(0, end + 1);
}

/** The period keys given more than once (each once, in order of their second appearance), or null for none. */
function duplicatePeriods(periods: readonly PeriodRealisasi[]): string[] | null {
  let duplicates: Set<string> | null = null;
  for (let i = 1; i < periods.length; i++)
    for (let j = 0; j < i; j++)
      if (periods[j].period === periods[i].period) {
        duplicates ??= new Set();
        duplicates.add(periods[i].period);
        break;
      }
  return duplicates && [...duplicates];
}

/** Reads every period in scope (chronological); the first invalid one fails the whole read. */
export function readPeriods<N extends EngineNumber<N> = Decimal>(
  indicator: CapaianIndicator,
  realisasi: CapaianRealisasi,
  kit: NumberKit<N> = DECIMAL_KIT as unknown as NumberKit<N>,
): ReadPeriod<N>[] | AggregationFailure {
  const scope = periodsInScope(realisasi);
  if (!Array.isArray(scope)) return scope as AggregationFailure;
  const read: ReadPeriod<N>[] = [];
  for (const row of scope) {
    const one = readPeriod(row, indicator, kit);
    if ('ok' in one) return one;
    read.push(one);
  }
  return read;
}

/** Applies the aggregation to periods already read (in the arithmetic of the kit, decimal.js by default). */
export function aggregateRead<N extends EngineNumber<N> = Decimal>(
  aggregation: CapaianIndicator['aggregation'],
  read: readonly ReadPeriod<N>[],
  kit: NumberKit<N> = DECIMAL_KIT as unknown as NumberKit<N>,
): AggregationOutcome<N> {
  const last = read[read.length - 1];
  if (aggregation === 'manual') {
    if (!last || last.value === null)
      return { ok: false, reason: 'missing_realisasi', detail: { periods: last ? [last.period] : [] } };
    return { ok: true, value: last.value, periodsUsed: [last.period] };
  }
  const sums = aggregation === 'cumulative' || aggregation === 'average';
  let sum = kit.zero;
  let filled = 0;
  let latest: ReadPeriod<N> | null = null;
  for (const row of read)
    if (row.value !== null) {
      filled++;
      latest = row;
      if (sums) sum = sum.plus(row.value);
    }
  if (aggregation === 'cumulative') {
    if (filled < read.length) return { ok: false, reason: 'missing_realisasi', detail: { periods: missingPeriods(read) } };
    return { ok: true, value: sum, periodsUsed: usedPeriods(read) };
  }
  if (latest === null) return { ok: false, reason: 'missing_realisasi', detail: { periods: missingPeriods(read) } };
  if (aggregation === 'last') return { ok: true, value: latest.value as N, periodsUsed: [latest.period] };
  return { ok: true, value: sum.div(kit.int(filled)), periodsUsed: usedPeriods(read) };
}

/** The periods read without a value. */
function missingPeriods<N>(read: readonly ReadPeriod<N>[]): string[] {
  return read.filter((row) => row.value === null).map((row) => row.period);
}

/** The periods read with a value. */
function usedPeriods<N>(read: readonly ReadPeriod<N>[]): string[] {
  return read.filter((row) => row.value !== null).map((row) => row.period);
}

/** Aggregates realisasi per the indicator's aggregation, in the arithmetic of the kit (engine-internal). */
export function aggregateIn<N extends EngineNumber<N>>(
  indicator: CapaianIndicator,
  realisasi: CapaianRealisasi,
  kit: NumberKit<N>,
): AggregationOutcome<N> {
  const read = readPeriods(indicator, realisasi, kit);
  if (!Array.isArray(read)) return read as AggregationFailure;
  return aggregateRead(indicator.aggregation, read, kit);
}

/** Aggregates realisasi over the periods up to `realisasi.upTo`; the value is a canonical decimal string. */
export function aggregateRealisasi(
  indicator: CapaianIndicator,
  realisasi: CapaianRealisasi,
): { readonly ok: true; readonly value: string; readonly periodsUsed: readonly string[] } | AggregationFailure {
  const outcome = aggregateIn(indicator, realisasi, DECIMAL_KIT);
  return outcome.ok ? { ok: true, value: plainText(outcome.value), periodsUsed: outcome.periodsUsed } : outcome;
}
