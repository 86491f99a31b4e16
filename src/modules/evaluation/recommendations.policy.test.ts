import { describe, expect, it } from 'vitest';
import type { EvaluationStatus } from './evaluation.contract.ts';
import type { Decision, EvaluationActor } from './evaluation.policy.ts';
import type { RecommendationStatus } from './recommendations.contract.ts';
import {
  daysAfter,
  isOverdue,
  mayConfirm,
  mayFollowUp,
  mayIssueLhe,
  mayRemoveRecommendation,
  mayReopenRecommendation,
  maySendNotice,
  mayWriteRecommendations,
  statusAfterProgress,
} from './recommendations.policy.ts';

const actor = (facts: Partial<EvaluationActor>): EvaluationActor => ({
  assesses: false,
  managesPlans: false,
  readsPlans: true,
  opdIds: [],
  ...facts,
});
const evaluator = actor({ assesses: true });
const dinkesPlanner = actor({ managesPlans: true, opdIds: ['dinkes'] });
const otherPlanner = actor({ managesPlans: true, opdIds: ['bappeda'] });
const staffInDinkes = actor({ opdIds: ['dinkes'] });
const outcome = (d: Decision) => (d.allowed ? 'allow' : d.kind);

describe('writing recommendations', () => {
  it.each<[string, EvaluationActor, EvaluationStatus, string]>([
    ['evaluator, self-assessing', evaluator, 'self_assessment', 'conflict'],
    ['evaluator, evaluating', evaluator, 'evaluating', 'allow'],
    ['evaluator, final', evaluator, 'final', 'allow'],
    ['OPD planner, final', dinkesPlanner, 'final', 'forbidden'],
    ['staff, evaluating', staffInDinkes, 'evaluating', 'forbidden'],
  ])('%s → %s', (_name, who, status, expected) => {
    expect(outcome(mayWriteRecommendations(who, status))).toBe(expected);
  });

  it.each<[number, string]>([
    [0, 'allow'],
    [1, 'conflict'],
  ])('removing with %i follow-ups → %s', (followups, expected) => {
    expect(outcome(mayRemoveRecommendation(evaluator, 'final', followups))).toBe(expected);
    expect(outcome(mayRemoveRecommendation(dinkesPlanner, 'final', followups))).toBe('forbidden');
  });
});

describe('following up', () => {
  it.each<[string, EvaluationActor, EvaluationStatus, RecommendationStatus, string]>([
    ['own OPD planner, final, open', dinkesPlanner, 'final', 'open', 'allow'],
    ['own OPD planner, final, in progress', dinkesPlanner, 'final', 'in_progress', 'allow'],
    ['own OPD planner, final, done', dinkesPlanner, 'final', 'done', 'conflict'],
    ['own OPD planner, evaluating', dinkesPlanner, 'evaluating', 'open', 'conflict'],
    ['another OPD planner', otherPlanner, 'final', 'open', 'forbidden'],
    ['staff of the OPD without the planner role', staffInDinkes, 'final', 'open', 'forbidden'],
    ['evaluator', evaluator, 'final', 'open', 'forbidden'],
  ])('%s → %s', (_name, who, evStatus, status, expected) => {
    expect(outcome(mayFollowUp(who, 'dinkes', evStatus, status))).toBe(expected);
  });
});

describe('sending as a nota dinas', () => {
  it.each<[EvaluationActor, RecommendationStatus, boolean, string]>([
    [evaluator, 'open', false, 'allow'],
    [evaluator, 'in_progress', false, 'allow'],
    [evaluator, 'open', true, 'conflict'],
    [evaluator, 'done', false, 'conflict'],
    [dinkesPlanner, 'open', false, 'forbidden'],
    [staffInDinkes, 'open', false, 'forbidden'],
  ])('notice %#', (who, status, alreadySent, expected) => {
    expect(outcome(maySendNotice(who, status, alreadySent))).toBe(expected);
  });
});

describe('confirming and reopening', () => {
  it.each<[EvaluationActor, RecommendationStatus, boolean, string]>([
    [evaluator, 'done', false, 'allow'],
    [evaluator, 'done', true, 'conflict'],
    [evaluator, 'in_progress', false, 'conflict'],
    [dinkesPlanner, 'done', false, 'forbidden'],
  ])('confirm %#', (who, status, confirmed, expected) => {
    expect(outcome(mayConfirm(who, status, confirmed))).toBe(expected);
  });
  it.each<[EvaluationActor, RecommendationStatus, string]>([
    [evaluator, 'done', 'allow'],
    [evaluator, 'open', 'conflict'],
    [dinkesPlanner, 'done', 'forbidden'],
  ])('reopen %#', (who, status, expected) => {
    expect(outcome(mayReopenRecommendation(who, status))).toBe(expected);
  });
  it('issues the LHE only for a final evaluation', () => {
    expect((['self_assessment', 'evaluating', 'final'] as const).map((s) => outcome(mayIssueLhe(s)))).toEqual([
      'conflict',
      'conflict',
      'allow',
    ]);
  });
});

describe('progress and deadlines', () => {
  it.each<[number, RecommendationStatus]>([
    [0, 'in_progress'],
    [99, 'in_progress'],
    [100, 'done'],
  ])('progress %i → %s', (progress, status) => {
    expect(statusAfterProgress(progress)).toBe(status);
  });
  it.each<[string, string, RecommendationStatus, boolean, number]>([
    ['2026-03-31', '2026-03-31', 'open', false, 0],
    ['2026-03-31', '2026-04-01', 'open', true, 1],
    ['2026-03-31', '2026-04-10', 'in_progress', true, 10],
    ['2026-03-31', '2026-04-10', 'done', false, 10],
    ['2026-02-28', '2026-03-01', 'open', true, 1],
    ['2026-12-31', '2027-01-01', 'open', true, 1],
  ])('deadline %s, today %s, %s → overdue %s, %i days after', (deadline, today, status, overdue, days) => {
    expect(isOverdue(deadline, today, status)).toBe(overdue);
    expect(daysAfter(deadline, today)).toBe(days);
  });
});
