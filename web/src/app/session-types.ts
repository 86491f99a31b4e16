/** The signed-in user as the server describes it. */
export interface SessionUser {
  id: string;
  displayName: string;
  email: string | null;
  nip: string | null;
  roles: string[];
  permissions: string[];
  totpEnabled: boolean;
  mustChangePassword: boolean;
}

/** The government body (tenant) the session belongs to. */
export interface SessionTenant {
  id: string;
  code: string;
  slug: string;
  name: string;
  kind: string;
}

/** `GET /api/auth/session` and a successful login. */
export interface SessionView {
  user: SessionUser;
  tenant: SessionTenant;
  csrfToken: string;
}

/** Login answer when a second factor is still needed. */
export interface MfaRequired {
  mfaRequired: true;
  csrfToken: string;
}

/** Permission strings the web app uses to show or hide navigation and actions. */
export const PERMISSIONS = {
  orgRead: 'organization.read',
  orgManage: 'organization.manage',
  userManage: 'identity.user.manage',
  auditRead: 'audit.read',
  tenantManage: 'platform.tenant.manage',
} as const;

/** True when the session user holds the permission (the server still decides on every request). */
export function hasPermission(session: SessionView | null | undefined, permission: string): boolean {
  return Boolean(session?.user.permissions.includes(permission));
}
