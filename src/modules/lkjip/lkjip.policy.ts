/** Pure rules of who may prepare, edit, export and finalise an LKjIP, and in which state. */
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';
import type { Planner } from '../performance/index.ts';

/** A decision: allowed, or refused with why (403 forbidden, or 409 conflict with the state). */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly kind: 'forbidden' | 'conflict'; readonly reason: string };

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

/** The coordinator of planning: a planner of the planning unit (Bappeda), or a tenant admin who is also a planner. */
export function isCoordinator(p: Planner): boolean {
  return p.managesPlans && (p.inPlanningUnit || p.isAdmin);
}

/**
 * SECURITY: an OPD's report is prepared by the planners working in that OPD and by the coordinator; the regency's
 * report (`unitId` null) by the coordinator only.
 */
export function mayPrepareReport(p: Planner, unitId: string | null): Decision {
  if (!p.managesPlans) return forbid('lkjip.notPlanner');
  if (isCoordinator(p)) return allow;
  if (unitId === null) return forbid('lkjip.regencyCoordinatorOnly');
  return p.opdIds.includes(unitId) ? allow : forbid('lkjip.notPlanner');
}

/** SECURITY: exporting every OPD's report at once is the coordinator's. */
export function mayExportAll(p: Planner): Decision {
  return isCoordinator(p) ? allow : forbid('lkjip.regencyCoordinatorOnly');
}

/** Narrative sections change, and new versions are exported, only while the report is a draft. */
export function mayChangeContent(status: 'draft' | 'final'): Decision {
  return status === 'draft' ? allow : conflict('lkjip.isFinal');
}

/**
 * Finalising makes the official document the head of the scope signs (the OPD's head, or the regional head for the
 * regency): only from a draft report that was exported at least once and has nothing missing.
 */
export function mayFinalise(facts: { status: 'draft' | 'final'; versions: number; missing: number }): Decision {
  if (facts.status !== 'draft') return conflict('lkjip.isFinal');
  if (facts.versions === 0) return conflict('lkjip.noVersion');
  return facts.missing > 0 ? conflict('lkjip.incomplete') : allow;
}

/** Throws the refusal as a 403 or 409; returns when allowed. */
export function enforce(decision: Decision): void {
  if (decision.allowed) return;
  if (decision.kind === 'conflict') throw new ConflictError(decision.reason);
  throw new ForbiddenError(decision.reason);
}
