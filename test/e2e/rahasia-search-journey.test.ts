/**
 * Browser journey (issue #4, journey 3): a Rahasia letter is found by its addressee through the search screen and
 * stays invisible to someone outside its chain — no search result, and the letter page answers "not found".
 * A Biasa letter with the same word, disposed to that outsider, is found by both (so search works for them).
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  CHROMIUM_OPTIONS,
  type DemoLogin,
  type PamongServer,
  REPO_ROOT,
  startPamongServer,
  webAppBuilt,
} from './support/pamong-server.ts';
import { type ApiCall, apiSession, switchUser } from './support/ui.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

const PASSWORD = 'pamong-demo-2026';
const demo = (username: string): DemoLogin => ({ tenant: 'demo', username, password: PASSWORD });
/** A word no demo letter holds, so every hit comes from this journey. */
const WORD = 'zirkonialambda';
const SECRET_HAL = `Laporan ${WORD} pengamanan jaringan (rahasia)`;
const OPEN_HAL = `Undangan sosialisasi ${WORD} untuk umum`;
const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');

type Unit = {
  id: string;
  parentId: string | null;
  code: string;
  positions: { id: string; name: string; isHead: boolean; holders: { name: string; nip: string; kind: string }[] }[];
};
type Call = ApiCall;
/** An API caller as one demo user. */
const apiAs = (username: string): Promise<Call> => apiSession(server.url, { tenant: 'demo', username, password: PASSWORD });

let server: PamongServer;
let browser: Browser;
let page: Page;
let outsider: { nip: string; positionId: string };
let secretId: string;
let openId: string;

/** The head of a bidang of Diskominfo (held definitif): below the Kepala Dinas, outside a letter's chain until disposed. */
function pickKabid(units: Unit[]): { nip: string; name: string; positionId: string } {
  const dinas = units.find((u) => u.code === 'DISKOMINFO') as Unit;
  for (const bidang of units.filter((u) => u.parentId === dinas.id)) {
    const head = bidang.positions.find((p) => p.isHead && p.holders.some((x) => x.kind === 'definitif'));
    const holder = head?.holders.find((x) => x.kind === 'definitif');
    if (head && holder) return { nip: holder.nip, name: holder.name, positionId: head.id };
  }
  throw new Error('the demo Diskominfo has no bidang with a held head');
}

async function scanPdf(text: string): Promise<Blob> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  pdf.addPage([595, 842]).drawText(text, { x: 60, y: 760, size: 12, font });
  const bytes = await pdf.save({ useObjectStreams: false });
  return new Blob([Buffer.from(bytes)], { type: 'application/pdf' });
}

async function register(pencatat: Call, unitId: string, hal: string, security: 'biasa' | 'rahasia'): Promise<string> {
  const metadata = {
    sender: { name: 'Kepala Dinas Kominfo Provinsi', organisation: 'Pemerintah Provinsi Jawa Barat' },
    theirNumber: `045/${security}/Prov`,
    theirDate: '2026-11-20',
    receivedDate: '2026-11-21',
    hal,
    security,
    urgency: 'biasa',
    kka: '000.1.5',
    unitId,
  };
  const form = new FormData();
  form.append('metadata', JSON.stringify(metadata));
  form.append('file', await scanPdf('Surat masuk uji jelajah pencarian'), 'surat.pdf');
  const res = await pencatat('/api/letters/incoming', { form });
  if (res.status !== 201) throw new Error(`register ${security}: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/** Polls the search API (bounded wait) until the registrar finds every letter of `ids` by the word. */
async function waitUntilSearchable(pencatat: Call, ids: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const body = (await (await pencatat(`/api/letters/search?q=${WORD}`)).json()) as { items: { id: string }[] };
    if (ids.every((id) => body.items.some((item) => item.id === id))) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the letters were not searchable by "${WORD}" within 30 s`);
}

async function as(login: DemoLogin) {
  await switchUser(page, server.url, login);
}

/** Opens the "Cari" tab, types the word and presses Enter; resolves with the result table's rows. */
async function searchInBrowser(): Promise<string[]> {
  await page.goto(`${server.url}/e-office?tab=cari`);
  const box = page.getByRole('searchbox', { name: 'Kata yang dicari' });
  await box.fill(WORD);
  await box.press('Enter');
  await page.getByTestId('search-count').waitFor();
  return page.getByTestId('search-results').locator('tbody tr').allTextContents();
}

beforeAll(async () => {
  if (!webAppBuilt()) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  await mkdir(ARTIFACTS, { recursive: true });
  server = await startPamongServer();
  const admin = await apiAs('admin@demo.pamong.id');
  const units = ((await (await admin('/api/org/units')).json()) as { units: Unit[] }).units;
  const kabid = pickKabid(units);
  outsider = { nip: kabid.nip, positionId: kabid.positionId };
  const user = await admin('/api/users', {
    body: { displayName: kabid.name, nip: kabid.nip, password: PASSWORD, roles: ['staf'] },
  });
  if (user.status !== 201) throw new Error(`user for ${kabid.nip}: ${user.status} ${await user.text()}`);
  const pencatat = await apiAs('pencatat@demo.pamong.id');
  const dinasId = (units.find((u) => u.code === 'DISKOMINFO') as Unit).id;
  secretId = await register(pencatat, dinasId, SECRET_HAL, 'rahasia');
  openId = await register(pencatat, dinasId, OPEN_HAL, 'biasa');
  // The Kepala Dinas disposes only the Biasa letter to the Kabid, who thereby enters that letter's chain alone.
  const pimpinan = await apiAs('pimpinan@demo.pamong.id');
  const disposed = await pimpinan(`/api/letters/${openId}/dispositions`, {
    body: { to: [{ positionId: outsider.positionId }], instructions: [], note: 'Mohon hadir.' },
  });
  if (!disposed.ok) throw new Error(`dispose: ${disposed.status} ${await disposed.text()}`);
  await waitUntilSearchable(pencatat, [secretId, openId]);
  browser = await chromium.launch(CHROMIUM_OPTIONS);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await page?.screenshot({ path: join(REPO_ROOT, 'test-results', `${task.name}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('searching a Rahasia letter', () => {
  it('the addressee finds the Rahasia and the Biasa letter by the word, with the security mark', async () => {
    await as(demo('pimpinan@demo.pamong.id'));
    const rows = await searchInBrowser();
    const secretRow = rows.find((r) => r.includes(SECRET_HAL));
    expect(secretRow).toContain('Rahasia');
    expect(rows.some((r) => r.includes(OPEN_HAL))).toBe(true);
    await page.screenshot({ path: join(ARTIFACTS, 'rahasia-search-addressee.png'), fullPage: true });
    await page.getByRole('link', { name: SECRET_HAL }).click();
    await page.waitForURL(`**/e-office/surat/${secretId}`);
    await page.getByText(SECRET_HAL).first().waitFor();
  });

  it('someone outside its chain finds only the Biasa letter, and the Rahasia letter page is not found', async () => {
    await as({ tenant: 'demo', username: outsider.nip, password: PASSWORD });
    const rows = await searchInBrowser();
    expect(rows.some((r) => r.includes(OPEN_HAL))).toBe(true);
    expect(rows.some((r) => r.includes(SECRET_HAL))).toBe(false);
    expect(await page.getByTestId('search-results').textContent()).not.toContain('pengamanan jaringan');
    await page.screenshot({ path: join(ARTIFACTS, 'rahasia-search-outsider.png'), fullPage: true });
    await page.goto(`${server.url}/e-office/surat/${secretId}`);
    await page.getByText('Surat tidak ditemukan atau Anda tidak berhak melihatnya.').waitFor();
    expect(await page.locator('main').textContent()).not.toContain(SECRET_HAL);
    await page.screenshot({ path: join(ARTIFACTS, 'rahasia-letter-not-found.png'), fullPage: true });
  });
});
