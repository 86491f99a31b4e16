import type { FastifyRequest } from 'fastify';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { type RequestContext, userContext } from '../../platform/access/context.ts';
import type { PublicContext } from '../../platform/http/public-context.ts';
import type { Authentication } from '../../platform/http/register-routes.ts';
import { UnauthorizedError, ValidationError } from '../../shared/errors.ts';
import { permissionsForRoles } from '../../shared/permissions.ts';
import { recordAudit } from '../audit/index.ts';
import { findTenantByRef, getTenant } from '../organization/index.ts';
import type { ChangePasswordInput, SessionView } from './identity.contract.ts';
import { findLiveSession, findUserById, revokeSessions } from './identity.repository.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { csrfTokenFor, hashToken, parseSessionCookie, SESSION_COOKIE } from './session-tokens.ts';

const TOUCH_INTERVAL_MS = 5 * 60_000;

/** Reads the optional tenant selector a request carries (`x-pamong-tenant` header). */
function requestedTenant(request: FastifyRequest): string | undefined {
  const header = request.headers['x-pamong-tenant'];
  return (Array.isArray(header) ? header[0] : header)?.trim() || undefined;
}

/** Finds the live session behind the cookie, including half-open (TOTP pending) ones. */
export async function resolveSessionCookie(request: FastifyRequest, pub: PublicContext) {
  const parsed = parseSessionCookie(request.cookies?.[SESSION_COOKIE]);
  if (!parsed) return undefined;
  const scope = { db: pub.db, tenantId: parsed.tenantId };
  const session = await findLiveSession(scope, hashToken(parsed.token), pub.platform.now().toISOString());
  if (session?.status !== 'active') return undefined;
  return { ...session, tenantId: parsed.tenantId };
}

/**
 * SECURITY: the authenticator of every protected route. The cookie names its tenant; the session is
 * looked up inside that tenant only, and a request that selects another tenant is refused.
 */
export async function authenticateRequest(request: FastifyRequest, pub: PublicContext): Promise<Authentication | null> {
  const session = await resolveSessionCookie(request, pub);
  if (!session || session.mfaPending) return null;
  const selected = requestedTenant(request);
  if (selected) {
    const tenant = await findTenantByRef(pub, selected);
    if (tenant?.id !== session.tenantId) throw new UnauthorizedError('errors.tenantMismatch');
  }
  const scope = { db: pub.db, tenantId: session.tenantId };
  const roles = session.roles;
  const now = pub.platform.now();
  if (now.getTime() - Date.parse(session.lastSeenAt) > TOUCH_INTERVAL_MS) {
    await tenantDb(scope)
      .updateTable('sessions')
      .set({ last_seen_at: now.toISOString() })
      .where('sessions.id', '=', session.sessionId)
      .execute();
  }
  const ctx = userContext({
    db: pub.db,
    platform: pub.platform,
    tenantId: session.tenantId,
    requestId: pub.requestId,
    ip: pub.ip,
    locale: pub.locale,
    actor: {
      userId: session.userId,
      label: session.displayName,
      roles,
      permissions: permissionsForRoles(roles),
      sessionId: session.sessionId,
    },
  });
  return { ctx, expectedCsrfToken: csrfTokenFor(pub.platform.security.sessionSecret, session.sessionId) };
}

/** The session payload the web app keeps: user, tenant and CSRF token. */
export async function sessionView(ctx: RequestContext): Promise<SessionView> {
  const user = await findUserById(ctx, ctx.actor.userId as string);
  const tenant = await getTenant(ctx, ctx.tenantId);
  if (!user) throw new UnauthorizedError();
  return {
    user: {
      id: user.id,
      displayName: user.display_name,
      email: user.email,
      nip: user.nip,
      roles: [...ctx.actor.roles],
      permissions: [...ctx.actor.permissions].sort(),
      totpEnabled: user.totp_enabled === 1,
      mustChangePassword: user.must_change_password === 1,
    },
    tenant: { id: tenant.id, code: tenant.code, slug: tenant.slug, name: tenant.name, kind: tenant.kind },
    csrfToken: csrfTokenFor(ctx.platform.security.sessionSecret, ctx.actor.sessionId as string),
  };
}

/** Ends the current session. */
export async function logout(ctx: RequestContext): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await revokeSessions(tx, { sessionId: ctx.actor.sessionId as string }, ctx.platform.now().toISOString());
    await recordAudit(tx, 'auth.logout', { objectType: 'session', objectId: ctx.actor.sessionId ?? undefined });
  });
}

/** Ends every session of the current user, on every device ("log out everywhere"). */
export async function logoutEverywhere(ctx: RequestContext): Promise<number> {
  return inTransaction(ctx, async (tx) => {
    const count = await revokeSessions(tx, { userId: ctx.actor.userId as string }, ctx.platform.now().toISOString());
    await recordAudit(tx, 'auth.logout_everywhere', {
      objectType: 'user',
      objectId: ctx.actor.userId ?? undefined,
      data: { sessions: count },
    });
    return count;
  });
}

/** Changes the user's own password; every other session of the user is ended. */
export async function changePassword(ctx: RequestContext, input: ChangePasswordInput): Promise<void> {
  const user = await findUserById(ctx, ctx.actor.userId as string);
  if (!user || !(await verifyPassword(user.password_hash, input.currentPassword))) {
    throw new ValidationError([{ field: 'body.currentPassword', message: 'identity.wrongPassword' }]);
  }
  const hash = await hashPassword(input.newPassword);
  await inTransaction(ctx, async (tx) => {
    const nowIso = ctx.platform.now().toISOString();
    await tenantDb(tx)
      .updateTable('users')
      .set({ password_hash: hash, password_changed_at: nowIso, must_change_password: 0 })
      .where('users.id', '=', user.id)
      .execute();
    await tenantDb(tx)
      .updateTable('sessions')
      .set({ revoked_at: nowIso })
      .where('sessions.user_id', '=', user.id)
      .where('sessions.id', '!=', ctx.actor.sessionId as string)
      .where('sessions.revoked_at', 'is', null)
      .execute();
    await recordAudit(tx, 'auth.password_changed', { objectType: 'user', objectId: user.id });
  });
}
