/**
 * THE TENANCY SWEEP: every route with a path parameter is called by an equally privileged admin of
 * tenant B on a resource of tenant A, and must answer 404. A new parameterised route without a sweep
 * entry fails this file until someone writes one (entries: test/support/tenancy-sweep.ts).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SESSION_COOKIE } from '../src/modules/identity/session-tokens.ts';
import { PERMISSIONS } from '../src/shared/permissions.ts';
import { type Harness, type Session, startHarness } from './support/harness.ts';
import { GLOBAL_PUBLIC, SWEEP } from './support/tenancy-sweep.ts';

// Inline vitest projects do not inherit the root timeouts; argon2 and the real wilayah data need more than the defaults.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

function fillParams(url: string, params: Record<string, string>): string {
  return url.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`sweep entry for ${url} gives no value for :${name}`);
    return encodeURIComponent(params[name]);
  });
}

let h: Harness;
let adminB: Session;
let adminA: Session;

beforeAll(async () => {
  h = await startHarness();
  adminA = await h.loginAs(h.tenants.a, 'admin');
  adminB = await h.loginAs(h.tenants.b, 'admin');
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('tenancy sweep', () => {
  it('answers 404 to tenant B for every parameterised route on a resource of tenant A', async () => {
    const parameterised = h.app.routes.filter((r) => r.url.includes(':') && !GLOBAL_PUBLIC.has(`${r.method} ${r.url}`));
    expect(parameterised.length).toBeGreaterThan(0);
    const missing = parameterised.map((r) => `${r.method} ${r.url}`).filter((key) => !SWEEP[key]);
    expect(missing, `add a sweep entry for ${missing.join(', ')} in test/tenancy.test.ts`).toEqual([]);
    for (const route of parameterised) {
      const key = `${route.method} ${route.url}`;
      const call = await SWEEP[key](h);
      const url = fillParams(route.url, call.params);
      const res = await h.inject({
        method: route.method,
        url,
        as: adminB,
        ...(call.body === undefined ? {} : { payload: call.body as object }),
      });
      expect(res.statusCode, `${key} as tenant B: ${res.body}`).toBe(404);
      expect(res.json().error.code, key).toBe('not_found');
    }
  });

  it('lets tenant A itself reach the same resources (the sweep entries are real)', async () => {
    const unit = await h.inject({
      method: 'GET',
      url: `/api/org/units/${await h.unitId(h.tenants.a, 'DISKOMINFO')}`,
      as: adminA,
    });
    expect(unit.statusCode).toBe(200);
    expect(unit.json().code).toBe('DISKOMINFO');
    const { params } = await SWEEP['GET /api/jobs/:jobId'](h);
    const job = await h.inject({ method: 'GET', url: `/api/jobs/${params.jobId}`, as: adminA });
    expect(job.statusCode).toBe(200);
    expect(job.json().status).toBe('pending');
    const roles = await h.inject({
      method: 'PUT',
      url: `/api/users/${h.tenants.a.users.staf.id}/roles`,
      as: adminA,
      payload: { roles: ['staf'] },
    });
    expect(roles.statusCode).toBe(204);
  });

  it('left tenant A untouched by the attempts of tenant B', async () => {
    const users = await h.inject({ method: 'GET', url: '/api/users', as: adminA });
    const staf = users.json().users.find((u: { id: string }) => u.id === h.tenants.a.users.staf.id);
    expect(staf.roles).toEqual(['staf']);
    const stafLogin = await h.loginAs(h.tenants.a, 'staf');
    expect(stafLogin.userId).toBe(h.tenants.a.users.staf.id);
  });
});

describe('route registry', () => {
  it('declares a known permission (or authenticated) on every non-public route', () => {
    const known = new Set<string>([...PERMISSIONS, 'authenticated', 'public']);
    const unknown = h.app.routes.filter((r) => !known.has(r.permission)).map((r) => `${r.method} ${r.url} → ${r.permission}`);
    expect(unknown).toEqual([]);
    const nonPublic = h.app.routes.filter((r) => r.permission !== 'public');
    expect(nonPublic.length).toBeGreaterThan(5);
    for (const route of nonPublic)
      expect([...PERMISSIONS, 'authenticated'], `${route.method} ${route.url}`).toContain(route.permission);
  });

  it('has no duplicate METHOD url pairs', () => {
    const keys = h.app.routes.map((r) => `${r.method} ${r.url}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps the public routes to the expected list', () => {
    const pub = h.app.routes
      .filter((r) => r.permission === 'public')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(pub).toEqual(
      [
        'GET /api/auth/oidc/callback',
        'GET /api/auth/oidc/config',
        'GET /api/auth/oidc/start',
        'GET /api/health',
        'GET /api/openapi.json',
        'GET /api/public/verifikasi/:code',
        'GET /api/tenants',
        'POST /api/auth/login',
        'POST /api/auth/totp',
        'POST /api/public/verifikasi',
      ].sort(),
    );
  });
});

describe('session binding to its tenant', () => {
  it('refuses tenant A’s cookie when the request selects tenant B', async () => {
    const ok = await h.inject({
      method: 'GET',
      url: '/api/auth/session',
      as: adminA,
      headers: { 'x-pamong-tenant': h.tenants.a.slug },
    });
    expect(ok.statusCode).toBe(200);
    const res = await h.inject({
      method: 'GET',
      url: '/api/auth/session',
      as: adminA,
      headers: { 'x-pamong-tenant': h.tenants.b.slug },
    });
    expect(res.statusCode).toBe(401);
    const byCode = await h.inject({
      method: 'GET',
      url: '/api/org/units',
      as: adminA,
      headers: { 'x-pamong-tenant': h.tenants.b.code },
    });
    expect(byCode.statusCode).toBe(401);
  });

  it('refuses a cookie whose tenant part is rewritten to tenant B', async () => {
    const token = adminA.cookie.slice(adminA.cookie.indexOf('.') + 1);
    const forged = `${h.tenants.b.id}.${token}`;
    const res = await h.inject({ method: 'GET', url: '/api/auth/session', cookies: { [SESSION_COOKIE]: forged } });
    expect(res.statusCode).toBe(401);
    const units = await h.inject({ method: 'GET', url: '/api/org/units', cookies: { [SESSION_COOKIE]: forged } });
    expect(units.statusCode).toBe(401);
    const original = await h.inject({ method: 'GET', url: '/api/auth/session', as: adminA });
    expect(original.json().tenant.id).toBe(h.tenants.a.id);
  });
});
