/** Pure rules of outgoing letters: who may edit, approve, return and sign in which state. */
import type { LetterSecurity } from '../../db/schema/correspondence.ts';
import type { OutgoingStatus } from '../../db/schema/outgoing.ts';
import type { Decision } from './correspondence.policy.ts';

const allow: Decision = { allowed: true };
const forbid = (reason: string): Decision => ({ allowed: false, kind: 'forbidden', reason });
const conflict = (reason: string): Decision => ({ allowed: false, kind: 'conflict', reason });

/** States in which the drafter may still change the letter and (re)submit it. */
export const EDITABLE_STATES: readonly OutgoingStatus[] = ['draft', 'perlu_revisi'];

/** Whether the acting person may edit or submit the draft: only its drafter, only before approval. */
export function mayEditDraft(isDrafter: boolean, status: OutgoingStatus): Decision {
  if (!isDrafter) return forbid('correspondence.notDrafter');
  return EDITABLE_STATES.includes(status) ? allow : conflict('correspondence.notEditable');
}

/** How the acting person relates to an approval step. */
export interface StepRelation {
  /** The acting person holds the step's position today (definitif, Plt, Plh, Pj). */
  readonly holdsStepPosition: boolean;
  /** The step is the pending paraf step due now (the earliest pending one of the current round). */
  readonly isDue: boolean;
  readonly draftStatus: OutgoingStatus;
}

/**
 * SECURITY: a paraf is given or refused only by a holder of the step's position, and only on the step due now
 * while the letter is under approval; anyone else gets 403, a step out of turn or a closed round 409.
 */
export function mayActOnStep(relation: StepRelation): Decision {
  if (!relation.holdsStepPosition) return forbid('correspondence.notInChain');
  if (relation.draftStatus !== 'dalam_persetujuan' || !relation.isDue) return conflict('correspondence.stepNotDue');
  return allow;
}

/** SECURITY: only a holder of the signer position signs, and only a letter whose paraf chain is complete. */
export function maySignDraft(holdsSignerPosition: boolean, status: OutgoingStatus): Decision {
  if (!holdsSignerPosition) return forbid('correspondence.notSigner');
  return status === 'siap_tte' ? allow : conflict('correspondence.notApproved');
}

/** SECURITY: rahasia and sangat rahasia letters never leave Pamong by e-mail. */
export function mayMailExternally(security: LetterSecurity): boolean {
  return security === 'biasa' || security === 'terbatas';
}

/** The status after a paraf: the next paraf step, or siap_tte after the last one. */
export function statusAfterParaf(remainingParafSteps: number): OutgoingStatus {
  return remainingParafSteps > 0 ? 'dalam_persetujuan' : 'siap_tte';
}

/** States from which the drafter may cancel the letter (domain §3.2: any state before the signature). */
export const CANCELLABLE_STATES: readonly OutgoingStatus[] = ['draft', 'dalam_persetujuan', 'perlu_revisi', 'siap_tte'];

/**
 * SECURITY: only a holder of the signer position returns a letter to its drafter, and only while it waits for the
 * signature (siap_tte); anyone else is refused with 403, another state with 409.
 */
export function maySignerReturn(holdsSignerPosition: boolean, status: OutgoingStatus): Decision {
  if (!holdsSignerPosition) return forbid('correspondence.notSigner');
  return status === 'siap_tte' ? allow : conflict('correspondence.notAwaitingSignature');
}

/**
 * SECURITY: only the drafter (a holder of the drafter position) cancels a letter, and only before it is signed;
 * a signed or sent letter is never cancelled here (409), nor one already cancelled.
 */
export function mayCancelDraft(isDrafter: boolean, status: OutgoingStatus): Decision {
  if (!isDrafter) return forbid('correspondence.notDrafterCancel');
  if (CANCELLABLE_STATES.includes(status)) return allow;
  return conflict(status === 'dibatalkan' ? 'correspondence.alreadyCancelled' : 'correspondence.signedCannotCancel');
}
