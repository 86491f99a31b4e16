/**
 * Aggregation over growing prefixes of an indicator's periods (pure). A year's assessments of one indicator are the
 * periods up to M01, M02, … and the whole year, so each scope is a prefix of the same list. The engine's
 * aggregateRead re-reads and re-adds every period of each scope (78 additions for a monthly cumulative indicator);
 * here each period is read once and the sums run along, in the same order from the same zero, so every outcome is
 * the engine's, operation for operation (capaian-rows.test.ts checks it against computeCapaian).
 */
import { type AggregationFailure, type AggregationOutcome, type ReadPeriod, readPeriod } from './capaian/aggregate.ts';
import type { CapaianIndicator, PeriodRealisasi } from './capaian/index.ts';
import type { EngineNumber, NumberKit } from './capaian/numeric.ts';

/** The running state after the first k periods. */
interface PrefixState<N> {
  readonly failure: AggregationFailure | null;
  readonly last: ReadPeriod<N>;
  readonly missing: number;
  readonly filled: number;
  readonly latestFilled: ReadPeriod<N> | null;
  readonly sum: N;
}

/** Aggregations of every prefix of one indicator's periods, in the arithmetic of the kit. */
export class PrefixAggregation<N extends EngineNumber<N>> {
  private readonly states: PrefixState<N>[] = [];
  private readonly missingPeriods: string[] = [];
  private readonly filledPeriods: string[] = [];
  private readonly outcomes = new Map<number, AggregationOutcome<N>>();

  /** Reads `periods` (all of the indicator's periods of the year, chronological) once. */
  constructor(
    private readonly indicator: CapaianIndicator,
    periods: readonly PeriodRealisasi[],
    private readonly kit: NumberKit<N>,
  ) {
    const sums = indicator.aggregation === 'cumulative' || indicator.aggregation === 'average';
    let failure: AggregationFailure | null = null;
    let latestFilled: ReadPeriod<N> | null = null;
    let sum: N = kit.zero;
    for (const period of periods) {
      const read: ReadPeriod<N> | AggregationFailure | null = failure ? null : readPeriod(period, indicator, kit);
      let last: ReadPeriod<N> = { period: period.period, value: null };
      if (read && 'ok' in read) failure = read;
      else if (read) last = read;
      if (last.value === null) this.missingPeriods.push(last.period);
      else {
        this.filledPeriods.push(last.period);
        latestFilled = last;
        if (sums) sum = sum.plus(last.value);
      }
      const missing = this.missingPeriods.length;
      this.states.push({ failure, last, missing, filled: this.filledPeriods.length, latestFilled, sum });
    }
  }

  /** The aggregation of the first `length` periods, as aggregateRead gives it (computed once per length). */
  outcome(length: number): AggregationOutcome<N> {
    let outcome = this.outcomes.get(length);
    if (!outcome) {
      outcome = this.compute(this.states[length - 1]);
      this.outcomes.set(length, outcome);
    }
    return outcome;
  }

  /** The periods missing in a state (for the reason's detail). */
  private missingOf(state: PrefixState<N>): string[] {
    return this.missingPeriods.slice(0, state.missing);
  }

  /** The filled periods of a state (the periods used). */
  private usedOf(state: PrefixState<N>): string[] {
    return this.filledPeriods.slice(0, state.filled);
  }

  /** aggregateRead's rules on a running state. */
  private compute(state: PrefixState<N>): AggregationOutcome<N> {
    if (state.failure) return state.failure;
    const aggregation = this.indicator.aggregation;
    if (aggregation === 'cumulative') {
      if (state.missing > 0) return { ok: false, reason: 'missing_realisasi', detail: { periods: this.missingOf(state) } };
      return { ok: true, value: state.sum, periodsUsed: this.usedOf(state) };
    }
    if (aggregation === 'manual') {
      if (state.last.value === null) return { ok: false, reason: 'missing_realisasi', detail: { periods: [state.last.period] } };
      return { ok: true, value: state.last.value, periodsUsed: [state.last.period] };
    }
    if (state.latestFilled === null)
      return { ok: false, reason: 'missing_realisasi', detail: { periods: this.missingOf(state) } };
    if (aggregation === 'last')
      return { ok: true, value: state.latestFilled.value as N, periodsUsed: [state.latestFilled.period] };
    return { ok: true, value: state.sum.div(this.kit.int(state.filled)), periodsUsed: this.usedOf(state) };
  }
}
