import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createUser } from '../../src/modules/identity/index.ts';
import { findTenantByRef } from '../../src/modules/organization/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { HARNESS_PASSWORD, type Harness, type Session, sessionCookieOf, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let superAdmin: Session;

beforeAll(async () => {
  h = await startHarness({ org: false });
  const platformTenant = await findTenantByRef({ db: h.db }, 'platform');
  const ctx = systemContext(h.db, h.platform, platformTenant!.id, 'test', permissionsForRoles(['admin']));
  await createUser(ctx, {
    displayName: 'Super',
    email: 'root@pamong.id',
    password: HARNESS_PASSWORD,
    roles: ['super_admin' as never],
  });
  const res = await h.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: 'platform', username: 'root@pamong.id', password: HARNESS_PASSWORD },
  });
  expect(res.statusCode).toBe(200);
  superAdmin = { cookie: sessionCookieOf(res)!, csrfToken: res.json().csrfToken, userId: res.json().user.id };
}, 120_000);
afterAll(async () => h?.close());

describe('platform tenant management', () => {
  it('lets the super-admin create a regency from its code and lists it, audited in the platform tenant', async () => {
    const created = await h.inject({ method: 'POST', url: '/api/platform/tenants', as: superAdmin, payload: { code: '3311' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      tenant: { code: '33.11', slug: 'sukoharjo', name: 'Kabupaten Sukoharjo' },
      counts: { kecamatan: 12 },
    });
    const { counts } = created.json();
    expect(counts.desa + counts.kelurahan).toBeGreaterThan(100);
    const list = await h.inject({ method: 'GET', url: '/api/platform/tenants', as: superAdmin });
    expect(list.json().tenants.map((t: { code: string }) => t.code)).toEqual(expect.arrayContaining(['33.11', '33.13', '33.72']));
    const audit = await h.inject({ method: 'GET', url: '/api/audit', as: superAdmin });
    expect(audit.statusCode).toBe(403); // the super-admin manages tenants, not their data
    const platformTenant = await findTenantByRef({ db: h.db }, 'platform');
    const trail = await tenantDb({ db: h.db, tenantId: platformTenant!.id })
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'object_id'])
      .where('audit_log.action', '=', 'platform.tenant_created')
      .execute();
    expect(trail).toEqual([
      { action: 'platform.tenant_created', actor_id: superAdmin.userId, object_id: created.json().tenant.id },
    ]);
  });

  it('refuses a second creation of the same code, and an unknown code, with clear messages', async () => {
    const again = await h.inject({ method: 'POST', url: '/api/platform/tenants', as: superAdmin, payload: { code: '33.13' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('Pemda dengan kode 33.13 sudah ada.');
    const unknown = await h.inject({
      method: 'POST',
      url: '/api/platform/tenants',
      as: superAdmin,
      payload: { code: '99.99' },
      headers: { 'accept-language': 'en' },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual([
      { field: 'code', message: 'Unknown Kemendagri area code "99.99" (example: 33.13).' },
    ]);
  });

  it('gives a regency admin no access to tenant management', async () => {
    const admin = await h.loginAs(h.tenants.a, 'admin');
    for (const [method, url] of [
      ['GET', '/api/platform/tenants'],
      ['POST', '/api/platform/tenants'],
    ] as const) {
      const res = await h.inject({ method, url, as: admin, payload: method === 'POST' ? { code: '33.12' } : undefined });
      expect([url, method, res.statusCode]).toEqual([url, method, 403]);
    }
    expect(await findTenantByRef({ db: h.db }, '33.12')).toBeUndefined();
  });
});
