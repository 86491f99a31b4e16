/**
 * Browser journey (issue #7): a village operator on a phone enters quarterly realisasi of the IKM result with the
 * network cut. The app, installed by its service worker, opens again while offline; the entry waits on the device
 * ("Menunggu dikirim"), is sent when the connection returns, and the server holds exactly one copy. A second entry
 * whose first answer is lost on the way back is sent again with the same client id: still one copy.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_OPTIONS,
  type DemoLogin,
  type PamongServer,
  REPO_ROOT,
  startPamongServer,
  webAppBuilt,
} from './support/pamong-server.ts';
import { type ApiCall, apiSession, signIn } from './support/ui.ts';

const OPERATOR: DemoLogin = { tenant: 'demo', username: 'operator.desa@demo.pamong.id', password: 'pamong-demo-2026' };
const SHOTS = join(REPO_ROOT, 'test-results', 'desa-offline-journey');
const PHONE = { viewport: { width: 390, height: 844 }, locale: 'id-ID', isMobile: true, hasTouch: true };

interface Quarter {
  quarter: string;
  realization: { clientId: string; value: string; status: string } | null;
}
interface AccountabilityView {
  desa: { id: string; name: string };
  indicators: { id: string; code: string; quarters: Quarter[] }[];
}

let server: PamongServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let operator: ApiCall;
let desaId: string;

async function view(): Promise<AccountabilityView> {
  const res = await operator(`/api/villages/desa/${desaId}/accountability`);
  if (!res.ok) throw new Error(`accountability: ${res.status} ${await res.text()}`);
  return (await res.json()) as AccountabilityView;
}

/** The IKM result's quarter as the server holds it. */
async function ikmQuarter(quarter: string): Promise<Quarter> {
  const ikm = (await view()).indicators.find((i) => i.code === 'IKM');
  return ikm?.quarters.find((q) => q.quarter === quarter) as Quarter;
}

/** Opens the IKM card's quarter and fills value, respondents and score; leaves "Simpan di perangkat" to the caller. */
async function fillIkm(p: Page, quarter: string, score: string) {
  const card = p.getByRole('article').filter({ hasText: 'IKM' });
  await card.getByRole('button', { name: new RegExp(`^${quarter}:`) }).click();
  await p.getByLabel(/^Nilai realisasi/).fill(score.replace('.', ','));
  await p.getByLabel('Jumlah responden').fill('120');
  await p.getByLabel('Nilai IKM').fill(score);
}

/**
 * In the page: the service worker controls it and holds its copies of the session and the desa report. A worker
 * installed after the page's first requests has the app fetch them again (App.tsx), so this comes true either way.
 */
async function hasOfflineCopies(): Promise<boolean> {
  if (!navigator.serviceWorker.controller || !(await caches.has('pamong-api-v1'))) return false;
  const urls = (await (await caches.open('pamong-api-v1')).keys()).map((request) => new URL(request.url).pathname);
  return urls.includes('/api/auth/session') && urls.some((path) => path.endsWith('/accountability'));
}

const shot = (p: Page, name: string) => p.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

beforeAll(async () => {
  if (!webAppBuilt()) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  await mkdir(SHOTS, { recursive: true });
  server = await startPamongServer();
  operator = await apiSession(server.url, OPERATOR);
  const year = new Date().getFullYear();
  const list = (await (await operator(`/api/villages/idm?year=${year}`)).json()) as { items: { regionId: string }[] };
  desaId = list.items[0]?.regionId as string;
  browser = await chromium.launch(CHROMIUM_OPTIONS);
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await page?.screenshot({ path: join(SHOTS, `failed-${task.name}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('desa report offline on a phone', () => {
  it('opens again without a connection, keeps the entry on the device and sends it once when back online', async () => {
    expect((await ikmQuarter('Q2')).realization).toBeNull();
    context = await browser.newContext(PHONE);
    page = await context.newPage();
    await signIn(page, server.url, OPERATOR);
    await page.goto(`${server.url}/sakip-desa`);
    await page.waitForURL(/\/sakip-desa\/laporan/);
    await page.getByRole('article').filter({ hasText: 'IKM' }).waitFor();
    await expect.poll(() => page.evaluate(hasOfflineCopies), { timeout: 30_000 }).toBe(true);
    await context.setOffline(true);
    await page.reload();
    await page.getByText('Luring').first().waitFor();
    await page.getByText('Tidak ada sambungan').waitFor();
    await fillIkm(page, 'Q2', '78.5');
    await page.getByRole('button', { name: 'Simpan di perangkat' }).click();
    await page.getByRole('status').filter({ hasText: 'Menunggu dikirim: 1' }).waitFor();
    await shot(page, '01-offline-waiting');
    expect((await ikmQuarter('Q2')).realization).toBeNull();
    await context.setOffline(false);
    await expect.poll(async () => (await ikmQuarter('Q2')).realization?.value, { timeout: 30_000 }).toBe('78.5');
    await page.getByRole('status').filter({ hasText: 'Menunggu dikirim: 1' }).waitFor({ state: 'detached' });
    await shot(page, '02-back-online-sent');
    const sent = (await ikmQuarter('Q2')).realization;
    expect(sent).toMatchObject({ status: 'submitted', value: '78.5' });
    await context.close();
  });

  it('sends an entry again with the same client id when the first answer is lost, and the server keeps one copy', async () => {
    // Service workers blocked so the page's own requests can be watched; the outbox is the page's, not the worker's.
    context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
    page = await context.newPage();
    const puts: string[] = [];
    await page.route(/\/api\/villages\/realizations\/[^/]+$/, async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      puts.push(new URL(route.request().url()).pathname);
      const answer = await route.fetch();
      // The server has stored the first one; its answer never reaches the phone.
      if (puts.length === 1) return route.abort('connectionreset');
      return route.fulfill({ response: answer });
    });
    await signIn(page, server.url, OPERATOR);
    await page.goto(`${server.url}/sakip-desa/laporan`);
    await fillIkm(page, 'Q3', '80.25');
    await page.getByRole('button', { name: 'Simpan di perangkat' }).click();
    await page
      .getByRole('button', { name: 'Kirim sekarang' })
      .click({ timeout: 15_000 })
      .catch(() => undefined);
    await expect.poll(() => puts.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(2);
    expect(new Set(puts).size).toBe(1);
    const stored = (await ikmQuarter('Q3')).realization;
    expect(stored).toMatchObject({ value: '80.25', status: 'submitted' });
    expect(puts[0]).toBe(`/api/villages/realizations/${stored?.clientId}`);
    await page
      .getByRole('status')
      .filter({ hasText: /Menunggu dikirim: [1-9]/ })
      .waitFor({ state: 'detached' });
    await shot(page, '03-retried-once-stored');
    await context.close();
  });
});
