/** Browser helpers shared by the journeys and the screenshot script (Indonesian UI labels). */
import type { Page } from 'playwright-core';
import type { DemoLogin } from './pamong-server.ts';

/** Signs in through the login page and waits for the app shell. */
export async function signIn(page: Page, baseUrl: string, login: DemoLogin): Promise<void> {
  await page.goto(`${baseUrl}/masuk`);
  const tenant = page.getByRole('combobox', { name: 'Instansi' });
  await tenant.waitFor();
  if ((await tenant.inputValue()) === '') {
    await tenant.fill(login.tenant);
    await page
      .getByRole('option', { name: new RegExp(login.tenant, 'i') })
      .first()
      .click();
  }
  await page.getByRole('textbox', { name: 'NIP atau email' }).fill(login.username);
  await page.getByRole('textbox', { name: 'Kata sandi', exact: true }).fill(login.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await page.getByRole('navigation', { name: 'Navigasi utama' }).waitFor();
}

/** A caller of the JSON API as one signed-in user: sends the session cookie and the CSRF token. */
export type ApiCall = (path: string, init?: { method?: string; body?: unknown; form?: FormData }) => Promise<Response>;

/** Logs in over the API (no browser) and returns a caller; POST is the default when a body or form is given. */
export async function apiSession(baseUrl: string, login: DemoLogin): Promise<ApiCall> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tenant: login.tenant, username: login.username, password: login.password }),
  });
  if (!res.ok) throw new Error(`login ${login.username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return (path, init = {}) =>
    fetch(`${baseUrl}${path}`, {
      method: init.method ?? (init.body || init.form ? 'POST' : 'GET'),
      headers: { cookie, 'x-csrf-token': csrfToken, ...(init.body ? { 'content-type': 'application/json' } : {}) },
      body: init.form ?? (init.body ? JSON.stringify(init.body) : undefined),
    });
}

/** Signs the browser out (cookies cleared) and in again as another user. */
export async function switchUser(page: Page, baseUrl: string, login: DemoLogin): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, baseUrl, login);
}
