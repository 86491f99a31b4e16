import type { FastifyRequest } from 'fastify';
import { generate } from 'otplib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { insertTestTenant } from '../../../test/factories/tenants.ts';
import { insertTestUser } from '../../../test/factories/users.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { PlatformServices } from '../../platform/access/context.ts';
import { openSecret } from '../../platform/crypto/secret-box.ts';
import type { PublicContext } from '../../platform/http/public-context.ts';
import { createChatWebhook, createMailer } from '../../platform/mail/index.ts';
import { getTenant } from '../organization/index.ts';
import { findUserById } from './identity.repository.ts';
import { contextForUser, login, type OpenedSession, openSession } from './login.service.ts';
import { hashPassword } from './passwords.ts';
import { authenticateRequest, resolveSessionCookie } from './session.service.ts';
import { SESSION_COOKIE, sessionCookieValue } from './session-tokens.ts';
import { beginTotpSetup, completeTotpLogin, disableTotp, enableTotp } from './totp.service.ts';

const PASSWORD = 'kata-sandi-uji-123';
// Middle of a 30-second step, so "the same step" and "the next step" are unambiguous.
const START = new Date(Math.floor(Date.parse('2026-11-28T08:00:00Z') / 30_000) * 30_000 + 10_000);

let testDb: TestDatabase;
let clock: Date;
let tenant: { id: string; slug: string };

function publicContext(throttleMax = 10): PublicContext {
  const platform: PlatformServices = {
    storage: undefined as never,
    now: () => clock,
    timezone: 'Asia/Jakarta',
    baseUrl: 'http://127.0.0.1:3999',
    security: {
      sessionSecret: 'x'.repeat(40),
      sessionTtlHours: 12,
      loginThrottle: { max: throttleMax, windowMs: 900_000 },
      secureCookies: false,
    },
    signing: {
      masterKey: 'x'.repeat(32),
      provider: 'local',
      signerCertificateDays: 30,
      extraTrustAnchorsDer: [],
      verifyMaxPerMinute: 60,
    },
    tenantSetup: [],
    mail: createMailer({ from: 'uji@pamong.test' }),
    chat: createChatWebhook({}),
  };
  return { db: testDb.handle, platform, requestId: 'test', ip: '127.0.0.1', userAgent: 'vitest', locale: 'id' };
}

async function insertUser(email: string) {
  return insertTestUser(testDb.handle, tenant.id, {
    email,
    password_hash: await hashPassword(PASSWORD),
    created_at: clock.toISOString(),
  });
}

async function userRow(userId: string) {
  const user = await findUserById({ db: testDb.handle, tenantId: tenant.id }, userId);
  if (!user) throw new Error('user missing');
  return user;
}

async function userContext(pub: PublicContext, userId: string) {
  return contextForUser(pub, tenant.id, await userRow(userId), [], null);
}

/** The half-open session a correct password gives an account with TOTP (what login() opens after the password check). */
async function passwordChecked(pub: PublicContext, userId: string): Promise<OpenedSession> {
  const user = await userRow(userId);
  const t = await getTenant(pub, tenant.id);
  return openSession(contextForUser(pub, tenant.id, user, [], null), pub, t, user.totp_enabled === 1);
}

function requestWithCookie(opened: OpenedSession): FastifyRequest {
  return {
    cookies: { [SESSION_COOKIE]: sessionCookieValue(opened.tenant.id, opened.token) },
    headers: {},
  } as unknown as FastifyRequest;
}

const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const wrongCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0');

async function auditActions(userId: string) {
  const rows = await tenantDb({ db: testDb.handle, tenantId: tenant.id })
    .selectFrom('audit_log')
    .select(['action', 'object_id'])
    .orderBy('seq')
    .execute();
  return rows.filter((r) => r.object_id === userId).map((r) => r.action);
}

/** Sets TOTP up for a fresh user and returns its id, secret and the public context used. */
async function userWithTotp(email: string, pub = publicContext()) {
  const userId = await insertUser(email);
  const { secret } = await beginTotpSetup(await userContext(pub, userId));
  await enableTotp(await userContext(pub, userId), await codeAt(secret, clock));
  clock = new Date(clock.getTime() + 30_000);
  return { userId, secret, pub };
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  clock = START;
  tenant = await insertTestTenant(testDb.handle);
});
afterAll(async () => {
  await testDb?.cleanup();
});
beforeEach(() => {
  clock = new Date(clock.getTime() + 3_600_000);
});

describe('TOTP setup', () => {
  it('stores the secret sealed (never in plain text) without enabling it, and gives an otpauth URI naming Pamong, the tenant and the user', async () => {
    const pub = publicContext();
    const userId = await insertUser('setup@uji.go.id');
    const setup = await beginTotpSetup(await userContext(pub, userId));
    const user = await userRow(userId);
    expect(user.totp_secret).not.toContain(setup.secret);
    expect(openSecret(pub.platform.security.sessionSecret, 'totp', user.totp_secret ?? '')).toBe(setup.secret);
    expect(user.totp_enabled).toBe(0);
    expect(setup.otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(decodeURIComponent(setup.otpauthUri)).toContain(`${tenant.slug}/setup@uji.go.id`);
    expect(setup.otpauthUri).toContain('issuer=Pamong');
  });

  it('refuses to enable with a wrong code and keeps the factor off', async () => {
    const pub = publicContext();
    const userId = await insertUser('wrong-enable@uji.go.id');
    const { secret } = await beginTotpSetup(await userContext(pub, userId));
    const wrong = wrongCode(await codeAt(secret, clock));
    await expect(enableTotp(await userContext(pub, userId), wrong)).rejects.toMatchObject({
      status: 422,
      fields: [{ field: 'body.code', message: 'identity.totpInvalid' }],
    });
    expect((await userRow(userId)).totp_enabled).toBe(0);
  });

  it('enables with the right code and audits it', async () => {
    const { userId } = await userWithTotp('enable@uji.go.id');
    expect((await userRow(userId)).totp_enabled).toBe(1);
    expect(await auditActions(userId)).toEqual(expect.arrayContaining(['auth.totp_setup_started', 'auth.totp_enabled']));
  });
});

describe('TOTP login', () => {
  it('refuses a wrong second-step code with 401, then replaces the half-open session with a fresh full one', async () => {
    const { userId, secret, pub } = await userWithTotp('login@uji.go.id');
    const pending = await passwordChecked(pub, userId);
    expect(await authenticateRequest(requestWithCookie(pending), pub)).toBeNull();
    const code = await codeAt(secret, clock);
    await expect(completeTotpLogin(pub, requestWithCookie(pending), wrongCode(code))).rejects.toMatchObject({
      status: 401,
      messageKey: 'identity.totpInvalid',
    });
    const full = await completeTotpLogin(pub, requestWithCookie(pending), code);
    expect(full.mfaPending).toBe(false);
    expect(full.token).not.toBe(pending.token);
    expect(full.sessionId).not.toBe(pending.sessionId);
    expect(await resolveSessionCookie(requestWithCookie(pending), pub)).toBeUndefined();
    const auth = await authenticateRequest(requestWithCookie(full), pub);
    expect(auth?.ctx.actor.userId).toBe(full.userId);
    expect(auth?.ctx.actor.sessionId).toBe(full.sessionId);
  });

  it('refuses the same code a second time (replay)', async () => {
    const { userId, secret, pub } = await userWithTotp('replay@uji.go.id');
    const code = await codeAt(secret, clock);
    const first = await passwordChecked(pub, userId);
    await completeTotpLogin(pub, requestWithCookie(first), code);
    const second = await passwordChecked(pub, userId);
    await expect(completeTotpLogin(pub, requestWithCookie(second), code)).rejects.toMatchObject({
      status: 401,
      messageKey: 'identity.totpInvalid',
    });
    clock = new Date(clock.getTime() + 30_000);
    const next = await completeTotpLogin(pub, requestWithCookie(second), await codeAt(secret, clock));
    expect(next.mfaPending).toBe(false);
  });

  it('does not accept a full session cookie or no cookie at the second step', async () => {
    const { userId, secret, pub } = await userWithTotp('nocookie@uji.go.id');
    const code = await codeAt(secret, clock);
    const noCookie = { cookies: {}, headers: {} } as unknown as FastifyRequest;
    await expect(completeTotpLogin(pub, noCookie, code)).rejects.toMatchObject({ status: 401 });
    const pending = await passwordChecked(pub, userId);
    const full = await completeTotpLogin(pub, requestWithCookie(pending), code);
    clock = new Date(clock.getTime() + 30_000);
    await expect(completeTotpLogin(pub, requestWithCookie(full), await codeAt(secret, clock))).rejects.toMatchObject({
      status: 401,
    });
  });

  it('blocks the second step after too many wrong codes, even for the right code', async () => {
    const { userId, secret, pub } = await userWithTotp('throttle@uji.go.id', publicContext(3));
    const pending = await passwordChecked(pub, userId);
    const code = await codeAt(secret, clock);
    for (let i = 0; i < 3; i += 1) {
      await expect(completeTotpLogin(pub, requestWithCookie(pending), wrongCode(code))).rejects.toMatchObject({ status: 401 });
    }
    await expect(completeTotpLogin(pub, requestWithCookie(pending), code)).rejects.toMatchObject({ status: 429 });
  });
});

describe('TOTP disable', () => {
  it('refuses a wrong code and keeps the factor on', async () => {
    const { userId, secret, pub } = await userWithTotp('disable-wrong@uji.go.id');
    const wrong = wrongCode(await codeAt(secret, clock));
    await expect(disableTotp(await userContext(pub, userId), wrong)).rejects.toMatchObject({ status: 422 });
    expect((await userRow(userId)).totp_enabled).toBe(1);
  });

  it('turns the factor off with a valid code and forgets the secret', async () => {
    const { userId, secret, pub } = await userWithTotp('disable@uji.go.id');
    await disableTotp(await userContext(pub, userId), await codeAt(secret, clock));
    const user = await userRow(userId);
    expect(user.totp_enabled).toBe(0);
    expect(user.totp_secret).toBeNull();
    expect(await auditActions(userId)).toContain('auth.totp_disabled');
  });
});

// Kept last: it goes through login() itself, so a failure there cannot hold up the tests above.
describe('password login of an account with TOTP', () => {
  it('asks for the second step, which then gives a full session; without TOTP the password alone suffices', async () => {
    const { userId, secret, pub } = await userWithTotp('password-login@uji.go.id');
    const credentials = { tenant: tenant.slug, username: 'password-login@uji.go.id', password: PASSWORD };
    const pending = await login(pub, credentials);
    expect(pending.mfaPending).toBe(true);
    expect(await authenticateRequest(requestWithCookie(pending), pub)).toBeNull();
    const full = await completeTotpLogin(pub, requestWithCookie(pending), await codeAt(secret, clock));
    expect((await authenticateRequest(requestWithCookie(full), pub))?.ctx.actor.userId).toBe(userId);
    clock = new Date(clock.getTime() + 30_000);
    await disableTotp(await userContext(pub, userId), await codeAt(secret, clock));
    expect((await login(pub, credentials)).mfaPending).toBe(false);
  });
});
