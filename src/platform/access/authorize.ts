import { ForbiddenError } from '../../shared/errors.ts';
import type { Permission } from '../../shared/permissions.ts';
import type { Actor } from './context.ts';

/** Throws ForbiddenError unless `allowed` is true. Call it with a named policy predicate. */
export function authorize(allowed: boolean): asserts allowed {
  if (!allowed) throw new ForbiddenError();
}

/** True when the actor holds the permission. */
export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}
