import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestTenant } from '../../../test/factories/tenants.ts';
import { insertTestUser } from '../../../test/factories/users.ts';
import { type OidcTestProvider, startOidcProvider } from '../../../test/support/oidc-provider.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { PlatformServices } from '../../platform/access/context.ts';
import type { PublicContext } from '../../platform/http/public-context.ts';
import { createChatWebhook, createMailer } from '../../platform/mail/index.ts';
import { updateTenantSettings } from '../organization/index.ts';
import { findUserById } from './identity.repository.ts';
import { completeOidcLogin, OIDC_STATE_TTL_MS, oidcConfigView, startOidcLogin } from './oidc.service.ts';
import { forgetDiscoveredProviders, sealOidcClientSecret } from './oidc-discovery.ts';
import { authenticateRequest } from './session.service.ts';
import { SESSION_COOKIE, sessionCookieValue } from './session-tokens.ts';

const BASE_URL = 'http://127.0.0.1:3999';
const REDIRECT_URI = `${BASE_URL}/api/auth/oidc/callback`;
const CLIENT = { clientId: 'pamong-test', clientSecret: 'rahasia-klien-uji-yang-cukup-panjang' };

let testDb: TestDatabase;
let provider: OidcTestProvider;
let clockOffsetMs = 0;
let tenantA: { id: string; slug: string };
let tenantB: { id: string; slug: string };
let tenantWithoutSso: { id: string; slug: string };
const users: Record<string, string> = {};

const platform: PlatformServices = {
  storage: undefined as never,
  now: () => new Date(Date.now() + clockOffsetMs),
  timezone: 'Asia/Jakarta',
  baseUrl: BASE_URL,
  security: {
    sessionSecret: 'x'.repeat(40),
    sessionTtlHours: 12,
    loginThrottle: { max: 10, windowMs: 900_000 },
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
const pub = (): PublicContext => ({
  db: testDb.handle,
  platform,
  requestId: 'test',
  ip: '127.0.0.1',
  userAgent: 'vitest',
  locale: 'id',
});

function insertUser(tenantId: string, email: string) {
  return insertTestUser(testDb.handle, tenantId, { email });
}

/** Follows redirects like a browser (with a cookie jar) until the provider sends it back to Pamong. */
async function browseToCallback(authorizationUrl: URL, loginHint: string): Promise<URL> {
  const jar = new Map<string, string>();
  const start = new URL(authorizationUrl);
  start.searchParams.set('login_hint', loginHint);
  let url = start.href;
  for (let hop = 0; hop < 10; hop += 1) {
    if (url.startsWith(REDIRECT_URI)) return new URL(url);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(url, { redirect: 'manual', headers: { cookie } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`provider stopped at ${url} with ${res.status}: ${await res.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('too many redirects');
}

/** A whole SSO round trip for a tenant: start, provider, callback URL and the browser's flow cookie. */
async function ssoRoundTrip(tenantSlug: string, loginHint: string) {
  const started = await startOidcLogin(pub(), tenantSlug);
  return { callbackUrl: await browseToCallback(started.authorizationUrl, loginHint), flowCookie: started.state };
}

async function auditOf(tenantId: string, action: string) {
  return tenantDb({ db: testDb.handle, tenantId })
    .selectFrom('audit_log')
    .select(['object_id', 'data'])
    .where('audit_log.action', '=', action)
    .execute();
}

beforeAll(async () => {
  testDb = await createTestDatabase();
  provider = await startOidcProvider({
    ...CLIENT,
    redirectUri: REDIRECT_URI,
    accounts: [
      { sub: 'budi-001', email: 'Budi@Uji.go.id', email_verified: true, name: 'Budi' },
      { sub: 'siti-002', email: 'siti@uji.go.id', email_verified: false, name: 'Siti' },
      { sub: 'asing-003', email: 'asing@lain.go.id', email_verified: true, name: 'Orang Asing' },
    ],
  });
  tenantA = await insertTestTenant(testDb.handle);
  tenantB = await insertTestTenant(testDb.handle);
  tenantWithoutSso = await insertTestTenant(testDb.handle);
  for (const t of [tenantA, tenantB]) {
    await updateTenantSettings({ db: testDb.handle }, t.id, {
      oidc: {
        issuer: provider.issuer,
        ...CLIENT,
        clientSecret: sealOidcClientSecret('x'.repeat(40), CLIENT.clientSecret),
        label: 'Masuk dengan SSO Pemda',
      },
    });
  }
  users.budi = await insertUser(tenantA.id, 'budi@uji.go.id');
  users.siti = await insertUser(tenantA.id, 'siti@uji.go.id');
  users.budiInB = await insertUser(tenantB.id, 'budi@uji.go.id');
}, 60_000);

afterAll(async () => {
  forgetDiscoveredProviders();
  await provider?.stop();
  await testDb?.cleanup();
});

describe('OIDC configuration', () => {
  it('tells the login page whether a tenant offers SSO, and its label', async () => {
    expect(await oidcConfigView(pub(), tenantA.slug)).toEqual({ enabled: true, label: 'Masuk dengan SSO Pemda' });
    expect(await oidcConfigView(pub(), tenantWithoutSso.slug)).toEqual({ enabled: false });
    expect(await oidcConfigView(pub(), 'tidak-ada')).toEqual({ enabled: false });
  });

  it('refuses to start SSO for a tenant without it', async () => {
    await expect(startOidcLogin(pub(), tenantWithoutSso.slug)).rejects.toMatchObject({ messageKey: 'identity.oidcDisabled' });
  });

  it('starts with PKCE S256, a nonce and a state that names the tenant', async () => {
    const { authorizationUrl, state } = await startOidcLogin(pub(), tenantA.slug);
    expect(authorizationUrl.origin).toBe(provider.issuer);
    expect(authorizationUrl.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(authorizationUrl.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorizationUrl.searchParams.get('nonce')).toBeTruthy();
    expect(authorizationUrl.searchParams.get('state')).toBe(state);
    expect(state.startsWith(`${tenantA.id}.`)).toBe(true);
  });
});

describe('OIDC login', () => {
  it('logs in by verified e-mail first, stores the subject, then logs in by that subject', async () => {
    const first = await ssoRoundTrip(tenantA.slug, 'budi-001');
    const opened = await completeOidcLogin(pub(), first.callbackUrl, first.flowCookie);
    expect(opened).toMatchObject({ userId: users.budi, mfaPending: false });
    expect(opened.tenant.id).toBe(tenantA.id);
    const linked = await findUserById({ db: testDb.handle, tenantId: tenantA.id }, users.budi);
    expect(linked?.oidc_subject).toBe(`${provider.issuer}|budi-001`);
    const request = {
      cookies: { [SESSION_COOKIE]: sessionCookieValue(tenantA.id, opened.token) },
      headers: {},
    } as unknown as FastifyRequest;
    expect((await authenticateRequest(request, pub()))?.ctx.actor.userId).toBe(users.budi);

    // The e-mail no longer matches; the stored subject still finds the account.
    await tenantDb({ db: testDb.handle, tenantId: tenantA.id })
      .updateTable('users')
      .set({ email: 'budi.baru@uji.go.id' })
      .where('users.id', '=', users.budi)
      .execute();
    const second = await ssoRoundTrip(tenantA.slug, 'budi-001');
    expect((await completeOidcLogin(pub(), second.callbackUrl, second.flowCookie)).userId).toBe(users.budi);
    const audits = await auditOf(tenantA.id, 'auth.login_sso');
    expect(audits.map((a) => JSON.parse(a.data).matchedBy)).toEqual(['email', 'subject']);
  });

  it('refuses an account Pamong does not know, and never links an unverified e-mail', async () => {
    const stranger = await ssoRoundTrip(tenantA.slug, 'asing-003');
    await expect(completeOidcLogin(pub(), stranger.callbackUrl, stranger.flowCookie)).rejects.toMatchObject({
      messageKey: 'identity.oidcUnknownUser',
    });
    const unverified = await ssoRoundTrip(tenantA.slug, 'siti-002');
    await expect(completeOidcLogin(pub(), unverified.callbackUrl, unverified.flowCookie)).rejects.toMatchObject({
      messageKey: 'identity.oidcUnknownUser',
    });
    expect((await findUserById({ db: testDb.handle, tenantId: tenantA.id }, users.siti))?.oidc_subject).toBeNull();
  });
});

describe('OIDC state', () => {
  it('refuses a replayed callback and an unknown state', async () => {
    const flow = await ssoRoundTrip(tenantB.slug, 'budi-001');
    expect((await completeOidcLogin(pub(), flow.callbackUrl, flow.flowCookie)).userId).toBe(users.budiInB);
    await expect(completeOidcLogin(pub(), flow.callbackUrl, flow.flowCookie)).rejects.toMatchObject({ status: 401 });
    const forged = new URL(flow.callbackUrl);
    const unknownState = `${tenantB.id}.${'A'.repeat(43)}`;
    forged.searchParams.set('state', unknownState);
    await expect(completeOidcLogin(pub(), forged, unknownState)).rejects.toMatchObject({ status: 401 });
  });

  it('refuses an expired state and deletes it', async () => {
    const flow = await ssoRoundTrip(tenantB.slug, 'budi-001');
    clockOffsetMs = OIDC_STATE_TTL_MS + 60_000;
    try {
      await expect(completeOidcLogin(pub(), flow.callbackUrl, flow.flowCookie)).rejects.toMatchObject({ status: 401 });
    } finally {
      clockOffsetMs = 0;
    }
    const left = await tenantDb({ db: testDb.handle, tenantId: tenantB.id })
      .selectFrom('oidc_states')
      .select('state')
      .where('oidc_states.state', '=', flow.flowCookie)
      .execute();
    expect(left).toEqual([]);
  });

  it("refuses tenant A's state with tenant B's flow cookie, or relabelled as tenant B's", async () => {
    const flowA = await ssoRoundTrip(tenantA.slug, 'budi-001');
    const startedB = await startOidcLogin(pub(), tenantB.slug);
    await expect(completeOidcLogin(pub(), flowA.callbackUrl, startedB.state)).rejects.toMatchObject({ status: 401 });

    const relabelled = new URL(flowA.callbackUrl);
    const stateAsB = `${tenantB.id}${flowA.flowCookie.slice(tenantA.id.length)}`;
    relabelled.searchParams.set('state', stateAsB);
    await expect(completeOidcLogin(pub(), relabelled, stateAsB)).rejects.toMatchObject({ status: 401 });

    // The untouched flow still works, so the refusals above came from the tenant checks.
    expect((await completeOidcLogin(pub(), flowA.callbackUrl, flowA.flowCookie)).tenant.id).toBe(tenantA.id);
  });
});
