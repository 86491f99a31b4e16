import type { Actor } from '../../platform/access/context.ts';
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';
import type { Permission } from '../../shared/permissions.ts';

/** A policy decision: allowed, or refused with the message key that says why. */
export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** A state-machine step: apply it, do nothing (repeated call), or refuse (forbidden or conflicting state). */
export type Transition =
  | { readonly kind: 'apply' }
  | { readonly kind: 'noop' }
  | {
      readonly kind: 'refuse';
      readonly as: 'forbidden' | 'conflict';
      readonly reason: string;
      readonly params?: Record<string, string>;
    };

/** The states of a number: RESERVED → USED | VOID(reason). */
export type NumberState = 'reserved' | 'used' | 'void';

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/** Permissions that let a module take a number on a user's behalf (drafting, registering, signing letters). */
const ALLOCATING: readonly Permission[] = [
  'numbering.manage',
  'correspondence.letter.register',
  'correspondence.letter.draft',
  'correspondence.letter.sign',
  'documents.create',
];

/** Scheme settings, sisipan, manual numbers and reconciliation belong to numbering.manage (admin, pencatat). */
export function mayManageNumbering(actor: Actor): Decision {
  return actor.permissions.has('numbering.manage') ? allow : deny('errors.forbidden');
}

/** Whether an actor may have numbers reserved, used or voided for its letters. */
export function mayAllocateNumbers(actor: Actor): Decision {
  return ALLOCATING.some((p) => actor.permissions.has(p)) ? allow : deny('numbering.mayNotAllocate');
}

/** RESERVED → USED by a reference; the same reference again is a no-op; anything else conflicts. */
export function transitionToUsed(
  current: { readonly state: NumberState; readonly referenceType: string | null; readonly referenceId: string | null },
  reference: { readonly type: string; readonly id: string },
): Transition {
  const sameReference = current.referenceType === reference.type && current.referenceId === reference.id;
  if (current.state === 'used')
    return sameReference ? { kind: 'noop' } : { kind: 'refuse', as: 'conflict', reason: 'numbering.usedByOther' };
  if (current.state === 'void') return { kind: 'refuse', as: 'conflict', reason: 'numbering.alreadyVoid' };
  if (current.referenceId && !sameReference) return { kind: 'refuse', as: 'conflict', reason: 'numbering.usedByOther' };
  return { kind: 'apply' };
}

/**
 * → VOID with a reason, never reused. A reserved number may be voided by whoever may allocate (a letter is
 * cancelled before signing); a used one only by numbering.manage (a signed letter withdrawn).
 */
export function voidTransition(state: NumberState, actor: Actor): Transition {
  if (state === 'void') return { kind: 'refuse', as: 'conflict', reason: 'numbering.alreadyVoid' };
  if (state === 'used' && !actor.permissions.has('numbering.manage'))
    return { kind: 'refuse', as: 'forbidden', reason: 'numbering.voidUsedNeedsManage' };
  return { kind: 'apply' };
}

/** Throws ForbiddenError with the decision's reason unless it allows. */
export function enforce(decision: Decision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}

/** Throws for a refused transition; returns true when it must be applied, false for a no-op. */
export function enforceTransition(transition: Transition): boolean {
  if (transition.kind === 'refuse') {
    if (transition.as === 'forbidden') throw new ForbiddenError(transition.reason, transition.params);
    throw new ConflictError(transition.reason, transition.params);
  }
  return transition.kind === 'apply';
}
