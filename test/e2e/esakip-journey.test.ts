/**
 * Browser journey (issue #5): Bappeda adds an RPJMD sasaran with an indicator → a Diskominfo planner builds a Renstra
 * tujuan → sasaran serving it, with a quarterly indicator → a Perjanjian Kinerja is generated and signed by the Bupati
 * and the Kepala Dinas → the quarters of this year that have started get realisasi (locked ones reopened first),
 * submitted and verified → the dashboard shows the indicator's capaian and band. Works on any day of the year.
 */
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { pdfsig, validSignatureCount } from '../support/poppler.ts';
import { type Band, bandOf, type Holder, type PlanNode, pickOpdPlanner, type Unit, walk } from './support/esakip-journey-data.ts';
import { addIndicatorWithTarget, nodeAction, pickOption, saveDialog } from './support/esakip-plan-ui.ts';
import {
  CHROMIUM_OPTIONS,
  type DemoLogin,
  type PamongServer,
  REPO_ROOT,
  startPamongServer,
  webAppBuilt,
} from './support/pamong-server.ts';
import { type ApiCall, apiSession, switchUser } from './support/ui.ts';

const PASSWORD = 'pamong-demo-2026';
const demo = (username: string): DemoLogin => ({ tenant: 'demo', username, password: PASSWORD });
const byNip = (h: Holder): DemoLogin => ({ tenant: 'demo', username: h.nip, password: PASSWORD });
const PERENCANA = demo('perencana@demo.pamong.id');
const KADIS = demo('pimpinan@demo.pamong.id');
const SHOTS = join(REPO_ROOT, 'test-results', 'esakip-journey');
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Today and this year in the demo tenant's time zone (Asia/Jakarta), so the journey works on any date. */
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
const YEAR = Number(TODAY.slice(0, 4));
const QUARTERS = [
  { key: 'Q1', label: 'Triwulan I', starts: `${YEAR}-01-01` },
  { key: 'Q2', label: 'Triwulan II', starts: `${YEAR}-04-01` },
  { key: 'Q3', label: 'Triwulan III', starts: `${YEAR}-07-01` },
  { key: 'Q4', label: 'Triwulan IV', starts: `${YEAR}-10-01` },
];
const STARTED = QUARTERS.filter((q) => q.starts <= TODAY);

const RPJMD_SASARAN = { code: 'S2.9', title: 'Meningkatnya literasi digital masyarakat (uji jelajah)' };
const RPJMD_INDICATOR = { name: 'Indeks literasi digital kabupaten', unit: 'indeks', target: '3.6' };
const RENSTRA_TUJUAN = { code: 'DK.T9', title: 'Meningkatkan kecakapan digital warga (uji jelajah)' };
const RENSTRA_SASARAN = { code: 'DK.S9', title: 'Meningkatnya warga yang mengikuti pelatihan digital (uji jelajah)' };
const OPD_INDICATOR = { name: 'Persentase warga terlatih literasi digital', unit: 'persen', target: '75' };
/** Realisasi per quarter; with the target 75, value/75 never ends in a rounding tie. */
const REALISASI: Record<string, string> = { Q1: '20.5', Q2: '41', Q3: '58.7', Q4: '67.45' };

let server: PamongServer;
let browser: Browser;
let page: Page;
let admin: ApiCall;
let kominfo: Unit;
let planner: Holder;
let bupati: Holder;
let rpjmdTujuan: PlanNode;
let periodId: string;
let opdIndicatorId: string;
let rpjmdSasaranId: string;

async function as(login: DemoLogin) {
  await switchUser(page, server.url, login);
}

async function shot(name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function json<T>(call: ApiCall, path: string): Promise<T> {
  const res = await call(path);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function treeOf(document: 'rpjmd' | 'renstra', unitId = ''): Promise<PlanNode[]> {
  const query = `document=${document}${unitId ? `&unitId=${unitId}` : ''}`;
  return (await json<{ roots: PlanNode[] }>(admin, `/api/performance/periods/${periodId}/tree?${query}`)).roots;
}

/** The realisasi card of the journey's indicator, and one quarter's section in it. */
const indicatorCard = () => page.getByRole('article', { name: OPD_INDICATOR.name });
const quarterCell = (label: string) => indicatorCard().getByRole('region', { name: label, exact: true });

async function openRealisasiOf(unitName: string | null) {
  await page.goto(`${server.url}/e-sakip?tab=realisasi`);
  if (unitName) {
    const unit = page.getByRole('combobox', { name: 'Perangkat daerah' });
    await unit.waitFor();
    await unit.selectOption({ label: unitName });
  }
  await indicatorCard().waitFor();
}

async function createAccount(person: Holder, roles: string[]) {
  const res = await admin('/api/users', {
    method: 'POST',
    body: { displayName: person.name, nip: person.nip, password: PASSWORD, roles },
  });
  if (res.status !== 201) throw new Error(`user for ${person.nip}: ${res.status} ${await res.text()}`);
}

beforeAll(async () => {
  if (!webAppBuilt()) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  await mkdir(SHOTS, { recursive: true });
  server = await startPamongServer();
  admin = await apiSession(server.url, demo('admin@demo.pamong.id'));
  const units = (await json<{ units: Unit[] }>(admin, '/api/org/units')).units;
  kominfo = units.find((u) => u.code === 'DISKOMINFO') as Unit;
  planner = pickOpdPlanner(units, kominfo);
  const pemda = units.find((u) => u.kind === 'pemda' && u.parentId === null);
  const head = pemda?.positions.find((p) => p.isHead)?.holders.find((x) => x.kind === 'definitif');
  if (!head) throw new Error('the demo regency has no Bupati');
  bupati = { name: head.name, nip: head.nip };
  // Accounts created with a pegawai's NIP belong to that pegawai: the OPD planner, and the Bupati who signs the PK.
  await createAccount(planner, ['perencana']);
  await createAccount(bupati, ['pimpinan']);
  const periods = (await json<{ items: { id: string; status: string }[] }>(admin, '/api/performance/periods')).items;
  periodId = (periods.find((p) => p.status === 'active') as { id: string }).id;
  rpjmdTujuan = walk(await treeOf('rpjmd')).find((n) => n.kind === 'tujuan') as PlanNode;
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

describe('e-SAKIP journey: RPJMD → Renstra → PK → realisasi → dashboard', () => {
  it('Bappeda adds an RPJMD sasaran under a tujuan with an indicator and this year’s target', async () => {
    await as(PERENCANA);
    await page.goto(`${server.url}/e-sakip?tab=rencana`);
    await nodeAction(page, rpjmdTujuan.title, 'Tambah turunan');
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('combobox', { name: 'Jenis simpul' }).inputValue()).toBe('sasaran');
    await dialog.getByRole('textbox', { name: 'Kode' }).fill(RPJMD_SASARAN.code);
    await dialog.getByRole('textbox', { name: 'Uraian' }).fill(RPJMD_SASARAN.title);
    await saveDialog(page);
    await addIndicatorWithTarget(page, YEAR, RPJMD_SASARAN.title, RPJMD_INDICATOR);
    await shot('01-rpjmd-sasaran');
    const added = walk(await treeOf('rpjmd')).find((n) => n.title === RPJMD_SASARAN.title);
    expect(added).toMatchObject({ kind: 'sasaran', parentId: rpjmdTujuan.id, unitId: null });
    expect(added?.indicators.map((i) => i.name)).toEqual([RPJMD_INDICATOR.name]);
    rpjmdSasaranId = (added as PlanNode).id;
  });

  it('the Diskominfo planner builds a Renstra tujuan → sasaran serving it, with a quarterly indicator', async () => {
    await as(byNip(planner));
    await page.goto(`${server.url}/e-sakip?tab=rencana`);
    await page.getByText('Renstra', { exact: true }).click();
    await page.getByRole('combobox', { name: 'Perangkat daerah' }).selectOption({ label: kominfo.name });
    await page.getByRole('button', { name: 'Tambah simpul utama' }).click();
    let dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('combobox', { name: 'Jenis simpul' }).inputValue()).toBe('tujuan');
    await dialog.getByRole('textbox', { name: 'Kode' }).fill(RENSTRA_TUJUAN.code);
    await dialog.getByRole('textbox', { name: 'Uraian' }).fill(RENSTRA_TUJUAN.title);
    await saveDialog(page);
    await nodeAction(page, RENSTRA_TUJUAN.title, 'Tambah turunan');
    dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Kode' }).fill(RENSTRA_SASARAN.code);
    await dialog.getByRole('textbox', { name: 'Uraian' }).fill(RENSTRA_SASARAN.title);
    const serves = dialog.getByRole('combobox', { name: 'Mendukung sasaran RPJMD' });
    await expect.poll(() => serves.locator('option').allTextContents()).toContain(`${RPJMD_SASARAN.code} ${RPJMD_SASARAN.title}`);
    await serves.selectOption({ label: `${RPJMD_SASARAN.code} ${RPJMD_SASARAN.title}` });
    await shot('02-renstra-sasaran-form');
    await saveDialog(page);
    await addIndicatorWithTarget(page, YEAR, RENSTRA_SASARAN.title, OPD_INDICATOR, 'Triwulanan');
    await shot('03-renstra-tree');
    const nodes = walk(await treeOf('renstra', kominfo.id));
    const tujuan = nodes.find((n) => n.title === RENSTRA_TUJUAN.title) as PlanNode;
    const sasaran = nodes.find((n) => n.title === RENSTRA_SASARAN.title) as PlanNode;
    expect(tujuan).toMatchObject({ kind: 'tujuan', parentId: null, unitId: kominfo.id });
    expect(sasaran).toMatchObject({ kind: 'sasaran', parentId: tujuan.id, derivesFromNodeId: rpjmdSasaranId });
    expect(sasaran.indicators[0]).toMatchObject({ name: OPD_INDICATOR.name, frequency: 'quarterly' });
    opdIndicatorId = (sasaran.indicators[0] as { id: string }).id;
    type Orphans = { unlinkedRenstraSasaran: { id: string }[] };
    const orphans = await json<Orphans>(admin, `/api/performance/periods/${periodId}/orphans`);
    expect(orphans.unlinkedRenstraSasaran.map((n) => n.id)).not.toContain(sasaran.id);
  });

  it('a PK is generated from the tree and signed by the Bupati and the Kepala Dinas', async () => {
    await page.goto(`${server.url}/e-sakip?tab=pk`);
    await page.getByRole('button', { name: 'Buat draf PK' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('combobox', { name: 'Tahun' }).inputValue()).toBe(String(YEAR));
    await pickOption(page, dialog, 'Perangkat daerah', 'Komunikasi', new RegExp(literal(kominfo.name)));
    await pickOption(page, dialog, 'Pihak kedua', bupati.name.split(',')[0] as string, new RegExp(literal(bupati.name)));
    await dialog.getByRole('button', { name: 'Buat draf PK' }).click();
    await dialog.waitFor({ state: 'detached' });
    const detail = page.getByTestId('agreement-detail');
    await detail.getByRole('button', { name: 'Ambil dari pohon kinerja' }).click();
    const item = detail.getByTestId('agreement-item').filter({ hasText: OPD_INDICATOR.name });
    await item.waitFor();
    expect(await item.textContent()).toContain(`${OPD_INDICATOR.target} ${OPD_INDICATOR.unit}`);
    await detail.getByRole('button', { name: 'Buat dokumen PDF' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Buat dokumen PDF' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => detail.textContent()).toContain('Proses tanda tangan');
    await shot('04-pk-generated');

    for (const signer of [byNip(bupati), KADIS]) {
      await as(signer);
      await page.goto(`${server.url}/e-sakip?tab=pk`);
      await page.getByRole('button', { name: new RegExp(`^Buka PK ${literal(kominfo.name)}`) }).click();
      await page.getByTestId('agreement-actions').getByRole('button', { name: 'Tandatangani', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Tandatangani sekarang' }).click();
      await page.getByRole('dialog').waitFor({ state: 'detached', timeout: 60_000 });
    }
    const signed = page.getByTestId('agreement-detail');
    await expect.poll(() => signed.textContent(), { timeout: 30_000 }).toContain('Ditandatangani');
    await shot('05-pk-signed');
    const href = (await signed.getByRole('link', { name: 'Lihat PDF' }).getAttribute('href')) ?? '';
    const pdf = await page.request.get(`${server.url}${href}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.body());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(validSignatureCount(await pdfsig(bytes))).toBe(2);
  });

  it('locked quarters are reopened, the OPD enters and submits realisasi, and Bappeda verifies them', async () => {
    const perencana = await apiSession(server.url, PERENCANA);
    type Grid = { indicators: { indicatorId: string; periods: { period: string; lock: { state: string } }[] }[] };
    const grid = await json<Grid>(perencana, `/api/performance/realizations?unitId=${kominfo.id}&year=${YEAR}`);
    const cells = grid.indicators.find((i) => i.indicatorId === opdIndicatorId)?.periods ?? [];
    const locked = STARTED.filter((q) => cells.find((c) => c.period === q.key)?.lock.state === 'locked');
    const notStarted = QUARTERS.filter((q) => !STARTED.includes(q)).map((q) => q.key);
    expect(cells.filter((c) => c.lock.state === 'not_started').map((c) => c.period)).toEqual(notStarted);

    await as(PERENCANA);
    await openRealisasiOf(kominfo.name);
    for (const quarter of locked) {
      const reopen = page.getByRole('region', { name: 'Buka kembali periode terkunci' });
      await reopen.getByRole('combobox', { name: 'Periode' }).selectOption({ label: quarter.label });
      await reopen.getByRole('textbox', { name: 'Alasan' }).fill(`Realisasi ${quarter.label} terlambat diinput (uji jelajah)`);
      await reopen.getByRole('button', { name: 'Buka kembali' }).click();
      await expect.poll(() => quarterCell(quarter.label).textContent()).toContain('Dibuka kembali');
    }

    await as(byNip(planner));
    await openRealisasiOf(null);
    for (const quarter of STARTED) {
      const cell = quarterCell(quarter.label);
      await cell.getByRole('textbox', { name: /^Nilai realisasi/ }).fill(REALISASI[quarter.key] as string);
      await cell.getByRole('button', { name: 'Simpan', exact: true }).click();
      await quarterCell(quarter.label).getByRole('button', { name: 'Kirim untuk verifikasi' }).click();
      await expect.poll(() => quarterCell(quarter.label).textContent()).toContain('Menunggu verifikasi');
    }
    await shot('06-realisasi-submitted');

    await as(PERENCANA);
    await openRealisasiOf(kominfo.name);
    for (const quarter of STARTED) {
      await quarterCell(quarter.label).getByRole('button', { name: 'Verifikasi', exact: true }).click();
      await expect.poll(() => quarterCell(quarter.label).textContent()).toContain('Terverifikasi');
    }
    await shot('07-realisasi-verified');
  });

  it('the dashboard shows the indicator’s capaian and band for Diskominfo', async () => {
    // maximize + last value: the last started quarter's realisasi against the year's target, half-up to 2 decimals.
    const last = STARTED[STARTED.length - 1] as (typeof QUARTERS)[number];
    const expected = new Decimal(REALISASI[last.key] as string)
      .div(OPD_INDICATOR.target)
      .times(100)
      .toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    const settings = await json<{ bands: Band[]; bandBoundary: string }>(admin, '/api/performance/settings');
    const band = bandOf(settings.bands, expected, settings.bandBoundary);

    type Stored = { period: string; state: string; value: string | null; band: { code: string } | null };
    const stored = await json<{ items: Stored[] }>(admin, `/api/performance/indicators/${opdIndicatorId}/capaian?year=${YEAR}`);
    const shownPeriod = last.key === 'Q4' ? 'Y' : last.key;
    const row = stored.items.find((i) => i.period === shownPeriod);
    expect(row).toMatchObject({ state: 'computed', band: { code: band.code } });
    expect(new Decimal(row?.value ?? 'NaN').equals(expected)).toBe(true);

    await page.goto(`${server.url}/e-sakip?tab=dasbor&tahun=${YEAR}`);
    const units = page.getByTestId('dash-units-table');
    await units.getByRole('button', { name: `${kominfo.name} (${kominfo.code})` }).click();
    const line = page.getByTestId('dash-indicators-table').getByRole('row').filter({ hasText: OPD_INDICATOR.name });
    await line.waitFor();
    // Whitespace normalised: the percent sign may follow a no-break space.
    const text = ((await line.textContent()) ?? '').replace(/\s/g, ' ');
    expect(text).toContain(`${expected.toFixed(2).replace('.', ',')} %`);
    expect(text).toContain(band.label);
    expect(await line.locator(`[data-band="${band.code}"]`).count()).toBe(1);
    await shot('08-dashboard-opd');
  });
});
