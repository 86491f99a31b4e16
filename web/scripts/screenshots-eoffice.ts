/**
 * The e-Office part of the screenshot tour (demo server only: it signs in as the demo pencatat, pimpinan and
 * admin): the pencatat registers a letter to Diskominfo, the pimpinan finds it in the inbox, opens it and
 * disposes it to two positions, then the admin's regulation and numbering pages.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { Page } from 'playwright-core';
import type { DemoLogin } from '../../test/e2e/support/pamong-server.ts';
import { signIn } from '../../test/e2e/support/ui.ts';
import type { Shoot } from './screenshots-documents.ts';

const PASSWORD = 'pamong-demo-2026';
const as = (username: string): DemoLogin => ({ tenant: 'demo', username, password: PASSWORD });

/** A one-page PDF standing in for a scanned letter. */
async function sampleScan(dir: string): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  page.drawText('KEMENTERIAN DALAM NEGERI', { x: 60, y: 760, size: 16, font });
  page.drawText('Undangan rapat koordinasi SPBE daerah', { x: 60, y: 720, size: 12, font });
  const file = join(dir, 'surat-masuk-contoh.pdf');
  await writeFile(file, await pdf.save({ useObjectStreams: false }));
  return file;
}

async function pickOption(page: Page, label: string, typed: string): Promise<void> {
  const box = page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }));
  await box.first().click();
  await box.first().fill(typed);
  await page.getByRole('option').first().waitFor();
  await page.getByRole('option').first().click();
}

async function registerLetter(page: Page, url: string, size: string, shoot: Shoot, scan: string): Promise<void> {
  await page.goto(`${url}/e-office?tab=catat`);
  await page.getByRole('textbox', { name: 'Nama pengirim' }).fill('Sekretariat Jenderal');
  await page.getByRole('textbox', { name: 'Instansi pengirim' }).fill('Kementerian Dalam Negeri');
  await page.getByRole('textbox', { name: 'Nomor surat' }).fill('005/1234/SJ');
  await page.getByLabel('Tanggal surat').fill('2026-01-05');
  await page.getByRole('textbox', { name: 'Hal' }).fill('Undangan rapat koordinasi SPBE daerah');
  await page
    .getByRole('textbox', { name: 'Ringkasan' })
    .fill('Rapat koordinasi penerapan SPBE; mohon hadir atau mengutus pejabat yang membidangi.');
  await page.getByRole('textbox', { name: 'Lampiran' }).fill('1 berkas');
  await pickOption(page, 'Kode klasifikasi arsip (KKA)', '000');
  await pickOption(page, 'Unit penerima', 'Dinas Komunikasi');
  await page.locator('input[type="file"]').setInputFiles(scan);
  await shoot(page, `${size}-eoffice-catat`);
  await page.getByRole('button', { name: 'Catat surat', exact: true }).click();
  await page.getByTestId('registered').waitFor({ timeout: 60_000 });
  await page.getByTestId('registered').scrollIntoViewIfNeeded();
  await shoot(page, `${size}-eoffice-catat-selesai`, false);
}

async function disposeLetter(page: Page, url: string, size: string, shoot: Shoot): Promise<void> {
  await page.goto(`${url}/e-office`);
  await page.getByTestId('inbox-table').waitFor();
  await shoot(page, `${size}-eoffice-inbox`);
  await page.getByTestId('inbox-table').getByRole('link').first().click();
  await page.getByTestId('letter-details').waitFor();
  await shoot(page, `${size}-eoffice-surat`);
  await page.getByRole('button', { name: 'Disposisikan' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  for (const typed of ['Kepala Bidang', 'Sekretaris']) {
    await dialog.getByLabel('Jabatan tujuan').fill(typed);
    await page
      .getByRole('option', { name: new RegExp(`^${typed}`) })
      .first()
      .click();
  }
  // Close the recipients' dropdown, which stays open for more choices, by clicking the dialog's title.
  await dialog.getByRole('heading', { name: 'Disposisikan surat' }).click();
  await dialog.getByRole('checkbox').first().check();
  await dialog.getByRole('textbox', { name: 'Catatan' }).fill('Mohon dihadiri dan laporkan hasilnya.');
  await dialog.getByRole('button', { name: 'Kirim disposisi' }).click();
  await shoot(page, `${size}-eoffice-disposisi-leading`, false);
  await dialog.getByRole('radio').first().check();
  await dialog.getByRole('button', { name: 'Kirim disposisi' }).click();
  await page.getByTestId('tracking-tree').waitFor();
  await shoot(page, `${size}-eoffice-tracking`);
  await page.goto(`${url}/e-office?tab=disposisi`);
  await page.getByTestId('my-dispositions-table').waitFor();
  await shoot(page, `${size}-eoffice-disposisi-saya`);
}

async function tourAdmin(page: Page, url: string, size: string, shoot: Shoot): Promise<void> {
  await page.goto(`${url}/admin/regulasi`);
  await page.getByTestId('document-types-table').waitFor();
  await shoot(page, `${size}-regulasi`);
  await page.goto(`${url}/admin/regulasi?tab=kka`);
  await page.getByTestId('kka-table').waitFor();
  await shoot(page, `${size}-regulasi-kka`);
  await page.goto(`${url}/admin/penomoran`);
  await page.getByTestId('schemes-table').waitFor();
  await shoot(page, `${size}-penomoran`);
  await page
    .getByRole('button', { name: /^Ubah skema/ })
    .first()
    .click();
  await page
    .getByTestId('template-preview')
    .getByRole('code')
    .or(page.getByTestId('template-preview').locator('code'))
    .first()
    .waitFor();
  await shoot(page, `${size}-penomoran-skema`, false);
  await page.keyboard.press('Escape');
  await page.goto(`${url}/admin/penomoran?tab=darurat`);
  await page.getByRole('heading', { name: 'Rekonsiliasi' }).waitFor();
  await shoot(page, `${size}-penomoran-darurat`);
}

/** Runs the e-Office tour for one viewport `size`; signs in as the demo users in turn (cookies are replaced). */
export async function tourEoffice(page: Page, url: string, size: string, shoot: Shoot, outDir: string): Promise<void> {
  const scan = await sampleScan(outDir);
  await page.context().clearCookies();
  await signIn(page, url, as('pencatat@demo.pamong.id'));
  await registerLetter(page, url, size, shoot, scan);
  await page.context().clearCookies();
  await signIn(page, url, as('pimpinan@demo.pamong.id'));
  await disposeLetter(page, url, size, shoot);
  await page.context().clearCookies();
  await signIn(page, url, as('admin@demo.pamong.id'));
  await tourAdmin(page, url, size, shoot);
}
