/**
 * Pure rules of the LHE recommendations and their follow-up. The evaluator (`evaluation.assess`) writes
 * recommendations while evaluating or once final (drafted with the scores, kept after the LHE is issued); the
 * OPD's planners follow them up once the evaluation is final; the evaluator confirms or reopens a done one.
 */
import type { EvaluationStatus } from './evaluation.contract.ts';
import type { Decision, EvaluationActor } from './evaluation.policy.ts';
import type { RecommendationStatus } from './recommendations.contract.ts';

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });
const K = 'evaluation.recommendations';

/** SECURITY: a planner of the evaluated OPD itself (another OPD's planners get no say). */
function isUnitPlanner(a: EvaluationActor, unitId: string): boolean {
  return a.managesPlans && a.opdIds.includes(unitId);
}

/** SECURITY: recommendations are the evaluator's, while evaluating or final (not during the self-assessment). */
export function mayWriteRecommendations(a: EvaluationActor, status: EvaluationStatus): Decision {
  if (!a.assesses) return forbid('evaluation.notEvaluator');
  return status === 'self_assessment' ? conflict(`${K}.notEvaluatingOrFinal`) : allow;
}

/** SECURITY: the evaluator sends a recommendation to its person in charge as a nota dinas, once, until it is done. */
export function maySendNotice(a: EvaluationActor, status: RecommendationStatus, alreadySent: boolean): Decision {
  if (!a.assesses) return forbid('evaluation.notEvaluator');
  if (alreadySent) return conflict(`${K}.noticeAlreadySent`);
  return status === 'done' ? conflict(`${K}.alreadyDone`) : allow;
}

/** Removing: as writing, and only while nothing was followed up (the follow-up history is kept). */
export function mayRemoveRecommendation(a: EvaluationActor, status: EvaluationStatus, followups: number): Decision {
  const write = mayWriteRecommendations(a, status);
  if (!write.allowed) return write;
  return followups > 0 ? conflict(`${K}.hasFollowups`) : allow;
}

/** SECURITY: the OPD's planners follow up, once the evaluation is final, until the recommendation is done. */
export function mayFollowUp(
  a: EvaluationActor,
  unitId: string,
  evaluationStatus: EvaluationStatus,
  status: RecommendationStatus,
): Decision {
  if (!isUnitPlanner(a, unitId)) return forbid(`${K}.notUnitPlanner`);
  if (evaluationStatus !== 'final') return conflict(`${K}.evaluationNotFinal`);
  return status === 'done' ? conflict(`${K}.alreadyDone`) : allow;
}

/** The evaluator confirms a done recommendation once. */
export function mayConfirm(a: EvaluationActor, status: RecommendationStatus, confirmed: boolean): Decision {
  if (!a.assesses) return forbid('evaluation.notEvaluator');
  if (status !== 'done') return conflict(`${K}.notDone`);
  return confirmed ? conflict(`${K}.alreadyConfirmed`) : allow;
}

/** The evaluator reopens a done recommendation (confirmed or not) when the follow-up is not enough. */
export function mayReopenRecommendation(a: EvaluationActor, status: RecommendationStatus): Decision {
  if (!a.assesses) return forbid('evaluation.notEvaluator');
  return status === 'done' ? allow : conflict(`${K}.notDone`);
}

/** The LHE exists only for a final evaluation. */
export function mayIssueLhe(status: EvaluationStatus): Decision {
  return status === 'final' ? allow : conflict(`${K}.lheNotFinal`);
}

/** The status a follow-up's progress leads to: 100 % is done, anything else in progress. */
export function statusAfterProgress(progress: number): RecommendationStatus {
  return progress >= 100 ? 'done' : 'in_progress';
}

const DAY_MS = 86_400_000;

/** Whole days from `deadline` to `today` (both YYYY-MM-DD); negative before the deadline. */
export function daysAfter(deadline: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${deadline}T00:00:00Z`)) / DAY_MS);
}

/** Overdue: the deadline day has passed (in the tenant's time zone) and the recommendation is not done. */
export function isOverdue(deadline: string, today: string, status: RecommendationStatus): boolean {
  return status !== 'done' && daysAfter(deadline, today) > 0;
}
