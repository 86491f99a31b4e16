import { describe, expect, it } from 'vitest';
import type { EvaluationStatus } from './evaluation.contract.ts';
import {
  type EvaluationActor,
  mayAssess,
  mayCreateEvaluation,
  mayFinalise,
  mayManageTemplates,
  mayPrefill,
  mayRead,
  mayReopen,
  maySelfAssess,
  maySubmit,
  reopenedStatus,
} from './evaluation.policy.ts';

const actor = (facts: Partial<EvaluationActor>): EvaluationActor => ({
  assesses: false,
  managesPlans: false,
  readsPlans: true,
  opdIds: [],
  ...facts,
});
const evaluator = actor({ assesses: true });
const dinkesPlanner = actor({ managesPlans: true, opdIds: ['dinkes'] });
const bappedaPlanner = actor({ managesPlans: true, opdIds: ['bappeda'] });
const staffInDinkes = actor({ opdIds: ['dinkes'] });
const noRead = actor({ readsPlans: false });
const ALL: EvaluationStatus[] = ['self_assessment', 'evaluating', 'final'];

describe('evaluation policy', () => {
  it.each([
    ['evaluator', evaluator, true],
    ['planner of the OPD', dinkesPlanner, true],
    ['planner of another OPD (even Bappeda)', bappedaPlanner, false],
    ['staf of the OPD', staffInDinkes, false],
  ])('creating for Dinkes: %s → %s', (_n, who, allowed) => {
    expect(mayCreateEvaluation(who, 'dinkes').allowed).toBe(allowed);
  });

  it.each([
    ['evaluator', evaluator, [true, true, true]],
    ['planner of the OPD', dinkesPlanner, [true, true, true]],
    ['planner of another OPD', bappedaPlanner, [false, false, true]],
    ['any reader', staffInDinkes, [false, false, true]],
    ['no read permission', noRead, [false, false, false]],
  ])('reading Dinkes by status: %s', (_n, who, expected) => {
    expect(ALL.map((s) => mayRead(who, 'dinkes', s).allowed)).toEqual(expected);
  });

  it.each([
    ['planner of the OPD', dinkesPlanner, [true, false, false]],
    ['evaluator', evaluator, [false, false, false]],
    ['planner of another OPD', bappedaPlanner, [false, false, false]],
  ])('self answers and submit by status: %s', (_n, who, expected) => {
    expect(ALL.map((s) => maySelfAssess(who, 'dinkes', s).allowed)).toEqual(expected);
    expect(ALL.map((s) => maySubmit(who, 'dinkes', s).allowed)).toEqual(expected);
  });

  it.each([
    ['planner of the OPD', dinkesPlanner, [true, false, false]],
    ['evaluator', evaluator, [true, false, false]],
    ['planner of another OPD', bappedaPlanner, [false, false, false]],
  ])('prefill by status: %s', (_n, who, expected) => {
    expect(ALL.map((s) => mayPrefill(who, 'dinkes', s).allowed)).toEqual(expected);
  });

  it.each([
    ['evaluator', evaluator, [false, true, false], [false, true, true]],
    ['planner of the OPD', dinkesPlanner, [false, false, false], [false, false, false]],
  ])('final answers, finalise and reopen by status: %s', (_n, who, assess, reopen) => {
    expect(ALL.map((s) => mayAssess(who, s).allowed)).toEqual(assess);
    expect(ALL.map((s) => mayFinalise(who, s).allowed)).toEqual(assess);
    expect(ALL.map((s) => mayReopen(who, s).allowed)).toEqual(reopen);
  });

  it('says forbidden for the wrong person and conflict for the wrong state', () => {
    expect(maySelfAssess(evaluator, 'dinkes', 'self_assessment')).toMatchObject({ kind: 'forbidden' });
    expect(maySelfAssess(dinkesPlanner, 'dinkes', 'evaluating')).toEqual({
      allowed: false,
      kind: 'conflict',
      reason: 'evaluation.notSelfAssessment',
    });
    expect(mayAssess(evaluator, 'final')).toMatchObject({ kind: 'conflict', reason: 'evaluation.notEvaluating' });
    expect(mayReopen(evaluator, 'self_assessment')).toMatchObject({ kind: 'conflict' });
  });

  it('reopens one step back', () => {
    expect(reopenedStatus('final')).toBe('evaluating');
    expect(reopenedStatus('evaluating')).toBe('self_assessment');
  });

  it('leaves templates to evaluators', () => {
    expect(mayManageTemplates(evaluator).allowed).toBe(true);
    expect(mayManageTemplates(dinkesPlanner).allowed).toBe(false);
  });
});
