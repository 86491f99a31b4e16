/** Login, sessions, passwords, login throttling and CSRF over real HTTP requests. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { platformDb } from '../../src/db/system-db.ts';
import {
  HARNESS_PASSWORD,
  type Harness,
  type HarnessTenant,
  type Session,
  sessionCookieOf,
  startHarness,
} from '../support/harness.ts';

// Inline vitest projects do not inherit the root timeouts; argon2 and the real wilayah data need more than the defaults.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let a: HarnessTenant;
let b: HarnessTenant;

beforeAll(async () => {
  h = await startHarness({ org: false });
  a = h.tenants.a;
  b = h.tenants.b;
}, 120_000);

afterAll(async () => {
  await h?.close();
});

function login(tenant: string, username: string, password: string, opts: { ip?: string; headers?: Record<string, string> } = {}) {
  return h.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant, username, password },
    ...(opts.ip ? { remoteAddress: opts.ip } : {}),
    ...(opts.headers ? { headers: opts.headers } : {}),
  });
}

const whoAmI = (as: Session) => h.inject({ method: 'GET', url: '/api/auth/session', as });

describe('login', () => {
  it('logs in by e-mail with an HttpOnly cookie and the session view', async () => {
    const res = await login(a.slug, a.users.admin.email, HARNESS_PASSWORD);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'pamong_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.path).toBe('/');
    expect(cookie?.value.startsWith(`${a.id}.`)).toBe(true);
    const view = res.json();
    expect(view.user).toMatchObject({
      id: a.users.admin.id,
      email: a.users.admin.email,
      nip: a.users.admin.nip,
      roles: ['admin'],
      mustChangePassword: false,
    });
    expect(view.user.permissions).toContain('identity.user.manage');
    expect(view.tenant).toMatchObject({ id: a.id, slug: 'karanganyar', code: '33.13' });
    expect(view.csrfToken).toMatch(/^[A-Za-z0-9_-]{20,}$/);
  });

  it('logs in by NIP and by the Kemendagri code of the tenant', async () => {
    const res = await login(b.code, b.users.staf.nip, HARNESS_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(b.users.staf.id);
    expect(res.json().tenant.slug).toBe('surakarta');
    expect(sessionCookieOf(res)).toBeDefined();
  });

  it('refuses a wrong password with 401 in Indonesian, or English on request, and sets no cookie', async () => {
    const id = await login(a.slug, a.users.staf.email, 'salah-sama-sekali');
    expect(id.statusCode).toBe(401);
    expect(id.json().error).toMatchObject({ code: 'unauthorized', message: 'Pemda, nama pengguna, atau kata sandi salah.' });
    expect(sessionCookieOf(id)).toBeUndefined();
    const en = await login(a.slug, a.users.staf.email, 'salah-sama-sekali', { headers: { 'accept-language': 'en-US,en;q=0.9' } });
    expect(en.statusCode).toBe(401);
    expect(en.json().error.message).toBe('Wrong regency, user name or password.');
  });

  it('gives an unknown tenant and an unknown user the same 401 as a wrong password', async () => {
    const tenant = await login('atlantis', a.users.staf.email, HARNESS_PASSWORD);
    const user = await login(a.slug, 'tidak.ada@karanganyar.uji.go.id', HARNESS_PASSWORD);
    const otherTenant = await login(b.slug, a.users.staf.email, HARNESS_PASSWORD);
    for (const res of [tenant, user, otherTenant]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toBe('Pemda, nama pengguna, atau kata sandi salah.');
    }
  });
});

describe('login throttle', () => {
  it('blocks an account after 10 failures (from any IPs) even with the right password, with Retry-After', async () => {
    const account = a.users.pencatat.email;
    for (let i = 1; i <= 10; i += 1) {
      const res = await login(a.slug, account, `salah-${i}`, { ip: `10.1.0.${i}` });
      expect(res.statusCode, `failure ${i}`).toBe(401);
    }
    const blocked = await login(a.slug, account, HARNESS_PASSWORD, { ip: '10.1.0.99' });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('too_many_requests');
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(sessionCookieOf(blocked)).toBeUndefined();
    const rows = await platformDb({ db: h.db })
      .selectFrom('throttles')
      .selectAll()
      .where('key', 'like', 'login-account:%')
      .execute();
    expect(rows.some((r) => Number(r.count) >= 10)).toBe(true);
    expect(rows.every((r) => !r.key.includes('pencatat'))).toBe(true);
  });

  it('blocks an IP after 10 failures on different accounts, while other IPs still log in', async () => {
    const ip = '10.2.0.1';
    const victims = [b.users.pencatat, b.users.arsiparis, b.users.perencana, b.users.evaluator, b.users.pimpinan];
    for (let i = 0; i < 10; i += 1) {
      const res = await login(b.slug, victims[i % victims.length].email, `salah-${i}`, { ip });
      expect(res.statusCode, `failure ${i + 1}`).toBe(401);
    }
    const blocked = await login(b.slug, b.users.operator_desa.email, HARNESS_PASSWORD, { ip });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const elsewhere = await login(b.slug, b.users.operator_desa.email, HARNESS_PASSWORD, { ip: '10.2.0.2' });
    expect(elsewhere.statusCode).toBe(200);
    const ipRows = await platformDb({ db: h.db })
      .selectFrom('throttles')
      .selectAll()
      .where('key', 'like', 'login-ip:%')
      .execute();
    expect(ipRows.some((r) => Number(r.count) >= 10)).toBe(true);
  });
});

describe('sessions', () => {
  it('logout ends the session: the cookie no longer works and is cleared', async () => {
    const s = await h.loginAs(b, 'admin');
    expect((await whoAmI(s)).statusCode).toBe(200);
    const out = await h.inject({ method: 'POST', url: '/api/auth/logout', as: s });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'pamong_session')?.value).toBe('');
    expect((await whoAmI(s)).statusCode).toBe(401);
  });

  it('log out everywhere ends every session of the user, and only theirs', async () => {
    const first = await h.loginAs(b, 'staf');
    const second = await h.loginAs(b, 'staf');
    const bystander = await h.loginAs(b, 'admin');
    expect((await whoAmI(second)).statusCode).toBe(200);
    expect((await h.inject({ method: 'POST', url: '/api/auth/logout-all', as: first })).statusCode).toBe(204);
    expect((await whoAmI(first)).statusCode).toBe(401);
    expect((await whoAmI(second)).statusCode).toBe(401);
    expect((await whoAmI(bystander)).statusCode).toBe(200);
  });

  it('changing the password ends the other sessions and the old password stops working', async () => {
    const here = await h.loginAs(a, 'perencana');
    const there = await h.loginAs(a, 'perencana');
    const newPassword = 'kata-sandi-baru-2026';
    const wrong = await h.inject({
      method: 'POST',
      url: '/api/auth/password',
      as: here,
      payload: { currentPassword: 'salah', newPassword },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields).toEqual([{ field: 'body.currentPassword', message: 'Kata sandi saat ini salah.' }]);
    const short = await h.inject({
      method: 'POST',
      url: '/api/auth/password',
      as: here,
      payload: { currentPassword: HARNESS_PASSWORD, newPassword: 'pendek' },
    });
    expect(short.statusCode).toBe(400);
    const res = await h.inject({
      method: 'POST',
      url: '/api/auth/password',
      as: here,
      payload: { currentPassword: HARNESS_PASSWORD, newPassword },
    });
    expect(res.statusCode).toBe(204);
    expect((await whoAmI(here)).statusCode).toBe(200);
    expect((await whoAmI(there)).statusCode).toBe(401);
    expect((await login(a.slug, a.users.perencana.email, HARNESS_PASSWORD, { ip: '10.3.0.1' })).statusCode).toBe(401);
    expect((await login(a.slug, a.users.perencana.email, newPassword, { ip: '10.3.0.1' })).statusCode).toBe(200);
  });

  it('gives an open session the permissions of every role the user holds now, at its next request', async () => {
    const admin = await h.loginAs(b, 'admin');
    const user = await h.loginAs(b, 'arsiparis');
    const setRoles = async (roles: string[]) => {
      const res = await h.inject({
        method: 'PUT',
        url: `/api/users/${b.users.arsiparis.id}/roles`,
        as: admin,
        payload: { roles },
      });
      expect(res.statusCode, res.body).toBeLessThan(300);
    };
    const status = async (url: string) => (await h.inject({ method: 'GET', url, as: user })).statusCode;
    expect(await status('/api/audit')).toBe(403);
    // audit.read comes from evaluator, the second of the two roles in order.
    await setRoles(['arsiparis', 'evaluator']);
    expect(await status('/api/audit')).toBe(200);
    expect(await status('/api/users')).toBe(403);
    await setRoles([]);
    expect(await status('/api/audit')).toBe(403);
    expect((await whoAmI(user)).statusCode).toBe(200);
    await setRoles(['arsiparis']);
  });

  it('an admin reset gives a working temporary password, forces a change and ends the user’s sessions', async () => {
    const admin = await h.loginAs(a, 'admin');
    const victim = await h.loginAs(a, 'arsiparis');
    const res = await h.inject({ method: 'POST', url: `/api/users/${a.users.arsiparis.id}/reset-password`, as: admin });
    expect(res.statusCode).toBe(200);
    const { temporaryPassword } = res.json();
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9_-]{12,}$/);
    expect((await whoAmI(victim)).statusCode).toBe(401);
    expect((await login(a.slug, a.users.arsiparis.email, HARNESS_PASSWORD, { ip: '10.4.0.1' })).statusCode).toBe(401);
    const fresh = await login(a.slug, a.users.arsiparis.email, temporaryPassword, { ip: '10.4.0.1' });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().user.mustChangePassword).toBe(true);
  });
});

describe('CSRF', () => {
  it('refuses an unsafe request on a cookie session without the token or with a wrong one', async () => {
    const s = await h.loginAs(b, 'pimpinan');
    const none = await h.inject({ method: 'POST', url: '/api/auth/logout', as: s, csrf: false });
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('forbidden');
    expect(none.json().error.message).toContain('CSRF');
    const wrong = await h.inject({ method: 'POST', url: '/api/auth/logout', as: s, csrf: `${s.csrfToken.slice(0, -2)}xx` });
    expect(wrong.statusCode).toBe(403);
    const empty = await h.inject({ method: 'POST', url: '/api/auth/logout', as: s, csrf: '' });
    expect(empty.statusCode).toBe(403);
    expect((await whoAmI(s)).statusCode).toBe(200);
    expect((await h.inject({ method: 'POST', url: '/api/auth/logout', as: s })).statusCode).toBe(204);
  });

  it('refuses the CSRF token of another session of the same user', async () => {
    const mine = await h.loginAs(b, 'evaluator', { remoteAddress: '10.5.0.1' });
    const other = await h.loginAs(b, 'evaluator', { remoteAddress: '10.5.0.2' });
    expect(other.csrfToken).not.toBe(mine.csrfToken);
    const replay = await h.inject({ method: 'POST', url: '/api/auth/logout-all', as: mine, csrf: other.csrfToken });
    expect(replay.statusCode).toBe(403);
    expect((await whoAmI(mine)).statusCode).toBe(200);
    expect((await whoAmI(other)).statusCode).toBe(200);
  });

  it('needs no token for GET, and the session view repeats the session’s token', async () => {
    const s = await h.loginAs(a, 'staf');
    const res = await h.inject({ method: 'GET', url: '/api/auth/session', as: s });
    expect(res.statusCode).toBe(200);
    expect(res.json().csrfToken).toBe(s.csrfToken);
  });
});
