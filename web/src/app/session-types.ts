import type { SessionView } from '../../../src/modules/identity/identity.contract.ts';
import type { Permission } from '../../../src/shared/permissions.ts';

/** True when the session user holds the permission (the server still decides on every request). */
export function hasPermission(session: SessionView | null | undefined, permission: Permission): boolean {
  return Boolean(session?.user.permissions.includes(permission));
}
