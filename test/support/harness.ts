/**
 * An HTTP test harness: a fresh database, the real app, two real regencies (33.13 Kabupaten
 * Karanganyar and 33.72 Kota Surakarta) with one account per tenant role and a small organisation
 * each, and helpers to log in over `POST /api/auth/login` and call routes with cookie + CSRF token.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { type App, buildApp } from '../../src/app.ts';
import type { DatabaseHandle } from '../../src/db/connection.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createUser } from '../../src/modules/identity/index.ts';
import { SESSION_COOKIE } from '../../src/modules/identity/session-tokens.ts';
import { createTenantFromCode, importOrgPlan } from '../../src/modules/organization/index.ts';
import { type PlatformServices, systemContext } from '../../src/platform/access/context.ts';
import { parseConfig } from '../../src/platform/config/config.ts';
import { permissionsForRoles, TENANT_ROLES } from '../../src/shared/permissions.ts';
import { smallOrgPlan } from '../factories/org.ts';
import { createTestDatabase } from './test-db.ts';

/** The password of every account the harness creates. */
export const HARNESS_PASSWORD = 'kata-sandi-uji-2026';

/** A tenant role the harness made an account for. */
export type TenantRole = (typeof TENANT_ROLES)[number];

/** One account of a harness tenant. */
export interface HarnessUser {
  readonly id: string;
  readonly email: string;
  readonly nip: string;
}

/** A tenant made by the harness, with its accounts by role. */
export interface HarnessTenant {
  readonly key: 'a' | 'b';
  readonly id: string;
  readonly code: string;
  readonly slug: string;
  readonly users: Readonly<Record<TenantRole, HarnessUser>>;
}

/** A logged-in session: the cookie value, the CSRF token of the session and the user's id. */
export interface Session {
  readonly cookie: string;
  readonly csrfToken: string;
  readonly userId: string;
}

/** Options of `harness.inject`: Fastify's inject options plus the session to act as. */
export type HarnessInject = InjectOptions & {
  /** Sends this session's cookie, and its CSRF token on unsafe methods. */
  as?: Session;
  /** Overrides the CSRF header: a different token, or false to send none. */
  csrf?: string | false;
};

/** A running harness. */
export interface Harness {
  readonly app: App;
  readonly db: DatabaseHandle;
  readonly platform: PlatformServices;
  /** The folder of the local file storage (STORAGE_DIR). */
  readonly storageDir: string;
  readonly tenants: { readonly a: HarnessTenant; readonly b: HarnessTenant };
  inject(opts: HarnessInject): Promise<LightMyRequestResponse>;
  loginAs(tenant: HarnessTenant, role: TenantRole, opts?: { remoteAddress?: string }): Promise<Session>;
  /** The id of a unit of the tenant's organisation by its code. */
  unitId(tenant: HarnessTenant, code: string): Promise<string>;
  close(): Promise<void>;
}

/** Options of `startHarness`. */
export interface HarnessOptions {
  /** Extra environment for parseConfig, e.g. `{ LOGIN_MAX_FAILURES: '3', MAX_UPLOAD_MB: '1' }`. */
  env?: Record<string, string>;
  /** Import the small organisation in both tenants (default true). */
  org?: boolean;
}

const TENANT_CODES = { a: { code: '33.13', slug: 'karanganyar' }, b: { code: '33.72', slug: 'surakarta' } } as const;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function userNip(tenantIndex: number, roleIndex: number): string {
  return `198001012005011${tenantIndex}${String(roleIndex).padStart(2, '0')}`;
}

async function seedTenant(app: App, key: 'a' | 'b', withOrg: boolean): Promise<HarnessTenant> {
  const { code, slug } = TENANT_CODES[key];
  const { tenant } = await createTenantFromCode({ db: app.db, platform: app.platform }, code, { slug });
  const ctx = systemContext(app.db, app.platform, tenant.id, 'test', permissionsForRoles(['admin']));
  const users = {} as Record<TenantRole, HarnessUser>;
  for (const [index, role] of TENANT_ROLES.entries()) {
    const email = `${role.replace('_', '.')}@${slug}.uji.go.id`;
    const nip = userNip(key === 'a' ? 1 : 2, index);
    const { id } = await createUser(ctx, {
      displayName: `Uji ${role} ${slug}`,
      email,
      nip,
      password: HARNESS_PASSWORD,
      roles: [role],
    });
    users[role] = { id, email, nip };
  }
  if (withOrg) {
    const result = await importOrgPlan(ctx, smallOrgPlan());
    if (!result.ok) throw new Error(`harness org plan is invalid: ${JSON.stringify(result.problems)}`);
  }
  return { key, id: tenant.id, code: tenant.code, slug: tenant.slug, users };
}

/** Reads the session cookie a response sets, if any. */
export function sessionCookieOf(res: LightMyRequestResponse): string | undefined {
  return res.cookies.find((c) => c.name === SESSION_COOKIE && c.value !== '')?.value;
}

function withSession(opts: HarnessInject): InjectOptions {
  const { as, csrf, ...rest } = opts;
  const headers: Record<string, string> = { ...(rest.headers as Record<string, string> | undefined) };
  const method = String(rest.method ?? 'GET').toUpperCase();
  const token = csrf === undefined ? as?.csrfToken : csrf;
  if (token && UNSAFE.has(method)) headers['x-csrf-token'] = token;
  const cookies = as ? { ...(rest.cookies ?? {}), [SESSION_COOKIE]: as.cookie } : rest.cookies;
  return { ...rest, headers, ...(cookies ? { cookies } : {}) };
}

/** Starts the harness; call once per test file (beforeAll) — accounts cost an argon2 hash each. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const testDb = await createTestDatabase();
  const storageDir = mkdtempSync(join(tmpdir(), 'pamong-harness-'));
  const config = parseConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: testDb.url,
    STORAGE_DIR: storageDir,
    ...options.env,
  });
  const app = await buildApp(config, { db: testDb.handle });
  try {
    const tenants = { a: await seedTenant(app, 'a', options.org ?? true), b: await seedTenant(app, 'b', options.org ?? true) };
    const inject = (opts: HarnessInject) => app.http.inject(withSession(opts));
    const loginAs = async (tenant: HarnessTenant, role: TenantRole, opts: { remoteAddress?: string } = {}): Promise<Session> => {
      const res = await app.http.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { tenant: tenant.slug, username: tenant.users[role].email, password: HARNESS_PASSWORD },
        ...(opts.remoteAddress ? { remoteAddress: opts.remoteAddress } : {}),
      });
      const cookie = sessionCookieOf(res);
      if (res.statusCode !== 200 || !cookie)
        throw new Error(`login as ${role}@${tenant.slug} failed: ${res.statusCode} ${res.body}`);
      return { cookie, csrfToken: res.json().csrfToken, userId: res.json().user.id };
    };
    const unitId = async (tenant: HarnessTenant, code: string) => {
      const row = await tenantDb({ db: app.db, tenantId: tenant.id })
        .selectFrom('units')
        .select('id')
        .where('units.code', '=', code)
        .executeTakeFirstOrThrow();
      return row.id;
    };
    const close = async () => {
      await app.close();
      await testDb.cleanup();
      rmSync(storageDir, { recursive: true, force: true });
    };
    return { app, db: app.db, platform: app.platform, storageDir, tenants, inject, loginAs, unitId, close };
  } catch (error) {
    await app.close();
    await testDb.cleanup();
    throw error;
  }
}
