import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { mountPoint, settle } from '../../test-support/dom.ts';
import { json, routeFetch, stubFetch } from '../../test-support/fetch-stub.ts';
import { inputByLabel, typeInto } from '../../test-support/inputs.ts';
import { renderWithProviders } from '../../test-support/providers.tsx';
import { LoginPage } from './LoginPage.tsx';

const mount = mountPoint();

function loginServer(loginAnswer: () => Response) {
  return routeFetch([
    { match: '/api/auth/session', answer: () => json(401, { error: { code: 'unauthorized', message: 'x' } }) },
    { match: '/api/tenants', answer: () => json(200, { tenants: [{ slug: 'demo', code: '32.11', name: 'Kabupaten Demo' }] }) },
    { match: '/api/auth/oidc/config', answer: () => json(200, { enabled: true, label: 'Keycloak' }) },
    { match: '/api/auth/login', answer: loginAnswer },
  ]);
}

async function renderLogin() {
  await renderWithProviders(mount, <LoginPage />, { route: '/masuk', session: true });
  await settle();
}

describe('LoginPage', () => {
  it('preselects the only tenant and offers its SSO button', async () => {
    stubFetch(loginServer(() => json(500, {})));
    await renderLogin();
    const { container } = mount;
    expect(inputByLabel(container, 'Instansi').value).toBe('Kabupaten Demo (32.11)');
    const sso = [...container.querySelectorAll('a')].find((a) => a.textContent === 'Masuk dengan Keycloak');
    expect(sso?.getAttribute('href')).toBe('/api/auth/oidc/start?tenant=demo');
    expect(container.textContent).toContain('idn-area-data');
  });

  it('announces a rate-limited login with the wait and blocks the button', async () => {
    const answer = () =>
      json(429, { error: { code: 'too_many_requests', message: 'Terlalu banyak percobaan.' } }, { 'retry-after': '90' });
    stubFetch(loginServer(answer));
    await renderLogin();
    const { container } = mount;
    await act(async () => {
      typeInto(inputByLabel(container, 'NIP atau email'), 'admin@demo.pamong.id');
      typeInto(inputByLabel(container, 'Kata sandi'), 'salah-sandi');
    });
    await act(async () => {
      container.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Terlalu banyak percobaan.');
    expect(alert?.textContent).toContain('Coba lagi dalam 90 detik.');
    const submit = container.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    expect(submit.disabled).toBe(true);
    expect(submit.textContent).toMatch(/Tunggu (89|90) detik/);
  });
});
