/** Pure rules: which actions the caller may take on an outgoing draft right now (shown as buttons by the web app). */

/** An action on an outgoing draft, as offered to the caller. */
export type DraftAction = 'revise' | 'submit' | 'approve' | 'return' | 'sign' | 'signerReturn' | 'cancel';

/** How the caller relates to the draft today (positions held: definitif, Plt, Plh, Pj alike). */
export interface DraftRelation {
  readonly holdsDrafterPosition: boolean;
  /** The caller holds the position of the paraf step due now (null step → false). */
  readonly holdsDueStepPosition: boolean;
  readonly holdsSignerPosition: boolean;
  readonly status: string;
}

const EDITABLE = ['draft', 'perlu_revisi'];
const CANCELLABLE = ['draft', 'dalam_persetujuan', 'perlu_revisi', 'siap_tte'];

/**
 * SECURITY: mirrors the server-side policies (outgoing.policy.ts) so the page offers only what the server will
 * accept; the server still decides on every write.
 */
export function draftActions(relation: DraftRelation): DraftAction[] {
  const actions: DraftAction[] = [];
  const { status } = relation;
  if (relation.holdsDrafterPosition && EDITABLE.includes(status)) actions.push('revise', 'submit');
  if (relation.holdsDueStepPosition && status === 'dalam_persetujuan') actions.push('approve', 'return');
  if (relation.holdsSignerPosition && status === 'siap_tte') actions.push('sign', 'signerReturn');
  if (relation.holdsDrafterPosition && CANCELLABLE.includes(status)) actions.push('cancel');
  return actions;
}

/** One approval step as far as finding the due one goes. */
export interface StepFacts {
  readonly id: string;
  readonly round: number;
  readonly order: number;
  readonly role: string;
  readonly status: string;
}

/** The paraf step due now: the earliest pending paraf step of the current round, while the draft is under approval. */
export function dueParafStep<T extends StepFacts>(steps: readonly T[], round: number, status: string): T | null {
  if (status !== 'dalam_persetujuan') return null;
  const pending = steps
    .filter((s) => s.round === round && s.role === 'paraf' && s.status === 'pending')
    .sort((a, b) => a.order - b.order);
  return pending[0] ?? null;
}
