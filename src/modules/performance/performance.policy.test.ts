import { describe, expect, it } from 'vitest';
import {
  type Decision,
  mayDecideLink,
  mayDeleteNode,
  mayEditNode,
  mayManageRegencyPlan,
  mayProposeLink,
  type Planner,
  pickPlanningUnit,
} from './performance.policy.ts';

const DINKES = 'u-dinkes';
const KOMINFO = 'u-kominfo';
const planner = (over: Partial<Planner> = {}): Planner => ({
  managesPlans: true,
  isAdmin: false,
  inPlanningUnit: false,
  opdIds: [DINKES],
  ...over,
});
const outcome = (d: Decision) => (d.allowed ? 'allow' : `${d.kind}:${d.reason}`);

describe('who edits which node', () => {
  const cases: [string, Planner, string | null, string][] = [
    ['Bappeda planner, RPJMD', planner({ inPlanningUnit: true, opdIds: ['u-bappeda'] }), null, 'allow'],
    ['admin who plans, RPJMD', planner({ isAdmin: true, opdIds: [] }), null, 'allow'],
    ['OPD planner, RPJMD', planner(), null, 'forbidden:performance.notPlanningUnit'],
    [
      'Bappeda member without manage, RPJMD',
      planner({ managesPlans: false, inPlanningUnit: true }),
      null,
      'forbidden:performance.notPlanningUnit',
    ],
    [
      'admin without manage, RPJMD',
      planner({ managesPlans: false, isAdmin: true }),
      null,
      'forbidden:performance.notPlanningUnit',
    ],
    ['OPD planner, own Renstra', planner(), DINKES, 'allow'],
    ['OPD planner, other OPD', planner(), KOMINFO, 'forbidden:performance.notPlanner'],
    ['Bappeda planner, any OPD', planner({ inPlanningUnit: true, opdIds: ['u-bappeda'] }), KOMINFO, 'allow'],
    ['pegawai of the OPD without manage', planner({ managesPlans: false }), DINKES, 'forbidden:performance.notPlanner'],
  ];
  it.each(cases)('%s', (_, who, unitId, expected) => {
    expect(outcome(mayEditNode(who, unitId))).toBe(expected);
  });

  it('keeps periods to the coordinator', () => {
    expect(outcome(mayManageRegencyPlan(planner()))).toBe('forbidden:performance.notPlanningUnit');
    expect(outcome(mayManageRegencyPlan(planner({ inPlanningUnit: true })))).toBe('allow');
  });
});

describe('crosscutting', () => {
  it('is proposed by editors of the source node', () => {
    expect(outcome(mayProposeLink(planner(), DINKES))).toBe('allow');
    expect(outcome(mayProposeLink(planner(), KOMINFO))).toBe('forbidden:performance.notPlanner');
  });

  it('is decided by the target OPD’s planners only, and only once', () => {
    expect(outcome(mayDecideLink(planner(), DINKES, 'proposed'))).toBe('allow');
    expect(outcome(mayDecideLink(planner(), KOMINFO, 'proposed'))).toBe('forbidden:performance.notTargetPlanner');
    expect(outcome(mayDecideLink(planner({ inPlanningUnit: true, opdIds: [] }), DINKES, 'proposed'))).toBe(
      'forbidden:performance.notTargetPlanner',
    );
    expect(outcome(mayDecideLink(planner(), DINKES, 'accepted'))).toBe('conflict:performance.linkDecided');
    expect(outcome(mayDecideLink(planner(), DINKES, 'rejected'))).toBe('conflict:performance.linkDecided');
  });
});

describe('deleting a node', () => {
  it('needs no children, no indicators and no references', () => {
    expect(outcome(mayDeleteNode({ children: 0, indicators: 0, references: 0 }))).toBe('allow');
    expect(outcome(mayDeleteNode({ children: 1, indicators: 0, references: 0 }))).toBe('conflict:performance.hasChildren');
    expect(outcome(mayDeleteNode({ children: 0, indicators: 2, references: 0 }))).toBe('conflict:performance.hasIndicators');
    expect(outcome(mayDeleteNode({ children: 0, indicators: 0, references: 1 }))).toBe('conflict:performance.isReferenced');
  });
});

describe('the planning unit', () => {
  const opds = [
    { id: 'a', code: 'DINKES', name: 'Dinas Kesehatan' },
    { id: 'b', code: 'BRIDA', name: 'Badan Perencanaan, Riset dan Inovasi Daerah' },
    { id: 'c', code: 'BAPPEDA-LITBANG', name: 'Badan Penelitian' },
  ];
  it('prefers a configured code, then BAPPEDA in the code, then Perencanaan in the name', () => {
    expect(pickPlanningUnit(opds, 'DINKES')).toBe('a');
    expect(pickPlanningUnit(opds)).toBe('c');
    expect(pickPlanningUnit(opds.slice(0, 2))).toBe('b');
    expect(pickPlanningUnit(opds.slice(0, 1))).toBeNull();
  });
});
