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
