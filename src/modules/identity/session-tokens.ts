import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Name of the HttpOnly session cookie. */
export const SESSION_COOKIE = 'pamong_session';

/** A fresh opaque session token (32 random bytes, base64url). */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token: the only form a session token is stored in. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Cookie value: `<tenantId>.<token>`. The tenant part selects the tenant door; the token is the secret. */
export function sessionCookieValue(tenantId: string, token: string): string {
  return `${tenantId}.${token}`;
}

/** Splits a cookie value into tenant id and token, or undefined when malformed. */
export function parseSessionCookie(value: string | undefined): { tenantId: string; token: string } | undefined {
  if (!value) return undefined;
  const match = /^([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/.exec(value);
  return match ? { tenantId: match[1], token: match[2] } : undefined;
}

/**
 * SECURITY: the CSRF token of a session is an HMAC of its id, so a token from another session (or a
 * revoked one) never matches, and no extra state is needed across app processes.
 */
export function csrfTokenFor(secret: string, sessionId: string): string {
  return createHmac('sha256', secret).update(`csrf:${sessionId}`).digest('base64url');
}

/** A readable temporary password for admin resets (about 80 bits). */
export function temporaryPassword(): string {
  return randomBytes(10).toString('base64url');
}
