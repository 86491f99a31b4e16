/**
 * Browser journey: an administrator signs in, imports an organisation file (dry run, then a background
 * job with a progress bar), finds the imported unit in the chart, switches to English and signs out.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { writeOrgFile } from '../../src/modules/organization/org-file/org-file-writer.ts';
import type { OrgPlan } from '../../src/modules/organization/org-plan.ts';
import {
  CHROMIUM_OPTIONS,
  demoLoginFrom,
  type PamongServer,
  REPO_ROOT,
  startPamongServer,
  webAppBuilt,
} from './support/pamong-server.ts';
import { signIn } from './support/ui.ts';

const UNIT_NAME = 'Dinas Uji Jelajah Peramban';
const HEAD_NAME = 'Kepala Dinas Uji Jelajah';
const EMPLOYEE_NAME = 'Rahmawati Jelajah';

const plan: OrgPlan = {
  units: [{ code: 'DIS-JELAJAH', name: UNIT_NAME, parentCode: null, kind: 'dinas', regionCode: null }],
  positions: [{ code: 'KADIS-JELAJAH', name: HEAD_NAME, unitCode: 'DIS-JELAJAH', echelon: 'II.b', isHead: true }],
  employees: [
    {
      nip: '198207142006042003',
      nik: null,
      name: EMPLOYEE_NAME,
      frontTitle: null,
      backTitle: 'S.T.',
      rank: 'Pembina',
      grade: 'IV/a',
      email: null,
      phone: null,
    },
  ],
  assignments: [
    {
      positionCode: 'KADIS-JELAJAH',
      nip: '198207142006042003',
      kind: 'definitif',
      startsOn: '2024-01-02',
      endsOn: null,
      decreeNumber: null,
    },
  ],
};

let server: PamongServer;
let browser: Browser;
let page: Page;
let workDir: string;
let orgFile: string;

beforeAll(async () => {
  if (!webAppBuilt()) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  workDir = await mkdtemp(join(tmpdir(), 'pamong-journey-'));
  orgFile = join(workDir, 'organisasi.xlsx');
  await writeFile(orgFile, await writeOrgFile(plan));
  server = await startPamongServer();
  browser = await chromium.launch(CHROMIUM_OPTIONS);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
});

afterEach(async ({ task }) => {
  // A picture of the page at the moment a step failed, in the git-ignored test-results/.
  if (task.result?.state === 'fail') await page?.screenshot({ path: join(REPO_ROOT, 'test-results', `${task.name}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('organisation journey', () => {
  it('signs in as the demo admin', async () => {
    await signIn(page, server.url, demoLoginFrom(server.output()));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Beranda');
  });

  it('checks an organisation file with a dry run, then imports it with a progress bar', async () => {
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Organisasi' }).click();
    await page.getByRole('tab', { name: 'Impor' }).click();
    await page.getByLabel('Berkas organisasi (XLSX)').setInputFiles(orgFile);
    await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
    const summary = page.getByRole('status').filter({ hasText: 'Berkas siap diimpor' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('1 unit, 1 jabatan, 1 pegawai, 1 penugasan');

    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    // The bar may finish before we look; either the bar or the final message must show up.
    await page.getByRole('progressbar', { name: 'Kemajuan impor' }).or(page.getByTestId('import-done')).first().waitFor();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    const done = await page.getByTestId('import-done').textContent();
    expect(done).toContain('Data organisasi berhasil diimpor');
    expect(done).toContain('Ditambahkan: 1 unit, 1 jabatan, 1 pegawai, 1 penugasan');
  });

  it('shows the imported unit, its head position and holder in the chart', async () => {
    await page.getByRole('tab', { name: 'Bagan' }).click();
    await page.getByLabel('Cari unit atau jabatan').fill('Jelajah');
    const unit = page.getByRole('treeitem', { name: new RegExp(UNIT_NAME) });
    await unit.waitFor();
    expect(await unit.getAttribute('aria-expanded')).toBe('true');
    const head = page.getByRole('treeitem', { name: new RegExp(HEAD_NAME) });
    expect(await head.textContent()).toContain(EMPLOYEE_NAME);
  });

  it('switches the interface to English', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('tab', { name: 'Chart' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const nav = page.getByRole('navigation', { name: 'Main navigation' });
    expect(await nav.getByRole('link', { name: 'Organisation' }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Organisation');
  });

  it('logs out and lands on the sign-in page', async () => {
    await page.getByRole('button', { name: /^User menu/ }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Pamong' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/masuk');
    const session = await page.request.get(`${server.url}/api/auth/session`);
    expect(session.status()).toBe(401);
  });
});
