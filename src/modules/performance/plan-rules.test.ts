import { describe, expect, it } from 'vitest';
import type { TargetInput } from './performance.contract.ts';
import {
  derivationProblem,
  expectedChildKind,
  type NodeShape,
  parentProblem,
  shapeProblems,
  targetProblems,
  wouldCycle,
} from './plan-rules.ts';

const node = (over: Partial<NodeShape>): NodeShape => ({
  periodId: 'p1',
  document: 'rpjmd',
  kind: 'visi',
  unitId: null,
  pokinLevel: null,
  ...over,
});
const PERIOD = { startYear: 2025, endYear: 2029 };

describe('parents', () => {
  it('follows the RPJMD chain visi → misi → tujuan → sasaran', () => {
    expect(parentProblem(node({ kind: 'misi' }), node({ kind: 'visi' }))).toBeNull();
    expect(parentProblem(node({ kind: 'sasaran' }), node({ kind: 'visi' }))).toBe('performance.parentWrongKind');
    expect(parentProblem(node({ kind: 'misi' }), null)).toBe('performance.parentRequired');
    expect(parentProblem(node({ kind: 'visi' }), null)).toBeNull();
  });

  it('refuses a parent of another period, document or OPD', () => {
    expect(parentProblem(node({ kind: 'misi' }), node({ periodId: 'p2' }))).toBe('performance.parentOtherPeriod');
    const renstra = node({ document: 'renstra', kind: 'sasaran', unitId: 'u1' });
    expect(parentProblem(renstra, node({ kind: 'tujuan' }))).toBe('performance.parentOtherDocument');
    expect(parentProblem(renstra, node({ document: 'renstra', kind: 'tujuan', unitId: 'u2' }))).toBe(
      'performance.parentOtherUnit',
    );
  });

  it('steps pokin levels one at a time, crossing from pemda to an OPD', () => {
    const pokin = (pokinLevel: NodeShape['pokinLevel'], unitId: string | null) =>
      node({ document: 'pokin', kind: 'kondisi', pokinLevel, unitId });
    expect(parentProblem(pokin('opd', 'u1'), pokin('pemda', null))).toBeNull();
    expect(parentProblem(pokin('eselon_iii', 'u1'), pokin('opd', 'u1'))).toBeNull();
    expect(parentProblem(pokin('eselon_iv', 'u1'), pokin('opd', 'u1'))).toBe('performance.parentWrongKind');
    expect(parentProblem(pokin('eselon_iii', 'u1'), pokin('opd', 'u2'))).toBe('performance.parentOtherUnit');
  });
});

describe('node shapes and derivation', () => {
  it('asks for a unit below the regency and a year in Renja only', () => {
    expect(shapeProblems({ ...node({ document: 'renstra', kind: 'tujuan' }), year: null }, PERIOD)).toEqual([
      { field: 'unitId', message: 'performance.unitRequired' },
    ]);
    expect(shapeProblems({ ...node({ document: 'renja', kind: 'program', unitId: 'u' }), year: 2031 }, PERIOD)).toEqual([
      { field: 'year', message: 'performance.yearOutsidePeriod' },
    ]);
    expect(shapeProblems({ ...node({ kind: 'kegiatan' }), year: null }, PERIOD)[0]?.message).toBe(
      'performance.kindNotInDocument',
    );
  });

  it('lets a Renstra sasaran derive from an RPJMD sasaran, not from another Renstra node', () => {
    const sasaran = node({ document: 'renstra', kind: 'sasaran', unitId: 'u1' });
    expect(derivationProblem(sasaran, node({ kind: 'sasaran' }))).toBeNull();
    expect(derivationProblem(sasaran, node({ document: 'renstra', kind: 'tujuan', unitId: 'u1' }))).toBe(
      'performance.derivesWrongTarget',
    );
    expect(derivationProblem(node({ kind: 'misi' }), node({ kind: 'visi' }))).toBe('performance.derivesNotAllowed');
  });

  it('expects children of upper levels only', () => {
    expect(expectedChildKind(node({ kind: 'misi' }))).toBe('tujuan');
    expect(expectedChildKind(node({ kind: 'sasaran' }))).toBeNull();
    expect(expectedChildKind(node({ document: 'pokin', kind: 'kondisi', pokinLevel: 'eselon_iv', unitId: 'u' }))).toBeNull();
  });
});

describe('cycles', () => {
  const parents = new Map<string, string | null>([
    ['a', null],
    ['b', 'a'],
    ['c', 'b'],
  ]);
  it('refuses moving a node under itself or its descendant', () => {
    expect(wouldCycle('a', 'c', parents)).toBe(true);
    expect(wouldCycle('a', 'a', parents)).toBe(true);
    expect(wouldCycle('c', 'a', parents)).toBe(false);
    expect(wouldCycle('b', null, parents)).toBe(false);
  });
});

describe('targets', () => {
  const rules = { polarity: 'maximize', frequency: 'quarterly' as const, allowNegative: false };
  const years = { start: 2025, end: 2029 };
  const t = (over: Partial<TargetInput>): TargetInput => ({ year: 2025, kind: 'number', value: '1', ...over });
  it('checks year, period granularity, duplicates, shape against polarity and sign', () => {
    expect(targetProblems([t({}), t({ period: 'Q1' })], rules, years)).toEqual([]);
    const messages = (list: TargetInput[], r = rules) => targetProblems(list, r, years).map((p) => `${p.field} ${p.message}`);
    expect(messages([t({ year: 2030 })])).toEqual(['targets.0.year performance.yearOutsidePeriod']);
    expect(messages([t({ period: 'M01' })])).toEqual(['targets.0.period performance.periodFinerThanFrequency']);
    expect(messages([t({}), t({})])).toEqual(['targets.1.year performance.duplicateTarget']);
    expect(messages([t({ value: '-2' })])).toEqual(['targets.0.value performance.negativeNotAllowed']);
    expect(messages([t({ value: '-2' })], { ...rules, allowNegative: true })).toEqual([]);
    expect(messages([t({ kind: 'range', min: '1', max: '2' })])).toEqual(['targets.0.kind performance.rangeNeedsRangePolarity']);
    expect(messages([t({})], { ...rules, polarity: 'range' })).toEqual(['targets.0.kind performance.rangePolarityNeedsRange']);
  });
});
