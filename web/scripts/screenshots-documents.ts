/**
 * The documents part of the screenshot tour: the "Buat naskah" editor with its preview, "Naskah saya", the sign
 * dialog (when the signed-in user is a signer), kop & certificates, and the public verification page
 * (opened without a session, as a phone that scanned the QR would).
 */
import type { Page } from 'playwright-core';

/**
 * Takes one screenshot named `name` (the caller decides where it goes). `waitIdle: false` skips waiting for an
 * idle network: the blob: PDF preview frame never counts as finished in Chromium.
 */
export type Shoot = (page: Page, name: string, fullPage?: boolean, waitIdle?: boolean) => Promise<void>;

const BODY = [
  'Dalam rangka percepatan penerapan Sistem Pemerintahan Berbasis Elektronik (SPBE), kami mengundang Saudara pada rapat koordinasi yang akan dilaksanakan pada:',
  '',
  '- hari/tanggal: Senin, 12 Januari 2026;',
  '- tempat: Ruang Rapat Diskominfo.',
  '',
  'Acara rapat:',
  '1. paparan capaian SPBE 2025;',
  '2. rencana kerja 2026:',
  '   a. tanda tangan elektronik;',
  '   b. arsip digital.',
  '',
  'Atas perhatian Saudara, kami ucapkan terima kasih.',
].join('\n');

async function fillEditor(page: Page): Promise<void> {
  await page.getByRole('textbox', { name: 'Tempat', exact: true }).fill('Sumedang');
  await page.getByRole('textbox', { name: 'Nomor', exact: true }).fill('005/17/Diskominfo/2026');
  await page.getByRole('textbox', { name: 'Sifat', exact: true }).fill('Segera');
  await page.getByRole('textbox', { name: 'Hal', exact: true }).fill('Undangan rapat koordinasi SPBE');
  await page
    .getByRole('textbox', { name: 'Yth. (tujuan)', exact: true })
    .fill('Kepala Perangkat Daerah\nCamat se-Kabupaten Sumedang');
  await page.getByRole('textbox', { name: 'di (tempat tujuan)', exact: true }).fill('Tempat');
  await page.getByRole('textbox', { name: 'Isi naskah', exact: true }).fill(BODY);
  await page.getByRole('textbox', { name: 'Tembusan', exact: true }).fill('Bupati Sumedang (sebagai laporan)');
  const employee = page.getByRole('combobox', { name: 'Pegawai', exact: true }).first();
  await employee.fill(process.env.PAMONG_SIGNER ?? 'an');
  await page.getByRole('option').first().click();
}

async function tourEditor(page: Page, url: string, size: string, shoot: Shoot): Promise<void> {
  await page.goto(`${url}/naskah?tab=buat`);
  await page.getByRole('textbox', { name: 'Isi naskah', exact: true }).waitFor();
  await fillEditor(page);
  await shoot(page, `${size}-naskah-editor`);
  await page.getByRole('button', { name: 'Pratinjau' }).click();
  await page.getByTestId('pdf-preview').waitFor({ timeout: 60_000 });
  await page.getByTestId('pdf-preview').scrollIntoViewIfNeeded();
  // Chromium's PDF viewer paints a few seconds after the frame loads.
  await page.waitForTimeout(6000);
  await shoot(page, `${size}-naskah-preview`, false, false);
  await page.getByRole('button', { name: 'Simpan untuk ditandatangani' }).click();
  await page.getByRole('button', { name: 'Lihat di Naskah saya' }).waitFor({ timeout: 60_000 });
}

/** Opens the list, the sign dialog when it is the user's turn, and returns the newest verification link. */
async function tourList(page: Page, url: string, size: string, shoot: Shoot): Promise<string> {
  await page.goto(`${url}/naskah`);
  await page.getByTestId('documents-table').waitFor();
  await shoot(page, `${size}-naskah-list`);
  const sign = page.getByRole('button', { name: /^Tandatangani / }).first();
  if (await sign.isVisible()) {
    await sign.click();
    await page.getByRole('dialog').waitFor();
    await shoot(page, `${size}-naskah-sign`, false);
    await page.keyboard.press('Escape');
  }
  // Prefer a signed (final) document, so the public page shows a real verdict.
  const rows = page.getByTestId('documents-table').locator('tbody tr');
  const final = rows.filter({ hasText: 'Final' });
  const row = (await final.count()) > 0 ? final.first() : rows.first();
  return (await row.getByRole('link', { name: 'Verifikasi' }).getAttribute('href')) ?? `${url}/verifikasi`;
}

async function tourKop(page: Page, url: string, size: string, shoot: Shoot): Promise<void> {
  await page.goto(`${url}/admin/naskah?tab=kop`);
  await page.getByRole('textbox', { name: 'Baris nama 1', exact: true }).waitFor();
  await shoot(page, `${size}-kop`);
  await page.goto(`${url}/admin/naskah?tab=sertifikat`);
  await page.getByTestId('certificates-table').waitFor();
  await shoot(page, `${size}-certificates`);
}

/** The public page in a fresh context without cookies, in Indonesian, at the same viewport. */
async function tourPublic(page: Page, verificationUrl: string, size: string, shoot: Shoot): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('the documents tour needs a page from a launched browser');
  const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined, locale: 'id-ID' });
  const visitor = await context.newPage();
  // The link carries the server's base URL; keep the path so it also works behind another host name.
  const { origin } = new URL(page.url());
  const path = new URL(verificationUrl, origin).pathname;
  await visitor.goto(`${origin}${path}`);
  await visitor.getByRole('heading', { name: 'Periksa berkas PDF' }).waitFor();
  await visitor.getByTestId('verification-status').or(visitor.getByTestId('verification-unknown')).waitFor();
  await shoot(visitor, `${size}-verifikasi`, true);
  await visitor.goto(`${origin}/verifikasi`);
  await visitor.getByRole('heading', { name: 'Periksa berkas PDF' }).waitFor();
  await shoot(visitor, `${size}-verifikasi-upload`);
  await context.close();
}

/** Runs the documents tour for one viewport `size` with a signed-in `page` (Indonesian UI). */
export async function tourDocuments(page: Page, url: string, size: string, shoot: Shoot): Promise<void> {
  await tourEditor(page, url, size, shoot);
  const verificationUrl = await tourList(page, url, size, shoot);
  await tourKop(page, url, size, shoot);
  await tourPublic(page, verificationUrl, size, shoot);
}
