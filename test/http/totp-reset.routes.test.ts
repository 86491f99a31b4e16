import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { HARNESS_PASSWORD, type Harness, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ org: false });
}, 120_000);
afterAll(async () => h?.close());

const loginBody = () => ({ tenant: h.tenants.a.slug, username: h.tenants.a.users.perencana.email, password: HARNESS_PASSWORD });

describe('admin resets a lost authenticator', () => {
  it('turns TOTP off for the user, so the next login needs only the password, and audits it', async () => {
    const user = await h.loginAs(h.tenants.a, 'perencana');
    const setup = await h.inject({ method: 'POST', url: '/api/auth/totp/setup', as: user });
    expect(setup.statusCode).toBe(200);
    const enable = await h.inject({
      method: 'POST',
      url: '/api/auth/totp/enable',
      as: user,
      payload: { code: await generate({ secret: setup.json().secret }) },
    });
    expect(enable.statusCode).toBe(204);
    const withTotp = await h.inject({ method: 'POST', url: '/api/auth/login', payload: loginBody() });
    expect(withTotp.json()).toMatchObject({ mfaRequired: true });

    const staf = await h.loginAs(h.tenants.a, 'staf');
    const refused = await h.inject({ method: 'POST', url: `/api/users/${h.tenants.a.users.perencana.id}/reset-totp`, as: staf });
    expect(refused.statusCode).toBe(403);

    const admin = await h.loginAs(h.tenants.a, 'admin');
    const reset = await h.inject({ method: 'POST', url: `/api/users/${h.tenants.a.users.perencana.id}/reset-totp`, as: admin });
    expect(reset.statusCode).toBe(204);
    const plain = await h.inject({ method: 'POST', url: '/api/auth/login', payload: loginBody() });
    expect(plain.statusCode).toBe(200);
    expect(plain.json().user.totpEnabled).toBe(false);
    const audit = await h.inject({ method: 'GET', url: '/api/audit', as: admin });
    expect(audit.json().items.map((i: { action: string }) => i.action)).toContain('identity.totp_reset');
  });
});
