/**
 * Pure rules of the reviu of an LKjIP (PermenPANRB 53/2014 Lampiran III). The Inspektorat's evaluators
 * (`evaluation.assess`) start a review, write and resolve notes and conclude it; the people who prepare the report
 * (lkjip.policy mayPrepareReport: the OPD's planners or the coordinator) answer notes; other readers
 * (`performance.plan.read`) see a review once it is accepted or the report is final. An accepted review is closed.
 */
import type { Decision } from './lkjip.policy.ts';
import type { NoteStatus, ReviewStatus } from './review.contract.ts';

/** What the review policy knows about the acting user for one report. */
export interface ReviewActor {
  /** Holds `evaluation.assess` (the evaluator role, Inspektorat). */
  readonly assesses: boolean;
  /** May prepare this report (lkjip.policy mayPrepareReport for its unit). */
  readonly prepares: boolean;
  /** Holds `performance.plan.read`. */
  readonly readsPlans: boolean;
}

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });
const K = 'lkjip.review';

/** SECURITY: only an evaluator starts the reviu of a report, and a report has one review. */
export function mayStartReview(a: ReviewActor, exists: boolean): Decision {
  if (!a.assesses) return forbid(`${K}.notEvaluator`);
  return exists ? conflict(`${K}.exists`) : allow;
}

/** SECURITY: evaluators and the report's preparers see a review at any time; other readers once accepted or final. */
export function mayReadReview(a: ReviewActor, review: ReviewStatus, report: 'draft' | 'final'): Decision {
  if (a.assesses || a.prepares) return allow;
  return a.readsPlans && (review === 'accepted' || report === 'final') ? allow : forbid(`${K}.notVisible`);
}

/** Evaluator actions on an open review (not accepted). */
function evaluatorOnOpenReview(a: ReviewActor, review: ReviewStatus): Decision {
  if (!a.assesses) return forbid(`${K}.notEvaluator`);
  return review === 'accepted' ? conflict(`${K}.concluded`) : allow;
}

/** SECURITY: the evaluator adds notes while the review is open. */
export function mayAddNote(a: ReviewActor, review: ReviewStatus): Decision {
  return evaluatorOnOpenReview(a, review);
}

/** The evaluator edits a note that is not resolved, while the review is open. */
export function mayEditNote(a: ReviewActor, review: ReviewStatus, note: NoteStatus): Decision {
  const d = evaluatorOnOpenReview(a, review);
  if (!d.allowed) return d;
  return note === 'resolved' ? conflict(`${K}.noteResolved`) : allow;
}

/** SECURITY: the report's preparers answer a note (again, until it is resolved) while the review is open. */
export function mayRespond(a: ReviewActor, review: ReviewStatus, note: NoteStatus): Decision {
  if (!a.prepares) return forbid(`${K}.notPreparer`);
  if (review === 'accepted') return conflict(`${K}.concluded`);
  return note === 'resolved' ? conflict(`${K}.noteResolved`) : allow;
}

/** The evaluator resolves an open or answered note. */
export function mayResolve(a: ReviewActor, review: ReviewStatus, note: NoteStatus): Decision {
  const d = evaluatorOnOpenReview(a, review);
  if (!d.allowed) return d;
  return note === 'resolved' ? conflict(`${K}.noteResolved`) : allow;
}

/** The evaluator reopens a resolved note while the review is open. */
export function mayReopenNote(a: ReviewActor, review: ReviewStatus, note: NoteStatus): Decision {
  const d = evaluatorOnOpenReview(a, review);
  if (!d.allowed) return d;
  return note === 'resolved' ? allow : conflict(`${K}.noteNotResolved`);
}

/**
 * The evaluator concludes an open review: revisions requested needs at least one unresolved note; accepted needs
 * none (the service answers that 409 with the unresolved notes as field messages).
 */
export function mayConclude(
  a: ReviewActor,
  review: ReviewStatus,
  outcome: 'revisions_requested' | 'accepted',
  unresolved: number,
): Decision {
  const d = evaluatorOnOpenReview(a, review);
  if (!d.allowed) return d;
  if (outcome === 'accepted') return unresolved > 0 ? conflict(`${K}.notesUnresolved`) : allow;
  return unresolved > 0 ? allow : conflict(`${K}.nothingToRevise`);
}

/** The note's status after the evaluator reopens it: answered when the OPD had responded, else open. */
export function reopenedStatus(hasResponse: boolean): NoteStatus {
  return hasResponse ? 'answered' : 'open';
}
