/**
 * Pure rules of who may do what with an LKE evaluation, and in which state. Evaluators (Inspektorat) hold
 * `evaluation.assess`; an OPD self-assesses through its planners (`performance.plan.manage` and a position in that
 * OPD today); everyone with `performance.plan.read` may read final results of their tenant.
 */
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';
import type { EvaluationStatus } from './evaluation.contract.ts';

/** A policy decision: allowed, or refused with why (403 forbidden, or 409 conflict with the state). */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly kind: 'forbidden' | 'conflict'; readonly reason: string };

/** What the policy knows about the acting user. */
export interface EvaluationActor {
  /** Holds `evaluation.assess` (the evaluator role). */
  readonly assesses: boolean;
  /** Holds `performance.plan.manage` (the perencana role). */
  readonly managesPlans: boolean;
  /** Holds `performance.plan.read`. */
  readonly readsPlans: boolean;
  /** The OPDs in which the pegawai holds a position today. */
  readonly opdIds: readonly string[];
}

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

/** SECURITY: a planner of the OPD itself (the coordinator of planning gets no say over another OPD's answers). */
function isUnitPlanner(a: EvaluationActor, unitId: string): boolean {
  return a.managesPlans && a.opdIds.includes(unitId);
}

/** SECURITY: an evaluation is opened by an evaluator or by a planner of that OPD. */
export function mayCreateEvaluation(a: EvaluationActor, unitId: string): Decision {
  return a.assesses || isUnitPlanner(a, unitId) ? allow : forbid('evaluation.notEvaluatorOrUnit');
}

/** SECURITY: in-progress evaluations are seen by evaluators and the OPD's planners; final results by every reader. */
export function mayRead(a: EvaluationActor, unitId: string, status: EvaluationStatus): Decision {
  if (a.assesses || isUnitPlanner(a, unitId)) return allow;
  return a.readsPlans && status === 'final' ? allow : forbid('evaluation.notFinalYet');
}

/** SECURITY: self answers are the OPD's, while it self-assesses. */
export function maySelfAssess(a: EvaluationActor, unitId: string, status: EvaluationStatus): Decision {
  if (!isUnitPlanner(a, unitId)) return forbid('evaluation.notUnitPlanner');
  return status === 'self_assessment' ? allow : conflict('evaluation.notSelfAssessment');
}

/** Pre-answering from data: the OPD's planners or an evaluator, while the OPD self-assesses. */
export function mayPrefill(a: EvaluationActor, unitId: string, status: EvaluationStatus): Decision {
  if (!(a.assesses || isUnitPlanner(a, unitId))) return forbid('evaluation.notEvaluatorOrUnit');
  return status === 'self_assessment' ? allow : conflict('evaluation.notSelfAssessment');
}

/** The OPD hands its self-assessment to the evaluator. */
export function maySubmit(a: EvaluationActor, unitId: string, status: EvaluationStatus): Decision {
  return maySelfAssess(a, unitId, status);
}

/** SECURITY: final answers (penetapan) are the evaluator's, while evaluating. */
export function mayAssess(a: EvaluationActor, status: EvaluationStatus): Decision {
  if (!a.assesses) return forbid('evaluation.notEvaluator');
  return status === 'evaluating' ? allow : conflict('evaluation.notEvaluating');
}

/** Finalising: the evaluator, while evaluating (unanswered criteria and kerangka logis are checked apart). */
export function mayFinalise(a: EvaluationActor, status: EvaluationStatus): Decision {
  return mayAssess(a, status);
}

/** Reopening one step back (final → evaluating, evaluating → self_assessment): the evaluator. */
export function mayReopen(a: EvaluationActor, status: EvaluationStatus): Decision {
  if (!a.assesses) return forbid('evaluation.notEvaluator');
  return status === 'self_assessment' ? conflict('evaluation.nothingToReopen') : allow;
}

/** SECURITY: tenant templates are written by evaluators only. */
export function mayManageTemplates(a: EvaluationActor): Decision {
  return a.assesses ? allow : forbid('evaluation.notEvaluator');
}

/** The state an evaluation goes back to when reopened. */
export function reopenedStatus(status: EvaluationStatus): EvaluationStatus {
  return status === 'final' ? 'evaluating' : 'self_assessment';
}

/** Throws the refusal as a 403 or 409 DomainError; returns when allowed. */
export function enforce(decision: Decision): void {
  if (decision.allowed) return;
  if (decision.kind === 'conflict') throw new ConflictError(decision.reason);
  throw new ForbiddenError(decision.reason);
}
