import type { Actor } from '../../platform/access/context.ts';
import { ConflictError, ForbiddenError } from '../../shared/errors.ts';

/** A policy decision: allowed, or refused with the message key that says why. */
export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/** Changing a regulation pack (labels, jenis, KKA, instructions, activation) is for admin and arsiparis. */
export function mayManageRegulation(actor: Actor): Decision {
  return actor.permissions.has('regulation.manage') ? allow : deny('errors.forbidden');
}

/**
 * Only a draft pack may change: the active pack and retired ones are history that letters refer to by
 * code, so editing them would rewrite what an old letter meant.
 */
export function mayEditPack(status: 'draft' | 'active' | 'retired'): Decision {
  return status === 'draft' ? allow : deny('regulation.packNotDraft');
}

/** Only a draft becomes active; an active pack is already, a retired one stays history. */
export function mayActivatePack(status: 'draft' | 'active' | 'retired'): Decision {
  return status === 'draft' ? allow : deny('regulation.onlyDraftActivates');
}

/** Throws ForbiddenError with the decision's reason unless it allows. */
export function enforce(decision: Decision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}

/** Throws a 409 ConflictError (the pack's state is the obstacle, not the actor) unless the decision allows. */
export function enforceState(decision: Decision, params: Record<string, string | number>): void {
  if (!decision.allowed) throw new ConflictError(decision.reason, params);
}
