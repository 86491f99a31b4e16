import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import type { PublicContext } from '../../platform/http/public-context.ts';
import { UnauthorizedError } from '../../shared/errors.ts';
import { OidcConfigView, SessionView, TotpCodeInput, TotpSetupView } from './identity.contract.ts';
import { findUserById, rolesOf } from './identity.repository.ts';
import { contextForUser, type OpenedSession } from './login.service.ts';
import {
  completeOidcLogin,
  OIDC_FLOW_COOKIE,
  OIDC_STATE_TTL_MS,
  OidcLoginRefused,
  oidcConfigView,
  oidcRedirectUri,
  startOidcLogin,
} from './oidc.service.ts';
import { sessionView } from './session.service.ts';
import { setSessionCookie } from './session-cookie.ts';
import { beginTotpSetup, completeTotpLogin, disableTotp, enableTotp } from './totp.service.ts';

const TenantQuery = z.object({ tenant: z.string().trim().min(1).max(100) });
const FLOW_COOKIE_PATH = '/api/auth/oidc';
/** Where the browser lands after SSO: home, the TOTP step, or the login page with an error flag. */
const AFTER_SSO = { done: '/', totpDue: '/masuk?sso=totp', failed: '/masuk?sso=gagal' } as const;

/** The session payload for a session just opened (same shape as GET /api/auth/session). */
async function openedSessionView(pub: PublicContext, opened: OpenedSession) {
  const scope = { db: pub.db, tenantId: opened.tenant.id };
  const user = await findUserById(scope, opened.userId);
  if (!user) throw new UnauthorizedError();
  return sessionView(contextForUser(pub, opened.tenant.id, user, await rolesOf(scope, user.id), opened.sessionId));
}

/** The callback URL as the provider called it: the registered redirect URI plus the query it added. */
function callbackUrlOf(pub: PublicContext, request: FastifyRequest): URL {
  const url = new URL(oidcRedirectUri(pub));
  url.search = new URL(request.url, 'http://callback.invalid').search;
  return url;
}

function logRefusal(request: FastifyRequest, error: unknown) {
  if (error instanceof OidcLoginRefused) request.log.warn({ reason: error.reason }, 'SSO login refused');
  else request.log.error({ err: error }, 'SSO login failed');
}

async function redirectToProvider(pub: PublicContext, request: FastifyRequest, reply: FastifyReply, tenantRef: string) {
  try {
    const { authorizationUrl, state } = await startOidcLogin(pub, tenantRef);
    const secure = pub.platform.security.secureCookies;
    reply.setCookie(OIDC_FLOW_COOKIE, state, {
      httpOnly: true,
      sameSite: 'lax',
      secure,
      path: FLOW_COOKIE_PATH,
      maxAge: OIDC_STATE_TTL_MS / 1000,
    });
    return reply.redirect(authorizationUrl.href, 302);
  } catch (error) {
    logRefusal(request, error);
    return reply.redirect(AFTER_SSO.failed, 302);
  }
}

async function finishSso(pub: PublicContext, request: FastifyRequest, reply: FastifyReply) {
  reply.clearCookie(OIDC_FLOW_COOKIE, { path: FLOW_COOKIE_PATH });
  try {
    const opened = await completeOidcLogin(pub, callbackUrlOf(pub, request), request.cookies?.[OIDC_FLOW_COOKIE]);
    setSessionCookie(reply, opened, pub.platform.security.secureCookies);
    return reply.redirect(opened.mfaPending ? AFTER_SSO.totpDue : AFTER_SSO.done, 302);
  } catch (error) {
    logRefusal(request, error);
    return reply.redirect(AFTER_SSO.failed, 302);
  }
}

/** The second factor (TOTP) and per-tenant OpenID Connect single sign-on endpoints. */
export const mfaRoutes = defineRoutes('identity', (r) => {
  r.publicRoute({
    method: 'POST',
    url: '/api/auth/totp',
    summary: 'Langkah kedua masuk: kode autentikator (second login step: TOTP code)',
    body: TotpCodeInput,
    response: { 200: SessionView },
    handler: async ({ pub, request, reply, body }) => {
      const opened = await completeTotpLogin(pub, request, body.code);
      setSessionCookie(reply, opened, pub.platform.security.secureCookies);
      return openedSessionView(pub, opened);
    },
  });
  r.route({
    method: 'POST',
    url: '/api/auth/totp/setup',
    summary: 'Siapkan autentikator (start TOTP setup)',
    permission: 'authenticated',
    response: { 200: TotpSetupView },
    handler: ({ ctx }) => beginTotpSetup(ctx),
  });
  r.route({
    method: 'POST',
    url: '/api/auth/totp/enable',
    summary: 'Aktifkan autentikator (enable TOTP)',
    permission: 'authenticated',
    body: TotpCodeInput,
    handler: ({ ctx, body }) => enableTotp(ctx, body.code),
  });
  r.route({
    method: 'POST',
    url: '/api/auth/totp/disable',
    summary: 'Nonaktifkan autentikator (disable TOTP)',
    permission: 'authenticated',
    body: TotpCodeInput,
    handler: ({ ctx, body }) => disableTotp(ctx, body.code),
  });
  r.publicRoute({
    method: 'GET',
    url: '/api/auth/oidc/config',
    summary: 'Apakah pemda ini memakai SSO (is SSO offered)',
    querystring: TenantQuery,
    response: { 200: OidcConfigView },
    handler: ({ pub, query }) => oidcConfigView(pub, query.tenant),
  });
  r.publicRoute({
    method: 'GET',
    url: '/api/auth/oidc/start',
    summary: 'Mulai masuk SSO (redirect to the identity provider)',
    querystring: TenantQuery,
    handler: ({ pub, request, reply, query }) => redirectToProvider(pub, request, reply, query.tenant),
  });
  r.publicRoute({
    method: 'GET',
    url: '/api/auth/oidc/callback',
    summary: 'Kembali dari penyedia SSO (SSO callback)',
    handler: ({ pub, request, reply }) => finishSso(pub, request, reply),
  });
});
