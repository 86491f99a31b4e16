import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../../app/i18n/index.ts';
import { SessionProvider } from '../../app/session.tsx';
import { LoginPage } from './LoginPage.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function routeFetch(loginAnswer: () => Response) {
  return vi.fn<typeof fetch>(async (input) => {
    const url = String(input);
    if (url.startsWith('/api/auth/session')) return json(401, { error: { code: 'unauthorized', message: 'x' } });
    if (url.startsWith('/api/tenants')) return json(200, { tenants: [{ slug: 'demo', code: '32.11', name: 'Kabupaten Demo' }] });
    if (url.startsWith('/api/auth/oidc/config')) return json(200, { enabled: true, label: 'Keycloak' });
    if (url.startsWith('/api/auth/login')) return loginAnswer();
    return json(404, { error: { code: 'not_found', message: 'x' } });
  });
}

let container: HTMLDivElement;
let root: Root;

async function renderLogin() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  await act(async () => {
    root.render(
      <MantineProvider>
        <QueryClientProvider client={client}>
          <MemoryRouter initialEntries={['/masuk']}>
            <SessionProvider>
              <LoginPage />
            </SessionProvider>
          </MemoryRouter>
        </QueryClientProvider>
      </MantineProvider>,
    );
  });
  await act(async () => new Promise((resolve) => setTimeout(resolve, 50)));
}

function typeInto(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  setter.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

const inputByLabel = (text: string) => {
  const label = [...container.querySelectorAll('label')].find((l) => l.textContent?.replace('*', '').trim() === text);
  return container.querySelector<HTMLInputElement>(`#${CSS.escape(label!.htmlFor)}`)!;
};

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.unstubAllGlobals();
});

describe('LoginPage', () => {
  it('preselects the only tenant and offers its SSO button', async () => {
    vi.stubGlobal(
      'fetch',
      routeFetch(() => json(500, {})),
    );
    await renderLogin();
    expect(inputByLabel('Instansi').value).toBe('Kabupaten Demo (32.11)');
    const sso = [...container.querySelectorAll('a')].find((a) => a.textContent === 'Masuk dengan Keycloak');
    expect(sso?.getAttribute('href')).toBe('/api/auth/oidc/start?tenant=demo');
    expect(container.textContent).toContain('idn-area-data');
  });

  it('announces a rate-limited login with the wait and blocks the button', async () => {
    const answer = () =>
      json(429, { error: { code: 'too_many_requests', message: 'Terlalu banyak percobaan.' } }, { 'retry-after': '90' });
    vi.stubGlobal('fetch', routeFetch(answer));
    await renderLogin();
    await act(async () => {
      typeInto(inputByLabel('NIP atau email'), 'admin@demo.pamong.id');
      typeInto(inputByLabel('Kata sandi'), 'salah-sandi');
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
