/** Engine input rows for the capaian tests, and Sukajaya's quarterly KK indicator (domain notes §3.1). */
import type { IndicatorInputRow, RealizationInputRow, TargetInputRow } from './capaian-inputs.ts';
import type { YearInputs } from './capaian-rows.ts';

/** A maximize, cumulative indicator row of a frequency. */
export const inputIndicator = (id: string, frequency: string, extra: Partial<IndicatorInputRow> = {}): IndicatorInputRow => ({
  id,
  polarity: 'maximize',
  aggregation: 'cumulative',
  frequency,
  allow_negative: 0,
  ...extra,
});

/** A number target row (`period` null: the yearly target). */
export const numberTarget = (indicatorId: string, period: string | null, value: string): TargetInputRow => ({
  indicator_id: indicatorId,
  period,
  kind: 'number',
  value,
  min_value: null,
  max_value: null,
  text: null,
});

/** A verified realisasi row with a plain value. */
export const verifiedRow = (
  indicatorId: string,
  period: string,
  value: string | null,
  extra: Partial<RealizationInputRow> = {},
): RealizationInputRow => ({
  indicator_id: indicatorId,
  period,
  value,
  numerator: null,
  denominator: null,
  manual_capaian: null,
  ...extra,
});

/** Sukajaya (§3.1): cumulative quarterly targets 10/25/45/64, KK lifted per quarter 8/12/15/16. */
export const SUKAJAYA: YearInputs = {
  indicators: [inputIndicator('kk', 'quarterly')],
  targets: [numberTarget('kk', null, '64'), ...['10', '25', '45', '64'].map((v, i) => numberTarget('kk', `Q${i + 1}`, v))],
  verified: ['8', '12', '15', '16'].map((v, i) => verifiedRow('kk', `Q${i + 1}`, v)),
};
