import type { Actor } from '../../platform/access/context.ts';
import { TENANT_ROLES } from '../../shared/permissions.ts';

/** Only holders of identity.user.manage may manage accounts. */
export const canManageUsers = (actor: Actor): boolean => actor.permissions.has('identity.user.manage');

/**
 * An admin may grant tenant roles (never super_admin), and may not take the admin role away from
 * themselves or from the last active admin, so a tenant cannot lock itself out.
 */
export function canSetRoles(
  actor: Actor,
  target: { userId: string; isAdmin: boolean },
  newRoles: readonly string[],
  activeAdmins: number,
): boolean {
  if (!canManageUsers(actor)) return false;
  if (newRoles.some((r) => !(TENANT_ROLES as readonly string[]).includes(r))) return false;
  const dropsAdmin = target.isAdmin && !newRoles.includes('admin');
  if (dropsAdmin && (target.userId === actor.userId || activeAdmins <= 1)) return false;
  return true;
}
