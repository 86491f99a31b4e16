import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { type RequestContext, userContext } from '../../platform/access/context.ts';
import type { PublicContext } from '../../platform/http/public-context.ts';
import { clearFailures, recordFailure, secondsBlocked, throttleKey } from '../../platform/throttle/throttle.ts';
import { TooManyRequestsError, UnauthorizedError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { permissionsForRoles } from '../../shared/permissions.ts';
import { recordAudit } from '../audit/index.ts';
import { findTenantByRef, type Tenant } from '../organization/index.ts';
import type { LoginInput } from './identity.contract.ts';
import { findUserByLogin, rolesOf, type UserRecord } from './identity.repository.ts';
import { verifyPassword } from './passwords.ts';
import { csrfTokenFor, hashToken, newSessionToken } from './session-tokens.ts';

/** A session just opened: the cookie token (shown once) and what the client needs next. */
export interface OpenedSession {
  readonly token: string;
  readonly tenant: Tenant;
  readonly sessionId: string;
  readonly userId: string;
  readonly mfaPending: boolean;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** A context for a user who has just proven who they are (used to audit the login itself). */
export function contextForUser(
  pub: PublicContext,
  tenantId: string,
  user: UserRecord,
  roles: string[],
  sessionId: string | null,
): RequestContext {
  return userContext({
    db: pub.db,
    platform: pub.platform,
    tenantId,
    requestId: pub.requestId,
    ip: pub.ip,
    locale: pub.locale,
    actor: { userId: user.id, label: user.display_name, roles, permissions: permissionsForRoles(roles), sessionId },
  });
}

/** Opens a session row for a user; with `mfaPending` it is usable only for the TOTP step. */
export async function openSession(
  ctx: RequestContext,
  pub: PublicContext,
  tenant: Tenant,
  mfaPending: boolean,
): Promise<OpenedSession> {
  const now = pub.platform.now();
  const token = newSessionToken();
  const sessionId = newId();
  const expiresAt = new Date(now.getTime() + pub.platform.security.sessionTtlHours * 3600_000);
  await tenantDb(ctx)
    .insertInto('sessions', {
      id: sessionId,
      user_id: ctx.actor.userId as string,
      token_hash: hashToken(token),
      mfa_pending: mfaPending ? 1 : 0,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      last_seen_at: now.toISOString(),
      revoked_at: null,
      ip: pub.ip,
      user_agent: pub.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  const csrfToken = csrfTokenFor(pub.platform.security.sessionSecret, sessionId);
  return { token, tenant, sessionId, userId: ctx.actor.userId as string, mfaPending, csrfToken, expiresAt };
}

async function refuse(
  pub: PublicContext,
  tenant: Tenant,
  user: UserRecord | undefined,
  keys: string[],
  username: string,
): Promise<never> {
  const rule = pub.platform.security.loginThrottle;
  const stranger = { id: null, display_name: `? ${username.slice(0, 60)}` } as unknown as UserRecord;
  const ctx = contextForUser(pub, tenant.id, user ?? stranger, [], null);
  await inTransaction(ctx, async (tx) => {
    for (const key of keys) await recordFailure(tx, key, rule, pub.platform.now());
    await recordAudit(tx, 'auth.login_failed', { objectType: 'user', objectId: user?.id ?? undefined });
  });
  throw new UnauthorizedError('errors.badCredentials');
}

/**
 * Checks a password login for a tenant and opens a session. SECURITY: failures are throttled per
 * account and per IP in the database (shared by all app processes) and audited; unknown tenant,
 * unknown user and wrong password give the same answer.
 */
export async function login(pub: PublicContext, input: LoginInput): Promise<OpenedSession> {
  const tenant = await findTenantByRef(pub, input.tenant);
  if (!tenant) throw new UnauthorizedError('errors.badCredentials');
  const rule = pub.platform.security.loginThrottle;
  const keys = [throttleKey('login-account', tenant.id, input.username.toLowerCase()), throttleKey('login-ip', pub.ip ?? '?')];
  for (const key of keys) {
    const wait = await secondsBlocked(pub, key, rule, pub.platform.now());
    if (wait > 0) throw new TooManyRequestsError(wait);
  }
  const scope = { db: pub.db, tenantId: tenant.id };
  const user = await findUserByLogin(scope, input.username);
  const ok = await verifyPassword(user?.password_hash ?? null, input.password);
  if (!user || !ok || user.status !== 'active') return refuse(pub, tenant, user, keys, input.username);
  const roles = await rolesOf(scope, user.id);
  // The context is made first and the transaction opened on it, so every write below shares it.
  const ctx = contextForUser(pub, tenant.id, user, roles, null);
  return inTransaction(ctx, async (tx) => {
    await clearFailures(tx, keys[0]);
    const opened = await openSession(tx, pub, tenant, user.totp_enabled === 1);
    await recordAudit(tx, opened.mfaPending ? 'auth.password_ok_mfa_pending' : 'auth.login', {
      objectType: 'session',
      objectId: opened.sessionId,
    });
    return opened;
  });
}
