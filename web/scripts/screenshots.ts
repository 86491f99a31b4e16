/**
 * Takes desktop and phone screenshots of the main screens into `screenshots/` (git-ignored).
 * Run: `npm run build:web && node --import tsx web/scripts/screenshots.ts` — starts its own demo server,
 * or uses PAMONG_URL (plus PAMONG_TENANT/PAMONG_USER/PAMONG_PASSWORD) when set.
 * PAMONG_SCREENS=platform takes only the platform super-admin's screens (on its own demo server);
 * PAMONG_SCREENS=eoffice-review only the e-Office review screens (draft editor, steps, search, berkas, statistics).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { writeOrgFile } from '../../src/modules/organization/org-file/org-file-writer.ts';
import type { OrgPlan } from '../../src/modules/organization/org-plan.ts';
import {
  CHROMIUM_OPTIONS,
  type DemoLogin,
  demoLoginFrom,
  REPO_ROOT,
  startPamongServer,
} from '../../test/e2e/support/pamong-server.ts';
import { signIn } from '../../test/e2e/support/ui.ts';
import { tourDocuments } from './screenshots-documents.ts';
import { tourEoffice } from './screenshots-eoffice.ts';
import { tourEofficeReview } from './screenshots-eoffice-review.ts';

const OUT = join(REPO_ROOT, 'screenshots');
/** A small valid organisation (no region codes, so it fits any regency). */
const EXAMPLE_PLAN: OrgPlan = {
  units: [{ code: 'DIS-CONTOH', name: 'Dinas Contoh Tangkapan Layar', parentCode: null, kind: 'dinas', regionCode: null }],
  positions: [{ code: 'KADIS-CONTOH', name: 'Kepala Dinas Contoh', unitCode: 'DIS-CONTOH', echelon: 'II.b', isHead: true }],
  employees: [
    {
      nip: '198503152010011002',
      nik: null,
      name: 'Budi Santoso',
      frontTitle: 'Dr.',
      backTitle: 'S.Kom.',
      rank: 'Pembina',
      grade: 'IV/a',
      email: null,
      phone: null,
    },
  ],
  assignments: [
    {
      positionCode: 'KADIS-CONTOH',
      nip: '198503152010011002',
      kind: 'plt',
      startsOn: '2024-01-02',
      endsOn: null,
      decreeNumber: null,
    },
  ],
};

const VIEWPORTS = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

async function shoot(page: Page, name: string, fullPage = name.startsWith('desktop'), waitIdle = true): Promise<void> {
  if (waitIdle) await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300); // let transitions (navbar, notifications) settle
  // Desktop shots show the whole page; phone shots show what fits on the screen unless asked otherwise.
  await page.screenshot({ path: join(OUT, `${name}.png`), fullPage });
  console.log(`screenshots/${name}.png`);
}

async function tourScreens(page: Page, url: string, login: DemoLogin, size: keyof typeof VIEWPORTS): Promise<void> {
  await page.goto(`${url}/masuk`);
  await page.getByLabel('NIP atau email').waitFor();
  await shoot(page, `${size}-login`);
  await signIn(page, url, login);
  await shoot(page, `${size}-beranda`);
  if (size === 'phone') {
    await page.getByRole('button', { name: 'Buka navigasi' }).click();
    await shoot(page, `${size}-navigation`);
    await page.getByRole('button', { name: 'Tutup navigasi' }).click();
  }
  await page.goto(`${url}/organisasi?tab=bagan`);
  await page.getByRole('tree').waitFor();
  await shoot(page, `${size}-org-tree`);
  await page.goto(`${url}/organisasi?tab=tabel`);
  await page.getByRole('table').waitFor();
  await shoot(page, `${size}-org-table`);
  await page.goto(`${url}/organisasi?tab=impor`);
  const file = join(OUT, 'org-example.xlsx');
  await writeFile(file, await writeOrgFile(EXAMPLE_PLAN));
  await page.getByLabel('Berkas organisasi (XLSX)').setInputFiles(file);
  await page.getByRole('button', { name: 'Periksa (uji coba)' }).click();
  await page.getByRole('button', { name: 'Impor sekarang' }).or(page.getByTestId('import-problems')).first().waitFor();
  await shoot(page, `${size}-import`);
  if (size === 'desktop') {
    await page.getByRole('button', { name: 'Impor sekarang' }).click();
    await page.getByTestId('import-done').waitFor({ timeout: 60_000 });
    await shoot(page, `${size}-import-done`);
  }
  await page.goto(`${url}/admin?tab=pengguna`);
  await page.getByTestId('users-table').waitFor();
  await shoot(page, `${size}-admin-users`);
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  await page.getByRole('dialog').waitFor();
  await shoot(page, `${size}-admin-new-user`);
  await page.keyboard.press('Escape');
  await page.goto(`${url}/admin?tab=audit`);
  await page.getByTestId('audit-table').waitFor();
  await shoot(page, `${size}-admin-audit`);
  await page.goto(`${url}/admin?tab=pekerjaan`);
  await page.getByTestId('dead-jobs-table').waitFor();
  await shoot(page, `${size}-admin-jobs`);
  await page.goto(`${url}/akun`);
  await page.getByRole('button', { name: 'Siapkan autentikator' }).click();
  await page.getByTestId('totp-secret').waitFor();
  await shoot(page, `${size}-account`);
  await page.goto(`${url}/e-office/statistik`);
  await page.getByTestId('stats-letters-table').waitFor();
  await shoot(page, `${size}-eoffice-stats`);
  await tourDocuments(page, url, size, shoot);
  await page.getByRole('button', { name: 'English' }).click();
  await page.goto(`${url}/`);
  await page.getByRole('heading', { name: 'Home' }).waitFor();
  await shoot(page, `${size}-home-english`);
  // The choice is kept in localStorage, which clearCookies() leaves alone: switch back for the next tour.
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
}

/** The platform super-admin (demo seed): lands on `/platform`, adds a regency, then tries the same code again. */
const SUPER_ADMIN: DemoLogin = { tenant: 'platform', username: 'superadmin@pamong.id', password: 'pamong-demo-2026' };
/** Each viewport adds a different regency to one shared server: Karanganyar, then Kota Yogyakarta. */
const REGENCY_CODES = { desktop: '33.13', phone: '3471' } as const;

async function tourPlatform(page: Page, url: string, size: keyof typeof VIEWPORTS): Promise<void> {
  await signIn(page, url, SUPER_ADMIN);
  await page.getByTestId('tenants-table').waitFor();
  await shoot(page, `${size}-platform`);
  const code = page.getByRole('textbox', { name: 'Kode Kemendagri kabupaten/kota' });
  await code.fill(REGENCY_CODES[size]);
  await page.getByRole('button', { name: 'Tambah pemda' }).click();
  await page.getByTestId('tenant-created').waitFor({ timeout: 60_000 });
  await shoot(page, `${size}-platform-created`, true);
  await code.fill(REGENCY_CODES[size]);
  await page.getByRole('button', { name: 'Tambah pemda' }).click();
  await page.getByRole('alert').waitFor();
  await shoot(page, `${size}-platform-exists`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const external = process.env.PAMONG_URL;
  const server = external ? null : await startPamongServer();
  const url = external ?? server!.url;
  const platformOnly = process.env.PAMONG_SCREENS === 'platform';
  const reviewOnly = process.env.PAMONG_SCREENS === 'eoffice-review';
  const fromOutput = demoLoginFrom(server?.output() ?? '');
  const login: DemoLogin = {
    tenant: process.env.PAMONG_TENANT ?? fromOutput.tenant,
    username: process.env.PAMONG_USER ?? fromOutput.username,
    password: process.env.PAMONG_PASSWORD ?? fromOutput.password,
  };
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch(CHROMIUM_OPTIONS);
    for (const size of Object.keys(VIEWPORTS) as (keyof typeof VIEWPORTS)[]) {
      const context = await browser.newContext({ viewport: VIEWPORTS[size], locale: 'id-ID' });
      const page = await context.newPage();
      try {
        if (reviewOnly) {
          if (!external) await tourEofficeReview(page, url, size, shoot);
          await context.close();
          continue;
        }
        if (!platformOnly) await tourScreens(page, url, login, size);
        // The e-Office tour signs in as the demo pencatat, pimpinan and admin: only on our own demo server.
        if (!platformOnly && !external) await tourEoffice(page, url, size, shoot, OUT);
        if (!platformOnly && !external) await tourEofficeReview(page, url, size, shoot);
        // Only on our own throw-away server: the platform tour creates tenants.
        if (!external) {
          await context.clearCookies();
          await tourPlatform(page, url, size);
        }
      } catch (error) {
        await page.screenshot({ path: join(OUT, `${size}-failure.png`), fullPage: true });
        console.error(`failed; see screenshots/${size}-failure.png`);
        throw error;
      }
      await context.close();
    }
  } finally {
    await browser?.close();
    await server?.stop();
  }
}

await main();
