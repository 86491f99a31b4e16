import type { FastifyReply } from 'fastify';
import type { OpenedSession } from './login.service.ts';
import { SESSION_COOKIE, sessionCookieValue } from './session-tokens.ts';

/** Sets the HttpOnly session cookie for a freshly opened session. */
export function setSessionCookie(reply: FastifyReply, opened: OpenedSession, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, sessionCookieValue(opened.tenant.id, opened.token), {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    expires: opened.expiresAt,
  });
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
