/**
 * The e-Office review tour (issue #4): the draft editor, a draft with its paraf steps, the search tab with
 * results, the berkas list, the regulation draft tab and the statistics, on the demo e-Office sample. Phone shots
 * are taken at 375 px (the narrowest common phone), desktop at the tour's 1280 px.
 */
import type { Page } from 'playwright-core';
import type { DemoLogin } from '../../test/e2e/support/pamong-server.ts';
import { signIn } from '../../test/e2e/support/ui.ts';
import type { Shoot } from './screenshots-documents.ts';

const PASSWORD = 'pamong-demo-2026';
const as = (username: string): DemoLogin => ({ tenant: 'demo', username, password: PASSWORD });
const PHONE = { width: 375, height: 812 } as const;

async function switchTo(page: Page, url: string, username: string): Promise<void> {
  await page.context().clearCookies();
  await signIn(page, url, as(username));
}

async function outgoingScreens(page: Page, url: string, name: (s: string) => string, shoot: Shoot): Promise<void> {
  await page.goto(`${url}/e-office/konsep/baru`);
  await page.getByRole('button', { name: 'Simpan konsep' }).waitFor();
  await shoot(page, name('konsep-baru'), true);
  await page.goto(`${url}/e-office?tab=tandatangan`);
  await page.getByRole('main').getByRole('link').first().waitFor();
  await shoot(page, name('antrean-tandatangan'), true);
  await page
    .getByRole('main')
    .getByRole('link', { name: /rapat persiapan evaluasi SPBE/ })
    .first()
    .click();
  await page.getByTestId('draft-steps').waitFor();
  await shoot(page, name('konsep-langkah'), true);
}

async function searchScreen(page: Page, url: string, name: (s: string) => string, shoot: Shoot): Promise<void> {
  await page.goto(`${url}/e-office?tab=cari`);
  await page.getByTestId('search-idle').waitFor();
  await shoot(page, name('cari-kosong'), true);
  const box = page.getByRole('searchbox', { name: 'Kata yang dicari' });
  await box.fill('SPBE');
  await box.press('Enter');
  await page.getByTestId('search-count').waitFor();
  await shoot(page, name('cari-hasil'), true);
}

async function adminScreens(page: Page, url: string, name: (s: string) => string, shoot: Shoot): Promise<void> {
  await page.goto(`${url}/admin/regulasi?tab=draf`);
  const create = page.getByRole('button', { name: 'Buat versi baru (draf)' });
  await create.or(page.getByTestId('draft-banner')).first().waitFor();
  if (await create.isVisible()) await create.click();
  await page.getByTestId('draft-banner').waitFor();
  await shoot(page, name('regulasi-draf'), true);
  await page.goto(`${url}/e-office/statistik`);
  await page.getByTestId('stats-letters-table').waitFor();
  await shoot(page, name('statistik'), true);
}

/** Runs the review tour for one viewport `size` (phone shots at 375 px; the viewport is restored afterwards). */
export async function tourEofficeReview(page: Page, url: string, size: string, shoot: Shoot): Promise<void> {
  const before = page.viewportSize();
  if (size === 'phone') await page.setViewportSize(PHONE);
  const name = (screen: string) => `${size}-review-${screen}`;
  try {
    await switchTo(page, url, 'pimpinan@demo.pamong.id');
    await outgoingScreens(page, url, name, shoot);
    await searchScreen(page, url, name, shoot);
    await switchTo(page, url, 'arsiparis@demo.pamong.id');
    await page.goto(`${url}/arsip/berkas`);
    await page.getByTestId('case-file-table').waitFor();
    await shoot(page, name('berkas'), true);
    await switchTo(page, url, 'admin@demo.pamong.id');
    await adminScreens(page, url, name, shoot);
  } finally {
    if (before) await page.setViewportSize(before);
  }
}
