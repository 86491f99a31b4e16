/** Stored capaian rows: engine results as columns, settings hash on every row, and what a recompute changes. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CapaianSettings } from './capaian/index.ts';
import { ENGINE_VERSION } from './capaian/index.ts';
import { capaianDigest } from './capaian-digest.ts';
import { inputIndicator, numberTarget, SUKAJAYA, verifiedRow } from './capaian-inputs.test-support.ts';
import { assessmentsOf, type IndicatorInputRow, type RealizationInputRow, type TargetInputRow } from './capaian-inputs.ts';
import { type CapaianRowValues, computeYearRows, hashOfSettings, rowOfAssessment } from './capaian-rows.ts';
import { DEFAULT_MEASUREMENT_SETTINGS } from './measurement-settings.ts';

const settings = DEFAULT_MEASUREMENT_SETTINGS.capaian;
describe('computeYearRows', () => {
  it('stores the cumulative quarterly capaian of every quarter and the year (TW II 80 %, year 79.69 %)', () => {
    const rows = computeYearRows(SUKAJAYA, settings);
    expect(rows.map((r) => [r.period, r.value, r.realisasi, r.target_used])).toEqual([
      ['Q1', '80.00', '8', '10'],
      ['Q2', '80.00', '20', '25'],
      ['Q3', '77.78', '35', '45'],
      ['Q4', '79.69', '51', '64'],
      ['Y', '79.69', '51', '64'],
    ]);
    expect(new Set(rows.map((r) => r.band))).toEqual(new Set(['kuning']));
    expect(rows.every((r) => r.engine_version === ENGINE_VERSION && r.settings_hash === hashOfSettings(settings))).toBe(true);
  });

  it('keeps a not-computable row with its reason, detail JSON and the settings hash', () => {
    const ratio: CapaianSettings = { ...settings, minimizeFormula: 'ratio' };
    const input = {
      indicators: [inputIndicator('z', 'yearly', { polarity: 'minimize', aggregation: 'last' })],
      targets: [numberTarget('z', null, '0')],
      verified: [verifiedRow('z', 'Y', '3')],
    };
    const [row] = computeYearRows(input, ratio);
    expect(row).toMatchObject({ period: 'Y', state: 'not_computable', reason: 'target_zero_ratio', value: null });
    expect(row.settings_hash).toBe(hashOfSettings(ratio));
    const gap = computeYearRows({ ...SUKAJAYA, verified: SUKAJAYA.verified.slice(1) }, settings)[0];
    expect(gap).toMatchObject({ period: 'Q1', state: 'not_computable', reason: 'missing_realisasi' });
    expect(JSON.parse(gap.detail as string)).toEqual({ periods: ['Q1'] });
  });

  it('changes only the settings hash of rows a new rounding does not change in value', () => {
    const two = computeYearRows(SUKAJAYA, settings);
    const zero = computeYearRows(SUKAJAYA, { ...settings, roundingDecimals: 0 });
    expect(zero.map((r) => r.value)).toEqual(['80', '80', '78', '80', '80']);
    expect(zero[0].settings_hash).not.toBe(two[0].settings_hash);
  });
});

describe('capaianDigest', () => {
  const [row] = computeYearRows(SUKAJAYA, settings);

  it('changes when any decided column changes, and tells null from an empty text', () => {
    const columns = ['state', 'value', 'raw', 'band', 'formula', 'realisasi', 'target_used', 'reason', 'detail'] as const;
    const digests = new Set([capaianDigest(row)]);
    for (const column of columns) digests.add(capaianDigest({ ...row, [column]: `${row[column] ?? ''}x` }));
    digests.add(capaianDigest({ ...row, engine_version: 'capaian-9' }));
    digests.add(capaianDigest({ ...row, settings_hash: 'other' }));
    digests.add(capaianDigest({ ...row, reason: '' }));
    expect(digests.size).toBe(columns.length + 4);
    expect(capaianDigest({ ...row })).toBe(capaianDigest(row));
  });

  it('gives each row the digest of its own engine version and settings when rows of several alternate', () => {
    const other = { ...row, settings_hash: 'other' };
    const first = [capaianDigest(row), capaianDigest(other)];
    expect([capaianDigest(row), capaianDigest(other), capaianDigest(row)]).toEqual([...first, first[0]]);
    expect(first[0]).not.toBe(first[1]);
    expect(capaianDigest({ ...other, engine_version: 'capaian-9' })).not.toBe(first[1]);
    expect(first[0]).toMatch(/^[0-9a-v]{14}$/);
  });

  it('tells apart text moved between neighbouring columns (the columns are separated)', () => {
    expect(capaianDigest({ ...row, value: '8', raw: '0.00' })).not.toBe(capaianDigest({ ...row, value: '80', raw: '.00' }));
  });
});

describe('computeYearRows against computeCapaian', () => {
  const decimalText = fc.oneof(
    fc.integer({ min: -500, max: 20_000 }).map((n) => (n / 100).toString()),
    fc.constantFrom('0', '', 'abc', '1e3', null),
  );
  const period = fc.constantFrom('M01', 'M02', 'M03', 'M04', 'Q1', 'Q2', 'Q3', 'Q4', 'S1', 'S2', 'Y');
  const realisation = fc.record({
    period,
    value: decimalText,
    numerator: fc.option(decimalText, { nil: null }),
    denominator: fc.option(decimalText, { nil: null }),
    manual_capaian: fc.option(decimalText, { nil: null }),
  });
  const targetRow = fc.record({
    period: fc.option(
      period.filter((p) => p !== 'Y'),
      { nil: null },
    ),
    kind: fc.constantFrom<TargetInputRow['kind']>('number', 'range', 'text'),
    value: decimalText,
    min_value: decimalText,
    max_value: decimalText,
    text: fc.constant('teks'),
  });
  const indicatorRow = fc.record({
    polarity: fc.constantFrom('maximize', 'minimize', 'stabilize', 'range'),
    aggregation: fc.constantFrom('cumulative', 'last', 'average', 'manual'),
    frequency: fc.constantFrom('monthly', 'quarterly', 'semester', 'yearly'),
    allow_negative: fc.constantFrom(0, 1),
  });
  const minimizeFormula = fc.constantFrom<CapaianSettings['minimizeFormula']>('inverse_difference', 'ratio');

  it('gives exactly the rows of computeCapaian per assessment (periods read once is only an optimisation)', () => {
    fc.assert(
      fc.property(
        indicatorRow,
        fc.array(targetRow, { maxLength: 4 }),
        fc.array(realisation, { maxLength: 8 }),
        minimizeFormula,
        (row, t, r, formula) => {
          const indicator: IndicatorInputRow = { id: 'i', ...row };
          const targets = t.map((x) => ({ ...x, indicator_id: 'i' }));
          const unique = [...new Map(r.map((x) => [x.period, { ...x, indicator_id: 'i' } as RealizationInputRow])).values()];
          const chosen = { ...settings, minimizeFormula: formula };
          const hash = hashOfSettings(chosen);
          const reference = assessmentsOf(indicator, targets, unique).map((a) => rowOfAssessment('i', a, chosen, hash));
          expect(computeYearRows({ indicators: [indicator], targets, verified: unique }, chosen)).toEqual(reference);
        },
      ),
      { numRuns: 400 },
    );
  });
});
