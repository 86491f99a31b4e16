/**
 * Browser journey (issue #4, journey 1): the pencatat registers a letter to Diskominfo → the Kepala Dinas
 * disposes it to a Kabid with a deadline → the Kabid re-disposes to a staff member → the staff member
 * completes it → the tracking tree shows the whole chain with its statuses.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM_OPTIONS,
  type DemoLogin,
  type PamongServer,
  REPO_ROOT,
  startPamongServer,
  webAppBuilt,
} from './support/pamong-server.ts';
import { apiSession, switchUser } from './support/ui.ts';

const PASSWORD = 'pamong-demo-2026';
const demo = (username: string): DemoLogin => ({ tenant: 'demo', username, password: PASSWORD });
const SUBJECT = 'Permintaan data jaringan internet kecamatan (uji jelajah)';

interface Holder {
  positionName: string;
  name: string;
  nip: string;
}

let server: PamongServer;
let browser: Browser;
let page: Page;
let workDir: string;
let scan: string;
let kabid: Holder;
let staff: Holder;

type Unit = {
  id: string;
  parentId: string | null;
  code: string;
  positions: { name: string; isHead: boolean; holders: { name: string; nip: string; kind: string }[] }[];
};

/** A bidang of Diskominfo whose head and one staff position are held (definitif). */
function pickBidang(units: Unit[]): { kabid: Holder; staff: Holder } {
  const dinas = units.find((u) => u.code === 'DISKOMINFO') as Unit;
  for (const bidang of units.filter((u) => u.parentId === dinas.id)) {
    const held = (p: Unit['positions'][number]) => p.holders.find((x) => x.kind === 'definitif');
    const head = bidang.positions.find((p) => p.isHead && held(p));
    const member = bidang.positions.find((p) => !p.isHead && held(p));
    if (head && member) {
      const h1 = held(head)!;
      const h2 = held(member)!;
      return {
        kabid: { positionName: head.name, name: h1.name, nip: h1.nip },
        staff: { positionName: member.name, name: h2.name, nip: h2.nip },
      };
    }
  }
  throw new Error('the demo Diskominfo has no bidang with a held head and staff position');
}

async function sampleScan(dir: string): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText('PEMERINTAH PROVINSI — permintaan data jaringan', { x: 60, y: 760, size: 14, font });
  const file = join(dir, 'surat-masuk.pdf');
  await writeFile(file, await pdf.save({ useObjectStreams: false }));
  return file;
}

async function as(login: DemoLogin) {
  await switchUser(page, server.url, login);
}

async function pickOption(label: string, typed: string) {
  const box = page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }));
  await box.first().click();
  await box.first().fill(typed);
  await page.getByRole('option').first().click();
}

async function openLetterFrom(tab: 'surat' | 'disposisi') {
  await page.goto(`${server.url}/e-office${tab === 'disposisi' ? '?tab=disposisi' : ''}`);
  await page.getByRole('link', { name: SUBJECT }).first().click();
  await page.getByTestId('tracking-tree').or(page.getByText('Surat ini belum didisposisikan.')).first().waitFor();
}

async function chooseRecipient(holderName: string) {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Jabatan tujuan').fill(holderName);
  await page
    .getByRole('option', { name: new RegExp(holderName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .first()
    .click();
  await dialog.getByRole('heading').first().click();
}

beforeAll(async () => {
  if (!webAppBuilt()) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  workDir = await mkdtemp(join(tmpdir(), 'pamong-eoffice-journey-'));
  scan = await sampleScan(workDir);
  server = await startPamongServer();
  const api = await apiSession(server.url, demo('admin@demo.pamong.id'));
  ({ kabid, staff } = pickBidang(((await (await api('/api/org/units')).json()) as { units: Unit[] }).units));
  // Accounts created with a pegawai's NIP belong to that pegawai, so jabatan-addressed work reaches them.
  for (const person of [kabid, staff]) {
    const res = await api('/api/users', {
      method: 'POST',
      body: { displayName: person.name, nip: person.nip, password: PASSWORD, roles: ['staf'] },
    });
    if (res.status !== 201) throw new Error(`user for ${person.nip}: ${res.status} ${await res.text()}`);
  }
  browser = await chromium.launch(CHROMIUM_OPTIONS);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await page?.screenshot({ path: join(REPO_ROOT, 'test-results', `${task.name}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('incoming letter and disposition journey', () => {
  it('the pencatat registers a letter to Diskominfo and gets an agenda number', async () => {
    await as(demo('pencatat@demo.pamong.id'));
    await page.goto(`${server.url}/e-office?tab=catat`);
    await page.getByRole('textbox', { name: 'Nama pengirim' }).fill('Kepala Dinas Kominfo Provinsi');
    await page.getByRole('textbox', { name: 'Instansi pengirim' }).fill('Pemerintah Provinsi Jawa Barat');
    await page.getByRole('textbox', { name: 'Nomor surat' }).fill('045/778/Diskominfo');
    await page.getByLabel('Tanggal surat').fill('2026-11-20');
    await page.getByRole('textbox', { name: 'Hal' }).fill(SUBJECT);
    await page.getByRole('textbox', { name: 'Ringkasan' }).fill('Mohon data titik akses internet per kecamatan.');
    await pickOption('Kode klasifikasi arsip (KKA)', '000');
    await pickOption('Unit penerima', 'Dinas Komunikasi');
    await page.locator('input[type="file"]').setInputFiles(scan);
    await page.getByRole('button', { name: 'Catat surat', exact: true }).click();
    await page.getByTestId('registered').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('registered').textContent()).toMatch(/\d{4}\/AGD\/\d{4}/);
  });

  it('the Kepala Dinas disposes it to a Kabid with a deadline', async () => {
    await as(demo('pimpinan@demo.pamong.id'));
    await openLetterFrom('surat');
    await page.getByRole('button', { name: 'Disposisikan' }).click();
    await chooseRecipient(kabid.name);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('checkbox').first().check();
    await dialog.getByLabel('Batas waktu').fill('2099-12-31');
    await dialog.getByRole('textbox', { name: 'Catatan' }).fill('Siapkan data bersama staf.');
    await dialog.getByRole('button', { name: 'Kirim disposisi' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await page.getByTestId('tracking-tree').textContent()).toContain(kabid.positionName);
  });

  it('the Kabid re-disposes it to a staff member', async () => {
    await as({ tenant: 'demo', username: kabid.nip, password: PASSWORD });
    await openLetterFrom('disposisi');
    await page
      .getByRole('button', { name: /^Teruskan/ })
      .first()
      .click();
    await chooseRecipient(staff.name);
    await page.getByRole('dialog').getByRole('button', { name: 'Kirim disposisi' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await expect.poll(async () => page.getByTestId('tracking-tree').textContent()).toContain(staff.positionName);
  });

  it('the staff member completes it, and the tracking tree shows the whole chain', async () => {
    await as({ tenant: 'demo', username: staff.nip, password: PASSWORD });
    await openLetterFrom('disposisi');
    await page
      .getByRole('button', { name: /^Selesaikan/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Catatan tindak lanjut' }).fill('Data 17 kecamatan terlampir dan sudah dikirim.');
    await dialog.getByRole('button', { name: 'Kirim' }).click();
    await dialog.waitFor({ state: 'detached' });
    const tree = page.getByTestId('tracking-tree');
    await expect.poll(async () => tree.textContent()).toContain('Ditindaklanjuti');
    const text = (await tree.textContent()) ?? '';
    expect(text).toContain('Diteruskan');
    expect(text).toContain(kabid.positionName);
    expect(text).toContain(staff.positionName);
    expect(text).toContain('Data 17 kecamatan terlampir');
  });
});
