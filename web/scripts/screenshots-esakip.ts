/**
 * e-SAKIP planning screenshots at 1280 and 375 px. Starts a demo server, makes the demo admin a perencana (an admin
 * planner coordinates the RPJMD), creates an active period with a small RPJMD through the API, then shoots the tree,
 * table, search, a dialog, periods and reports into `screenshots/esakip-*.png`.
 * Run: `npm run build:web && node --import tsx web/scripts/screenshots-esakip.ts`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_OPTIONS, REPO_ROOT, startPamongServer } from '../../test/e2e/support/pamong-server.ts';
import { signIn } from '../../test/e2e/support/ui.ts';

const OUT = join(REPO_ROOT, 'screenshots');
const ADMIN = { tenant: 'demo', username: 'admin@demo.pamong.id', password: 'pamong-demo-2026' };

async function call(page: Page, method: string, url: string, data?: object): Promise<{ id: string; version: number }> {
  const session = await (await page.request.get('/api/auth/session')).json();
  const res = await page.request.fetch(url, { method, data, headers: { 'x-csrf-token': session.csrfToken } });
  if (!res.ok()) throw new Error(`${method} ${url}: ${res.status()} ${await res.text()}`);
  return res.status() === 204 ? { id: '', version: 0 } : res.json();
}

async function seedPlan(page: Page, url: string): Promise<void> {
  await signIn(page, url, ADMIN);
  const me = (await (await page.request.get('/api/auth/session')).json()).user;
  await call(page, 'PUT', `/api/users/${me.id}/roles`, { roles: [...me.roles, 'perencana'] });
  await page.context().clearCookies();
  await signIn(page, url, ADMIN);
  const period = await call(page, 'POST', '/api/performance/periods', {
    startYear: 2025,
    title: 'RPJMD Kabupaten Sumedang 2025–2029',
  });
  await call(page, 'POST', `/api/performance/periods/${period.id}/activate`, { version: period.version });
  const nodes = `/api/performance/periods/${period.id}/nodes`;
  const add = (kind: string, parentId: string | null, title: string, code: string | null = null) =>
    call(page, 'POST', nodes, { document: 'rpjmd', kind, parentId, title, code });
  const visi = await add('visi', null, 'Sumedang Simpati: sejahtera, agamis, maju, profesional dan kreatif');
  const misi = await add('misi', visi.id, 'Meningkatkan kualitas sumber daya manusia yang sehat dan cerdas', '1');
  const tujuan = await add('tujuan', misi.id, 'Meningkatnya derajat kesehatan masyarakat', '1.1');
  await add('tujuan', misi.id, 'Meningkatnya mutu pendidikan', '1.2');
  const sasaran = await add('sasaran', tujuan.id, 'Menurunnya angka kematian ibu dan bayi', '1.1.1');
  const years = [2025, 2026, 2027, 2028, 2029];
  await call(page, 'POST', `/api/performance/nodes/${sasaran.id}/indicators`, {
    name: 'Angka kematian ibu per 100.000 kelahiran hidup',
    unitOfMeasure: 'per 100.000 KH',
    polarity: 'minimize',
    aggregation: 'last',
    frequency: 'yearly',
    isIku: true,
    targets: years.map((year, i) => ({ year, kind: 'number', value: String(90 - i * 5) })),
  });
  await call(page, 'POST', `/api/performance/nodes/${sasaran.id}/indicators`, {
    name: 'Cakupan persalinan di fasilitas kesehatan',
    unitOfMeasure: '%',
    polarity: 'maximize',
    aggregation: 'last',
    frequency: 'yearly',
    targets: years.slice(0, 3).map((year, i) => ({ year, kind: 'number', value: String(92 + i) })),
  });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `esakip-${name}.png`), fullPage: true });
  console.log(`screenshots/esakip-${name}.png`);
}

async function tour(page: Page, url: string, size: string): Promise<void> {
  await page.goto(`${url}/e-sakip`);
  await page.getByRole('navigation', { name: /Pohon rencana/ }).waitFor();
  await shoot(page, `${size}-tree`);
  await page.getByLabel('Cari simpul (judul atau kode)').fill('kematian');
  await shoot(page, `${size}-search`);
  await page.getByLabel('Cari simpul (judul atau kode)').fill('');
  await page.getByText('Tabel', { exact: true }).click();
  await page.getByTestId('plan-table').waitFor();
  await shoot(page, `${size}-table`);
  await page.getByText('Pohon', { exact: true }).click();
  await page.getByRole('button', { name: /Tindakan untuk indikator Angka kematian/ }).click();
  await page.getByRole('menuitem', { name: 'Ubah target' }).click();
  await page.getByRole('dialog').waitFor();
  await page.getByLabel('Bentuk target 2029').selectOption('range');
  await page.getByLabel('Batas bawah 2029').fill('80');
  await page.getByLabel('Batas atas 2029').fill('70');
  await page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click();
  await shoot(page, `${size}-targets-invalid`);
  await page.keyboard.press('Escape');
  await page.goto(`${url}/e-sakip?tab=periode`);
  await page.getByTestId('periods-table').waitFor();
  await shoot(page, `${size}-periods`);
  await page.goto(`${url}/e-sakip?tab=laporan`);
  await page.getByTestId('orphans-report').getByRole('list').first().waitFor();
  await shoot(page, `${size}-reports`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await startPamongServer();
  const browser = await chromium.launch(CHROMIUM_OPTIONS);
  try {
    const sizes = { desktop: { width: 1280, height: 800 }, phone: { width: 375, height: 812 } };
    let seeded = false;
    for (const [size, viewport] of Object.entries(sizes)) {
      const context = await browser.newContext({ viewport, locale: 'id-ID', baseURL: server.url });
      const page = await context.newPage();
      if (!seeded) await seedPlan(page, server.url);
      else await signIn(page, server.url, ADMIN);
      seeded = true;
      await tour(page, server.url, size);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();
