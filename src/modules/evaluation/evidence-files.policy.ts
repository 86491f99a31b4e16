/**
 * Pure rules of who may upload and remove evidence files (bukti dukung) of an LKE criterion: the evaluated OPD's
 * planners while it self-assesses, the evaluator while evaluating; each side removes only its own uploads.
 */
import type { EvidenceFileSide } from '../../db/schema/evaluation-evidence.ts';
import type { EvaluationStatus } from './evaluation.contract.ts';
import type { Decision, EvaluationActor } from './evaluation.policy.ts';

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

const isUnitPlanner = (a: EvaluationActor, unitId: string) => a.managesPlans && a.opdIds.includes(unitId);

/** The side the actor uploads for in this state (the OPD while self-assessing, the evaluator while evaluating). */
export function uploadSide(a: EvaluationActor, unitId: string, status: EvaluationStatus): EvidenceFileSide | null {
  if (status === 'self_assessment' && isUnitPlanner(a, unitId)) return 'unit';
  if (status === 'evaluating' && a.assesses) return 'evaluator';
  return null;
}

/** SECURITY: uploading is the OPD's while it self-assesses and the evaluator's while evaluating; others 403. */
export function mayUploadEvidence(a: EvaluationActor, unitId: string, status: EvaluationStatus): Decision {
  if (uploadSide(a, unitId, status)) return allow;
  if (a.assesses || isUnitPlanner(a, unitId)) return conflict('evaluation.evidenceFiles.closed');
  return forbid('evaluation.notEvaluatorOrUnit');
}

/** SECURITY: a file is removed only by its own side, in that side's state (the evaluator never removes the OPD's). */
export function mayRemoveEvidence(
  a: EvaluationActor,
  unitId: string,
  status: EvaluationStatus,
  side: EvidenceFileSide,
): Decision {
  const mine = side === 'unit' ? isUnitPlanner(a, unitId) : a.assesses;
  if (!mine) return forbid('evaluation.evidenceFiles.notYours');
  return uploadSide(a, unitId, status) === side ? allow : conflict('evaluation.evidenceFiles.closed');
}
