/** From database rows to engine inputs: which target and which realisasi each period's assessment gets. */
import { describe, expect, it } from 'vitest';
import { inputIndicator, numberTarget, verifiedRow } from './capaian-inputs.test-support.ts';
import {
  type Assessment,
  assessmentsOf,
  capaianIndicatorOf,
  capaianTargetOf,
  groupByIndicator,
  type IndicatorInputRow,
  type RealizationInputRow,
  type TargetInputRow,
} from './capaian-inputs.ts';

const indicator = (frequency: string, extra: Partial<IndicatorInputRow> = {}) => inputIndicator('ind', frequency, extra);
const target = (period: string | null, value: string) => numberTarget('ind', period, value);
const real = (period: string, value: string | null, extra: Partial<RealizationInputRow> = {}) =>
  verifiedRow('ind', period, value, extra);

/** The target value and the period keys each assessment hands the engine (or its gap). */
function shape(assessments: Assessment[]) {
  return assessments.map((a) =>
    'gap' in a
      ? { period: a.period, gap: a.gap }
      : { period: a.period, target: a.target, periods: a.realisasi.periods.map((p) => `${p.period}=${p.value}`) },
  );
}

describe('assessmentsOf', () => {
  it('uses each quarter’s own target, the periods up to it, and the yearly target for Y (Sukajaya, §3.1)', () => {
    const targets = [target(null, '64'), target('Q1', '10'), target('Q2', '25'), target('Q3', '45'), target('Q4', '64')];
    const out = shape(assessmentsOf(indicator('quarterly'), targets, [real('Q1', '8'), real('Q2', '12')]));
    expect(out).toEqual([
      { period: 'Q1', target: { kind: 'number', value: '10' }, periods: ['Q1=8'] },
      { period: 'Q2', target: { kind: 'number', value: '25' }, periods: ['Q1=8', 'Q2=12'] },
      { period: 'Q3', gap: { reason: 'missing_realisasi', detail: { periods: ['Q3'] } } },
      { period: 'Q4', gap: { reason: 'missing_realisasi', detail: { periods: ['Q4'] } } },
      { period: 'Y', gap: { reason: 'missing_realisasi', detail: { periods: ['Q4'] } } },
    ]);
  });

  it('falls back to the yearly target for a period without its own, and gives an earlier gap to the engine', () => {
    const out = shape(assessmentsOf(indicator('semester'), [target(null, '50')], [real('S2', '30')]));
    expect(out).toEqual([
      { period: 'S1', gap: { reason: 'missing_realisasi', detail: { periods: ['S1'] } } },
      { period: 'S2', target: { kind: 'number', value: '50' }, periods: ['S1=null', 'S2=30'] },
      { period: 'Y', target: { kind: 'number', value: '50' }, periods: ['S1=null', 'S2=30'] },
    ]);
  });

  it('assesses a yearly indicator once, as Y', () => {
    const out = shape(assessmentsOf(indicator('yearly'), [target(null, '80')], [real('Y', '82.5')]));
    expect(out).toEqual([{ period: 'Y', target: { kind: 'number', value: '80' }, periods: ['Y=82.5'] }]);
  });

  it('takes the last period’s target for Y when the year has no yearly target', () => {
    const targets = [target('S1', '20'), target('S2', '45')];
    const [, , year] = shape(assessmentsOf(indicator('semester'), targets, [real('S1', '1'), real('S2', '2')]));
    expect(year).toMatchObject({ period: 'Y', target: { kind: 'number', value: '45' } });
  });

  it('says "missing target" when neither the period nor the year has a target', () => {
    const out = shape(assessmentsOf(indicator('semester'), [target('S1', '20')], [real('S1', '5'), real('S2', '6')]));
    expect(out.map((a) => a.gap?.reason ?? 'engine')).toEqual(['engine', 'missing_target', 'missing_target']);
    expect(out[1]).toEqual({ period: 'S2', gap: { reason: 'missing_target', detail: { period: 'S2' } } });
  });

  it('has nothing to assess without targets and without verified realisasi', () => {
    expect(assessmentsOf(indicator('monthly'), [], [])).toEqual([]);
  });

  it('passes the period’s manual capaian and numerator/denominator through', () => {
    const text: TargetInputRow = { ...target(null, '0'), kind: 'text', value: null, text: 'Tersedia' };
    const rows = [real('Y', null, { manual_capaian: '95', numerator: '3', denominator: '4' })];
    const [only] = assessmentsOf(indicator('yearly'), [text], rows);
    expect(only).toMatchObject({
      target: { kind: 'text', text: 'Tersedia' },
      realisasi: { manualCapaian: '95', periods: [{ period: 'Y', value: null, numerator: '3', denominator: '4' }] },
    });
  });
});

describe('row conversions', () => {
  it('reads polarity, aggregation and the negative flag', () => {
    expect(capaianIndicatorOf(indicator('yearly', { polarity: 'minimize', aggregation: 'last', allow_negative: 1 }))).toEqual({
      polarity: 'minimize',
      aggregation: 'last',
      allowNegative: true,
    });
    expect(capaianIndicatorOf(indicator('yearly')).allowNegative).toBe(false);
  });

  it('turns number, range and text rows into engine targets; a missing number stays visible as invalid', () => {
    expect(capaianTargetOf({ ...target(null, '7'), kind: 'range', value: null, min_value: '7', max_value: '8' })).toEqual({
      kind: 'range',
      min: '7',
      max: '8',
    });
    expect(capaianTargetOf({ ...target(null, '1'), value: null })).toEqual({ kind: 'number', value: '' });
    expect(capaianTargetOf({ ...target(null, '1'), kind: 'text', text: null })).toEqual({ kind: 'text', text: undefined });
  });

  it('groups rows by indicator keeping their order', () => {
    const rows = [
      { indicator_id: 'a', n: 1 },
      { indicator_id: 'b', n: 2 },
      { indicator_id: 'a', n: 3 },
    ];
    expect([...groupByIndicator(rows)].map(([id, group]) => [id, group.map((r) => r.n)])).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});
