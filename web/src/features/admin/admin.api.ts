import { api, queryString } from '../../app/api.ts';

/** Roles a tenant administrator can grant. */
export const ROLES = ['admin', 'pencatat', 'arsiparis', 'perencana', 'evaluator', 'operator_desa', 'pimpinan', 'staf'] as const;

/** One user of the tenant, as listed for administrators. */
export interface UserView {
  id: string;
  displayName: string;
  email: string | null;
  nip: string | null;
  roles: string[];
  status: string;
  totpEnabled: boolean;
}

/** Fields of a new user. */
export interface CreateUserInput {
  displayName: string;
  email?: string;
  nip?: string;
  password: string;
  roles: string[];
}

/** One audit trail entry. */
export interface AuditEntry {
  seq: number;
  at: string;
  actorLabel: string;
  action: string;
  objectType: string | null;
  objectId: string | null;
  ip: string | null;
}

/** Page size requested for the audit trail. */
export const AUDIT_PAGE_SIZE = 50;

/** Query keys of this feature. */
export const adminKeys = {
  users: ['admin', 'users'] as const,
  audit: (page: number) => ['admin', 'audit', page] as const,
};

/** Lists the tenant's users. */
export const fetchUsers = () => api<{ users: UserView[] }>('/api/users').then((r) => r.users);

/** Creates a user. */
export const createUser = (input: CreateUserInput) => api<unknown>('/api/users', { method: 'POST', body: input });

/** Replaces a user's roles. */
export const updateUserRoles = (userId: string, roles: string[]) =>
  api<unknown>(`/api/users/${encodeURIComponent(userId)}/roles`, { method: 'PUT', body: { roles } });

/** Sets a temporary password that the user must change at next login; answered once. */
export const resetUserPassword = (userId: string) =>
  api<{ temporaryPassword: string }>(`/api/users/${encodeURIComponent(userId)}/reset-password`, { method: 'POST', body: {} });

/** One page of the audit trail, newest first. */
export const fetchAudit = (page: number) =>
  api<{ items: AuditEntry[]; total: number }>(`/api/audit${queryString({ page, pageSize: AUDIT_PAGE_SIZE })}`);
