import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestTenant } from '../../../test/factories/tenants.ts';
import { insertTestUser } from '../../../test/factories/users.ts';
import { type OidcTestProvider, startOidcProvider } from '../../../test/support/oidc-provider.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.ts';
import { type App, buildApp } from '../../app.ts';
import type { PlatformServices } from '../../platform/access/context.ts';
import { parseConfig } from '../../platform/config/config.ts';
import { createChatWebhook, createMailer } from '../../platform/mail/index.ts';
import { updateTenantSettings } from '../organization/index.ts';
import { forgetDiscoveredProviders, sealOidcClientSecret } from './oidc-discovery.ts';
import { SESSION_COOKIE } from './session-tokens.ts';

const BASE_URL = 'http://127.0.0.1:3999';
const REDIRECT_URI = `${BASE_URL}/api/auth/oidc/callback`;
const CLIENT = { clientId: 'pamong-http-test', clientSecret: 'rahasia-klien-uji-http-yang-panjang' };

let testDb: TestDatabase;
let provider: OidcTestProvider;
let app: App;
let storageDir: string;
let clockOffsetMs = 0;
let tenant: { id: string; slug: string };
let userId: string;

const platform: PlatformServices = {
  storage: undefined as never,
  now: () => new Date(Date.now() + clockOffsetMs),
  timezone: 'Asia/Jakarta',
  baseUrl: BASE_URL,
  security: {
    sessionSecret: 'y'.repeat(40),
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

function cookieOf(res: { cookies: { name: string; value: string }[] }, name: string): string | undefined {
  return res.cookies.find((c) => c.name === name)?.value;
}

/** Follows the provider's redirects like a browser until it sends the browser back to Pamong. */
async function throughProvider(location: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = location;
  for (let hop = 0; hop < 10 && !url.startsWith(REDIRECT_URI); hop += 1) {
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') } });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    url = new URL(res.headers.get('location') ?? '', url).href;
  }
  return url.slice(BASE_URL.length);
}

/** GET start → provider → GET callback; returns the callback's answer. */
async function ssoThroughHttp() {
  const start = await app.http.inject({ method: 'GET', url: `/api/auth/oidc/start?tenant=${tenant.slug}` });
  expect(start.statusCode).toBe(302);
  const callbackPath = await throughProvider(String(start.headers.location));
  const flow = cookieOf(start, 'pamong_oidc') ?? '';
  return app.http.inject({ method: 'GET', url: callbackPath, cookies: { pamong_oidc: flow } });
}

const codeNow = (secret: string) => generate({ secret, epoch: Math.floor(platform.now().getTime() / 1000) });

beforeAll(async () => {
  testDb = await createTestDatabase();
  provider = await startOidcProvider({
    ...CLIENT,
    redirectUri: REDIRECT_URI,
    accounts: [{ sub: 'rina-01', email: 'rina@uji.go.id', email_verified: true }],
  });
  tenant = await insertTestTenant(testDb.handle);
  await updateTenantSettings({ db: testDb.handle }, tenant.id, {
    oidc: { issuer: provider.issuer, ...CLIENT, clientSecret: sealOidcClientSecret('y'.repeat(40), CLIENT.clientSecret) },
  });
  userId = await insertTestUser(testDb.handle, tenant.id, { email: 'rina@uji.go.id', display_name: 'Rina' });
  storageDir = mkdtempSync(join(tmpdir(), 'pamong-mfa-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: testDb.url,
    BASE_URL,
    LOG_LEVEL: 'silent',
    STORAGE_DIR: storageDir,
  });
  app = await buildApp(config, { db: testDb.handle, platform });
}, 60_000);

afterAll(async () => {
  forgetDiscoveredProviders();
  await app?.close();
  await provider?.stop();
  await testDb?.cleanup();
  if (storageDir) rmSync(storageDir, { recursive: true, force: true });
});

describe('SSO and TOTP over HTTP', () => {
  it('offers SSO for the tenant and sends a failed callback back to the login page', async () => {
    const config = await app.http.inject({ method: 'GET', url: `/api/auth/oidc/config?tenant=${tenant.slug}` });
    expect(config.json()).toEqual({ enabled: true, label: 'SSO' });
    const bare = await app.http.inject({
      method: 'GET',
      url: `/api/auth/oidc/callback?code=x&state=${tenant.id}.${'B'.repeat(43)}`,
    });
    expect(bare.statusCode).toBe(302);
    expect(bare.headers.location).toBe('/masuk?sso=gagal');
    expect(cookieOf(bare, SESSION_COOKIE)).toBeUndefined();
  });

  it('logs in by SSO, enables TOTP, then requires the code after the next SSO login', async () => {
    const first = await ssoThroughHttp();
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe('/');
    const session = cookieOf(first, SESSION_COOKIE) ?? '';
    const view = await app.http.inject({ method: 'GET', url: '/api/auth/session', cookies: { [SESSION_COOKIE]: session } });
    expect(view.json().user.id).toBe(userId);
    const headers = { 'x-csrf-token': view.json().csrfToken };
    const setup = await app.http.inject({
      method: 'POST',
      url: '/api/auth/totp/setup',
      headers,
      cookies: { [SESSION_COOKIE]: session },
    });
    const { secret } = setup.json();
    const enable = { method: 'POST' as const, url: '/api/auth/totp/enable', headers, cookies: { [SESSION_COOKIE]: session } };
    expect((await app.http.inject({ ...enable, payload: { code: await codeNow(secret) } })).statusCode).toBe(204);

    clockOffsetMs += 30_000;
    const second = await ssoThroughHttp();
    expect(second.headers.location).toBe('/masuk?sso=totp');
    const pending = cookieOf(second, SESSION_COOKIE) ?? '';
    expect(
      (await app.http.inject({ method: 'GET', url: '/api/auth/session', cookies: { [SESSION_COOKIE]: pending } })).statusCode,
    ).toBe(401);
    const step = { method: 'POST' as const, url: '/api/auth/totp', cookies: { [SESSION_COOKIE]: pending } };
    const code = await codeNow(secret);
    const wrong = await app.http.inject({ ...step, payload: { code: code === '000000' ? '111111' : '000000' } });
    expect(wrong.statusCode).toBe(401);
    const right = await app.http.inject({ ...step, payload: { code } });
    expect(right.statusCode).toBe(200);
    expect(right.json().user.totpEnabled).toBe(true);
    const full = cookieOf(right, SESSION_COOKIE) ?? '';
    expect(full).not.toBe(pending);
    expect(
      (await app.http.inject({ method: 'GET', url: '/api/auth/session', cookies: { [SESSION_COOKIE]: full } })).statusCode,
    ).toBe(200);
  });
});
