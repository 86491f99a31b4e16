import type { AuditListView } from '../../../../src/modules/audit/audit.contract.ts';
import type { CreateUserInput, UserListItem } from '../../../../src/modules/identity/identity.contract.ts';
import { api, queryString } from '../../app/api.ts';

/** Page size requested for the audit trail. */
export const AUDIT_PAGE_SIZE = 50;

/** Query keys of this feature. */
export const adminKeys = {
  users: ['admin', 'users'] as const,
  audit: (page: number) => ['admin', 'audit', page] as const,
};

/** Lists the tenant's users. */
export const fetchUsers = () => api<{ users: UserListItem[] }>('/api/users').then((r) => r.users);

/** Creates a user. */
export const createUser = (input: CreateUserInput) => api<unknown>('/api/users', { method: 'POST', body: input });

/** Replaces a user's roles (codes the server does not know are refused there). */
export const updateUserRoles = (userId: string, roles: readonly string[]) =>
  api<unknown>(`/api/users/${encodeURIComponent(userId)}/roles`, { method: 'PUT', body: { roles } });

/** Sets a temporary password that the user must change at next login; answered once. */
export const resetUserPassword = (userId: string) =>
  api<{ temporaryPassword: string }>(`/api/users/${encodeURIComponent(userId)}/reset-password`, { method: 'POST', body: {} });

/** One page of the audit trail, newest first. */
export const fetchAudit = (page: number) => api<AuditListView>(`/api/audit${queryString({ page, pageSize: AUDIT_PAGE_SIZE })}`);

/** Switches off a user's authenticator (a lost phone). */
export const resetUserTotp = (userId: string) =>
  api<void>(`/api/users/${encodeURIComponent(userId)}/reset-totp`, { method: 'POST', body: {} });
