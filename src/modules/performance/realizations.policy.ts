/**
 * Pure rules of realisasi: who enters, submits and reviews them, which review state allows what, when a period
 * accepts entries, and who keeps the target revision ledger and reopens periods. Message keys are under
 * `performance.realizations.`.
 */
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';
import type { Planner } from './performance.policy.ts';
import type { PeriodState } from './realization-periods.ts';

/** A decision: allowed, or refused as 403/409 with a message key and its parameters. */
export type RealizationDecision =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly kind: 'forbidden' | 'conflict';
      readonly reason: string;
      readonly params?: Record<string, string>;
    };

/** Review state of a stored realisasi; null when none is stored yet. */
export type ReviewStatus = 'draft' | 'submitted' | 'verified' | 'returned' | null;

const allow: RealizationDecision = { allowed: true };
const forbid = (reason: string): RealizationDecision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string, params?: Record<string, string>): RealizationDecision => ({
  allowed: false,
  kind: 'conflict',
  reason,
  ...(params ? { params } : {}),
});
const KEY = 'performance.realizations';

/** The coordinator of measurement: a planner of the planning unit (Bappeda), or a tenant admin who is a planner. */
export function isMeasurementCoordinator(p: Planner): boolean {
  return p.managesPlans && (p.inPlanningUnit || p.isAdmin);
}

/** SECURITY: realisasi of an OPD are entered by planners working in that OPD, or by the coordinator. */
export function mayEnterForOpd(p: Planner, opdId: string | null): RealizationDecision {
  if (isMeasurementCoordinator(p)) return allow;
  return p.managesPlans && opdId !== null && p.opdIds.includes(opdId) ? allow : forbid(`${KEY}.notPlanner`);
}

/** Only a draft or returned row (or none yet) may change; a submitted one waits for review, a verified one is final. */
export function mayChangeStatus(status: ReviewStatus): RealizationDecision {
  if (status === null || status === 'draft' || status === 'returned') return allow;
  return conflict(status === 'verified' ? `${KEY}.verifiedReadOnly` : `${KEY}.awaitingReview`);
}

/** SECURITY: the lock rule applied: a period accepts entries only while open (the message names the dates). */
export function mayEnterPeriod(state: PeriodState): RealizationDecision {
  if (state.state === 'not_started') return conflict(`${KEY}.periodNotStarted`, { startsOn: state.startsOn });
  if (state.state === 'locked') return conflict(`${KEY}.periodLocked`, { lockedSince: state.lockedSince });
  return allow;
}

/** Entering or changing values, adding or removing evidence, submitting: scope, then state, then the period lock. */
export function mayEditRealization(
  p: Planner,
  facts: { opdId: string | null; status: ReviewStatus; period: PeriodState },
): RealizationDecision {
  const decisions = [mayEnterForOpd(p, facts.opdId), mayChangeStatus(facts.status), mayEnterPeriod(facts.period)];
  return decisions.find((d) => !d.allowed) ?? allow;
}

/**
 * SECURITY: verification is the coordinator's, never by a planner of the indicator's own OPD (no one verifies
 * their own OPD's realisasi), and only of a submitted row.
 */
export function mayReviewRealization(p: Planner, facts: { opdId: string | null; status: ReviewStatus }): RealizationDecision {
  if (!isMeasurementCoordinator(p)) return forbid(`${KEY}.coordinatorOnly`);
  if (facts.opdId !== null && p.opdIds.includes(facts.opdId)) return forbid(`${KEY}.ownOpd`);
  return facts.status === 'submitted' ? allow : conflict(`${KEY}.notSubmitted`);
}

/** SECURITY: the target revision ledger and period reopenings are the coordinator's. */
export function mayManageMeasurement(p: Planner): RealizationDecision {
  return isMeasurementCoordinator(p) ? allow : forbid(`${KEY}.coordinatorOnly`);
}

/** Throws the refusal as a 403 or 409 DomainError (with its parameters); returns when allowed. */
export function enforceRealization(decision: RealizationDecision): void {
  if (decision.allowed) return;
  if (decision.kind === 'conflict') throw new ConflictError(decision.reason, decision.params ?? {});
  throw new ForbiddenError(decision.reason, decision.params ?? {});
}
