import { describe, expect, it } from 'vitest';
import type { Decision, EvaluationActor } from './evaluation.policy.ts';
import { mayRemoveEvidence, mayUploadEvidence, uploadSide } from './evidence-files.policy.ts';

const OPD = 'opd-1';
const actor = (over: Partial<EvaluationActor> = {}): EvaluationActor => ({
  assesses: false,
  managesPlans: false,
  readsPlans: true,
  opdIds: [],
  ...over,
});
const planner = actor({ managesPlans: true, opdIds: [OPD] });
const otherPlanner = actor({ managesPlans: true, opdIds: ['opd-2'] });
const evaluator = actor({ assesses: true });
const reader = actor({ opdIds: [OPD] });
const ok: Decision = { allowed: true };
const forbidden = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });
const CLOSED = conflict('evaluation.evidenceFiles.closed');

describe('uploading evidence files', () => {
  it.each([
    ['the OPD planner while self-assessing', planner, 'self_assessment' as const, ok, 'unit'],
    ['the OPD planner while evaluating', planner, 'evaluating' as const, CLOSED, null],
    ['the evaluator while evaluating', evaluator, 'evaluating' as const, ok, 'evaluator'],
    ['the evaluator while the OPD self-assesses', evaluator, 'self_assessment' as const, CLOSED, null],
    ['the evaluator once final', evaluator, 'final' as const, CLOSED, null],
    ['a planner of another OPD', otherPlanner, 'self_assessment' as const, forbidden('evaluation.notEvaluatorOrUnit'), null],
    ['a reader of the OPD', reader, 'self_assessment' as const, forbidden('evaluation.notEvaluatorOrUnit'), null],
  ])('%s', (_name, a, status, expected, side) => {
    expect(mayUploadEvidence(a, OPD, status)).toEqual(expected);
    expect(uploadSide(a, OPD, status)).toBe(side);
  });
});

describe('removing evidence files', () => {
  it.each([
    ['the OPD its own, while self-assessing', planner, 'self_assessment' as const, 'unit' as const, ok],
    ['the OPD its own, once evaluating', planner, 'evaluating' as const, 'unit' as const, CLOSED],
    [
      'the OPD the evaluator’s',
      planner,
      'evaluating' as const,
      'evaluator' as const,
      forbidden('evaluation.evidenceFiles.notYours'),
    ],
    ['the evaluator its own, while evaluating', evaluator, 'evaluating' as const, 'evaluator' as const, ok],
    [
      'the evaluator the OPD’s',
      evaluator,
      'evaluating' as const,
      'unit' as const,
      forbidden('evaluation.evidenceFiles.notYours'),
    ],
    ['the evaluator its own, once final', evaluator, 'final' as const, 'evaluator' as const, CLOSED],
    [
      'another OPD’s planner',
      otherPlanner,
      'self_assessment' as const,
      'unit' as const,
      forbidden('evaluation.evidenceFiles.notYours'),
    ],
  ])('%s', (_name, a, status, side, expected) => {
    expect(mayRemoveEvidence(a, OPD, status, side)).toEqual(expected);
  });
});
