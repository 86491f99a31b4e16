/** Pure rules of who may change which part of the planning chain. */
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';

/** A policy decision: allowed, or refused with why (403 forbidden, or 409 conflict with the state). */
export type Decision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly kind: 'forbidden' | 'conflict'; readonly reason: string };

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

/** What the policy knows about the acting planner. */
export interface Planner {
  /** Holds `performance.plan.manage` (the perencana role). */
  readonly managesPlans: boolean;
  /** Has the tenant admin role. */
  readonly isAdmin: boolean;
  /** Works in the tenant's planning unit (Bappeda). */
  readonly inPlanningUnit: boolean;
  /** The OPDs in which the pegawai holds a position today. */
  readonly opdIds: readonly string[];
}

/** The coordinator of planning: a planner of the planning unit, or a tenant admin who is also a planner. */
function isCoordinator(p: Planner): boolean {
  return p.managesPlans && (p.inPlanningUnit || p.isAdmin);
}

/** SECURITY: periods and the regency's documents (RPJMD, pemda-level pokin) belong to the planning unit. */
export function mayManageRegencyPlan(p: Planner): Decision {
  return isCoordinator(p) ? allow : forbid('performance.notPlanningUnit');
}

/**
 * SECURITY: an OPD's Renstra, Renja and pohon kinerja are edited by planners working in that OPD, and by the
 * planning unit that coordinates every OPD; `unitId` null means a regency-level node.
 */
export function mayEditNode(p: Planner, unitId: string | null): Decision {
  if (unitId === null) return mayManageRegencyPlan(p);
  if (isCoordinator(p)) return allow;
  return p.managesPlans && p.opdIds.includes(unitId) ? allow : forbid('performance.notPlanner');
}

/** Proposing a crosscutting link from a node: whoever may edit that node. */
export function mayProposeLink(p: Planner, fromUnitId: string): Decision {
  return mayEditNode(p, fromUnitId);
}

/** SECURITY: accepting or rejecting a proposal is for the target OPD's planners only, and only while proposed. */
export function mayDecideLink(p: Planner, toUnitId: string, status: 'proposed' | 'accepted' | 'rejected'): Decision {
  if (!(p.managesPlans && p.opdIds.includes(toUnitId))) return forbid('performance.notTargetPlanner');
  return status === 'proposed' ? allow : conflict('performance.linkDecided');
}

/** A closed period is read-only. */
export function mayChangePeriodContent(status: 'draft' | 'active' | 'closed'): Decision {
  return status === 'closed' ? conflict('performance.periodClosed') : allow;
}

/** A node is deleted only when nothing hangs under or refers to it. */
export function mayDeleteNode(facts: { children: number; indicators: number; references: number }): Decision {
  if (facts.children > 0) return conflict('performance.hasChildren');
  if (facts.indicators > 0) return conflict('performance.hasIndicators');
  return facts.references > 0 ? conflict('performance.isReferenced') : allow;
}

/** Throws the refusal as a 403 or 409 DomainError; returns when allowed. */
export function enforce(decision: Decision): void {
  if (decision.allowed) return;
  if (decision.kind === 'conflict') throw new ConflictError(decision.reason);
  throw new ForbiddenError(decision.reason);
}

/**
 * The planning unit among the OPD-level units: a configured code when given, else the unit whose code contains
 * `BAPPEDA`, else the one whose name contains `Perencanaan` (case-insensitive); null when none matches.
 */
export function pickPlanningUnit(
  opds: readonly { id: string; code: string; name: string }[],
  configuredCode?: string | null,
): string | null {
  if (configuredCode) return opds.find((u) => u.code === configuredCode)?.id ?? null;
  const byCode = opds.find((u) => u.code.toUpperCase().includes('BAPPEDA'));
  return (byCode ?? opds.find((u) => /perencanaan/i.test(u.name)))?.id ?? null;
}
