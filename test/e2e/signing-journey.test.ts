/**
 * Browser journey for signed documents: the demo pimpinan sees the letter waiting for a signature, signs
 * it in the dialog, and a citizen with a phone opens the QR link without logging in: "Dokumen sah". The
 * same page compares uploaded copies: the exact file matches, a copy with one changed byte does not.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_OPTIONS, type PamongServer, REPO_ROOT, startPamongServer, webAppBuilt } from './support/pamong-server.ts';
import { signIn } from './support/ui.ts';

const PIMPINAN = { tenant: 'demo', username: 'pimpinan@demo.pamong.id', password: 'pamong-demo-2026' };
const WAITING_SUBJECT = 'Jadwal Pendampingan Tanda Tangan Elektronik';

let server: PamongServer;
let browser: Browser;
let page: Page;
let workDir: string;
let verificationUrl: string;
let signedPdf: Buffer;

beforeAll(async () => {
  if (!webAppBuilt()) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  workDir = await mkdtemp(join(tmpdir(), 'pamong-signing-journey-'));
  server = await startPamongServer();
  browser = await chromium.launch(CHROMIUM_OPTIONS);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'id-ID' });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await page?.screenshot({ path: join(REPO_ROOT, 'test-results', `${task.name}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function waitingRow() {
  return page.getByTestId('documents-table').locator('tbody tr').filter({ hasText: WAITING_SUBJECT });
}

describe('signing journey', () => {
  it('the pimpinan sees the letter waiting for a signature and signs it', async () => {
    await signIn(page, server.url, PIMPINAN);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Naskah' }).click();
    await waitingRow().waitFor();
    expect(await waitingRow().textContent()).toContain('Giliran Anda');
    await waitingRow()
      .getByRole('button', { name: /^Tandatangani/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Tandatangani sekarang' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(async () => waitingRow().textContent(), { timeout: 30_000 }).toContain('1/1 ditandatangani');
    expect(await waitingRow().textContent()).not.toContain('Giliran Anda');
    verificationUrl = (await waitingRow().getByRole('link', { name: 'Verifikasi' }).getAttribute('href')) ?? '';
    const pdfHref = (await waitingRow().getByRole('link', { name: 'Buka PDF' }).getAttribute('href')) ?? '';
    const pdf = await page.request.get(`${server.url}${pdfHref}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    signedPdf = Buffer.from(await pdf.body());
    expect(signedPdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('a citizen opens the QR link on a phone without logging in and reads "Dokumen sah"', async () => {
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID', isMobile: true });
    try {
      const citizen = await phone.newPage();
      const path = new URL(verificationUrl).pathname;
      expect(path).toMatch(/^\/verifikasi\/[A-Z2-9]{20}$/);
      await citizen.goto(`${server.url}${path}`);
      const status = citizen.getByRole('status').filter({ hasText: 'Dokumen sah' });
      await status.waitFor();
      expect(await citizen.getByText(WAITING_SUBJECT).count()).toBeGreaterThan(0);
      expect(await citizen.getByRole('heading', { name: 'Penanda tangan' }).isVisible()).toBe(true);

      const exact = join(workDir, 'naskah.pdf');
      await writeFile(exact, signedPdf);
      await citizen.getByLabel('Berkas PDF', { exact: true }).setInputFiles(exact);
      await citizen.getByRole('button', { name: 'Periksa berkas' }).click();
      await expect.poll(() => citizen.getByTestId('upload-outcome').getAttribute('data-outcome')).toBe('matches_record');

      const changed = Buffer.from(signedPdf);
      const at = Math.floor(changed.indexOf('/ByteRange') / 2);
      changed[at] = changed[at] === 0x41 ? 0x42 : 0x41;
      const tampered = join(workDir, 'naskah-diubah.pdf');
      await writeFile(tampered, changed);
      await citizen.getByLabel('Berkas PDF', { exact: true }).setInputFiles(tampered);
      await citizen.getByRole('button', { name: 'Periksa berkas' }).click();
      await expect.poll(() => citizen.getByTestId('upload-outcome').getAttribute('data-outcome')).toBe('changed');
      expect(await citizen.getByTestId('upload-outcome').textContent()).toContain('Berkas telah berubah');
    } finally {
      await phone.close();
    }
  });
});
