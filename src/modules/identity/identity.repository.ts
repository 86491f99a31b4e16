import type { UsersTable } from '../../db/schema/identity.ts';
import { type TenantScope, tenantDb } from '../../db/tenant-db.ts';

/** A user row as the identity services use it. */
export type UserRecord = UsersTable;

/** Finds a user of the tenant by e-mail (case-insensitive) or NIP. */
export async function findUserByLogin(ctx: TenantScope, login: string): Promise<UserRecord | undefined> {
  const text = login.trim();
  const db = tenantDb(ctx);
  const byNip = /^\d{18}$/.test(text);
  return db
    .selectFrom('users')
    .selectAll()
    .where(byNip ? 'users.nip' : 'users.email', '=', byNip ? text : text.toLowerCase())
    .executeTakeFirst();
}

/** Finds a user by id within the tenant. */
export function findUserById(ctx: TenantScope, userId: string): Promise<UserRecord | undefined> {
  return tenantDb(ctx).selectFrom('users').selectAll().where('users.id', '=', userId).executeTakeFirst();
}

/** Finds a user by their OIDC subject within the tenant. */
export function findUserByOidcSubject(ctx: TenantScope, subject: string): Promise<UserRecord | undefined> {
  return tenantDb(ctx).selectFrom('users').selectAll().where('users.oidc_subject', '=', subject).executeTakeFirst();
}

/** The role codes of a user. */
export async function rolesOf(ctx: TenantScope, userId: string): Promise<string[]> {
  const rows = await tenantDb(ctx)
    .selectFrom('user_roles')
    .select('role')
    .where('user_roles.user_id', '=', userId)
    .orderBy('role')
    .execute();
  return rows.map((r) => r.role);
}

/** Replaces the role set of a user. */
export async function replaceRoles(ctx: TenantScope, userId: string, roles: readonly string[]): Promise<void> {
  const db = tenantDb(ctx);
  await db.deleteFrom('user_roles').where('user_roles.user_id', '=', userId).execute();
  if (roles.length)
    await db
      .insertInto(
        'user_roles',
        roles.map((role) => ({ user_id: userId, role })),
      )
      .execute();
}

/** Number of active users holding a role. */
export async function countActiveWithRole(ctx: TenantScope, role: string): Promise<number> {
  const row = await tenantDb(ctx)
    .selectFrom('user_roles')
    .innerJoin('users', (j) =>
      j.onRef('users.tenant_id', '=', 'user_roles.tenant_id').onRef('users.id', '=', 'user_roles.user_id'),
    )
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('user_roles.role', '=', role)
    .where('users.status', '=', 'active')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** All users of the tenant with their roles, by name. */
export async function listUsersWithRoles(ctx: TenantScope) {
  const db = tenantDb(ctx);
  const users = await db.selectFrom('users').selectAll().orderBy('display_name').execute();
  const roles = await db.selectFrom('user_roles').select(['user_id', 'role']).execute();
  const byUser = new Map<string, string[]>();
  for (const r of roles) byUser.set(r.user_id, [...(byUser.get(r.user_id) ?? []), r.role]);
  return users.map((u) => ({ user: u, roles: (byUser.get(u.id) ?? []).sort() }));
}

/**
 * Active session joined to its user and the user's role codes (sorted), looked up by token hash inside one tenant in
 * one statement (every authenticated request starts here; on PostgreSQL a statement is a round trip).
 */
export async function findLiveSession(ctx: TenantScope, tokenHash: string, nowIso: string) {
  const rows = await tenantDb(ctx)
    .selectFrom('sessions')
    .innerJoin('users', (j) => j.onRef('users.tenant_id', '=', 'sessions.tenant_id').onRef('users.id', '=', 'sessions.user_id'))
    .leftJoin('user_roles', (j) =>
      j.onRef('user_roles.tenant_id', '=', 'sessions.tenant_id').onRef('user_roles.user_id', '=', 'sessions.user_id'),
    )
    .select([
      'sessions.id as sessionId',
      'sessions.mfa_pending as mfaPending',
      'sessions.last_seen_at as lastSeenAt',
      'users.id as userId',
      'users.display_name as displayName',
      'users.status as status',
      'user_roles.role as role',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', nowIso)
    .orderBy('user_roles.role')
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  const { role: _first, ...session } = first;
  return { ...session, roles: rows.flatMap((row) => (row.role ? [row.role] : [])) };
}

/** Marks sessions revoked: one by id, or every session of a user. */
export async function revokeSessions(ctx: TenantScope, filter: { sessionId?: string; userId?: string }, nowIso: string) {
  let q = tenantDb(ctx).updateTable('sessions').set({ revoked_at: nowIso }).where('sessions.revoked_at', 'is', null);
  if (filter.sessionId) q = q.where('sessions.id', '=', filter.sessionId);
  if (filter.userId) q = q.where('sessions.user_id', '=', filter.userId);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
