import { describe, expect, it } from 'vitest';
import type { Planner } from '../performance/index.ts';
import { type Decision, mayChangeContent, mayExportAll, mayFinalise, mayPrepareReport } from './lkjip.policy.ts';

const OPD = 'opd-1';
const planner = (over: Partial<Planner> = {}): Planner => ({
  managesPlans: true,
  isAdmin: false,
  inPlanningUnit: false,
  opdIds: [OPD],
  ...over,
});
const ok: Decision = { allowed: true };
const forbidden = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

describe('mayPrepareReport', () => {
  it.each([
    ['a planner of the OPD, own OPD', planner(), OPD, ok],
    ['a planner of the OPD, another OPD', planner(), 'opd-2', forbidden('lkjip.notPlanner')],
    ['a planner of the OPD, the regency', planner(), null, forbidden('lkjip.regencyCoordinatorOnly')],
    ['a Bappeda planner, any OPD', planner({ inPlanningUnit: true, opdIds: ['bappeda'] }), 'opd-2', ok],
    ['a Bappeda planner, the regency', planner({ inPlanningUnit: true }), null, ok],
    ['an admin who plans, the regency', planner({ isAdmin: true, opdIds: [] }), null, ok],
    ['a reader (no manage permission)', planner({ managesPlans: false }), OPD, forbidden('lkjip.notPlanner')],
    ['an admin without manage permission', planner({ managesPlans: false, isAdmin: true }), null, forbidden('lkjip.notPlanner')],
  ])('%s', (_name, p, unitId, expected) => {
    expect(mayPrepareReport(p, unitId)).toEqual(expected);
  });
});

describe('mayExportAll', () => {
  it.each([
    ['Bappeda planner', planner({ inPlanningUnit: true }), ok],
    ['admin planner', planner({ isAdmin: true }), ok],
    ['OPD planner', planner(), forbidden('lkjip.regencyCoordinatorOnly')],
    ['Bappeda reader', planner({ inPlanningUnit: true, managesPlans: false }), forbidden('lkjip.regencyCoordinatorOnly')],
  ])('%s', (_name, p, expected) => {
    expect(mayExportAll(p)).toEqual(expected);
  });
});

describe('mayChangeContent', () => {
  it.each([
    ['draft', 'draft' as const, ok],
    ['final', 'final' as const, conflict('lkjip.isFinal')],
  ])('%s', (_name, status, expected) => {
    expect(mayChangeContent(status)).toEqual(expected);
  });
});

describe('mayFinalise', () => {
  const base = { status: 'draft' as const, versions: 1, missing: 0 };
  it.each([
    ['a complete, exported draft (OPD or regency alike)', base, ok],
    ['already final', { ...base, status: 'final' as const }, conflict('lkjip.isFinal')],
    ['never exported', { ...base, versions: 0 }, conflict('lkjip.noVersion')],
    ['something missing', { ...base, missing: 2 }, conflict('lkjip.incomplete')],
  ])('%s', (_name, facts, expected) => {
    expect(mayFinalise(facts)).toEqual(expected);
  });
});
