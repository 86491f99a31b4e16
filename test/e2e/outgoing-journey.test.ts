/**
 * Browser journey (issue #4, journey 2): a staff member drafts a letter in the browser addressed to a unit of the same
 * regency and to a second regency on the same Pamong → submits → two verifiers paraf → the head signs → the number
 * is final → the recipient in the regency and the second regency's sekretariat see it in their inboxes.
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
  type DemoLogin,
  type PamongServer,
  REPO_ROOT,
  startPamongServer,
  webAppBuilt,
} from './support/pamong-server.ts';
import { apiSession, switchUser } from './support/ui.ts';

const PASSWORD = 'pamong-demo-2026';
const SUBJECT = 'Permohonan data layanan internet desa (uji jelajah keluar)';
const SECOND = { code: '33.72', slug: 'surakarta' };
const SEKDA = { nip: '197005051995031002', name: 'Wahyu Sekda Surakarta' };

interface Holder {
  positionId?: string;
  positionName: string;
  name: string;
  nip: string;
}
type Unit = {
  id: string;
  parentId: string | null;
  code: string;
  kind: string;
  positions: { id: string; name: string; isHead: boolean; holders: { name: string; nip: string; kind: string }[] }[];
};

let server: PamongServer;
let browser: Browser;
let page: Page;
let workDir: string;
let env: Record<string, string>;
let people: { staff: Holder; kabid: Holder; sekretaris: Holder; kadis: Holder; recipient: Holder };
let finalNumber = '';

const demo = (username: string): DemoLogin => ({ tenant: 'demo', username, password: PASSWORD });
const byNip = (h: Holder, tenant = 'demo'): DemoLogin => ({ tenant, username: h.nip, password: PASSWORD });
/** An API caller as one user of a regency (every journey account has the demo password). */
const apiAs = (tenant: string, username: string) => apiSession(server.url, { tenant, username, password: PASSWORD });
const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function held(unit: Unit | undefined, head: boolean): Holder | null {
  const position = unit?.positions.find((p) => p.isHead === head && p.holders.some((x) => x.kind === 'definitif'));
  const holder = position?.holders.find((x) => x.kind === 'definitif');
  return position && holder ? { positionId: position.id, positionName: position.name, name: holder.name, nip: holder.nip } : null;
}

/** Drafter and head of one Diskominfo bidang, a second verifier, the Kepala Dinas, and the head of another dinas. */
function pickPeople(units: Unit[]) {
  const dinas = units.find((u) => u.code === 'DISKOMINFO') as Unit;
  const children = units.filter((u) => u.parentId === dinas.id);
  const bidang = children.find((u) => held(u, true) && held(u, false));
  const other = units.find((u) => u.kind === 'dinas' && u.id !== dinas.id && held(u, true));
  // The second paraf: the Sekretaris Dinas when held, else the head of a Setda bagian (a legal/organisation review).
  const second = [...children.filter((u) => u.kind === 'sekretariat'), ...units.filter((u) => u.kind === 'bagian')].find((u) =>
    held(u, true),
  );
  const head = dinas.positions.find((p) => p.isHead && p.holders.length > 0);
  if (!bidang || !second || !other || !head?.holders[0])
    throw new Error('the demo organisation lacks the positions this journey needs');
  const kadis = { positionId: head.id, positionName: head.name, name: head.holders[0].name, nip: head.holders[0].nip };
  return {
    staff: held(bidang, false)!,
    kabid: held(bidang, true)!,
    sekretaris: held(second, true)!,
    kadis,
    recipient: held(other, true)!,
  };
}

function cli(args: string[]) {
  const run = spawnSync(process.execPath, ['bin/pamong.js', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env });
  if (run.status !== 0) throw new Error(`pamong ${args.join(' ')}: ${run.stdout}\n${run.stderr}`);
}

/** The second regency: created by the super-admin over the API, its sekretariat and Sekda through the CLI. */
async function setUpSecondRegency() {
  const platform = await apiAs('platform', 'superadmin@pamong.id');
  const created = await platform('/api/platform/tenants', { method: 'POST', body: SECOND });
  if (created.status !== 201) throw new Error(`tenant: ${created.status} ${await created.text()}`);
  const plan: OrgPlan = {
    units: [
      { code: 'SETDA', name: 'Sekretariat Daerah Kota Surakarta', parentCode: null, kind: 'sekretariat', regionCode: null },
    ],
    positions: [{ code: 'SEKDA', name: 'Sekretaris Daerah', unitCode: 'SETDA', echelon: 'II.a', isHead: true }],
    employees: [
      {
        nip: SEKDA.nip,
        nik: null,
        name: SEKDA.name,
        frontTitle: null,
        backTitle: null,
        rank: null,
        grade: null,
        email: null,
        phone: null,
      },
    ],
    assignments: [
      { positionCode: 'SEKDA', nip: SEKDA.nip, kind: 'definitif', startsOn: '2024-01-02', endsOn: null, decreeNumber: null },
    ],
  };
  const file = join(workDir, 'surakarta.xlsx');
  await writeFile(file, await writeOrgFile(plan));
  cli(['org', 'import', file, '--tenant', SECOND.slug]);
  cli([
    'user',
    'create',
    '--tenant',
    SECOND.slug,
    '--nip',
    SEKDA.nip,
    '--name',
    SEKDA.name,
    '--role',
    'pimpinan',
    '--password',
    PASSWORD,
  ]);
}

async function as(login: DemoLogin) {
  await switchUser(page, server.url, login);
}

/** Picks an option of a searchable select by typing part of its label. */
async function choose(label: string, typed: string, option: RegExp = new RegExp(literal(typed))) {
  const box = page
    .getByRole('textbox', { name: label, exact: true })
    .or(page.getByRole('combobox', { name: label, exact: true }));
  await box.first().click();
  await box.first().fill(typed);
  await page.getByRole('option', { name: option }).first().click();
}

async function openDraftFrom(tab: 'verifikasi' | 'tandatangan') {
  await page.goto(`${server.url}/e-office?tab=${tab}`);
  await page.getByRole('link', { name: SUBJECT }).first().click();
  await page.getByTestId('draft-status').waitFor();
}

const statusText = () => page.getByTestId('draft-status').textContent();

beforeAll(async () => {
  if (!webAppBuilt()) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  workDir = await mkdtemp(join(tmpdir(), 'pamong-outgoing-journey-'));
  const data = { DATABASE_URL: `sqlite:${join(workDir, 'pamong.db')}`, STORAGE_DIR: join(workDir, 'files') };
  server = await startPamongServer(data);
  env = { ...(process.env as Record<string, string>), NODE_ENV: 'test', LOG_LEVEL: 'warn', BASE_URL: server.url, ...data };
  const admin = await apiAs('demo', 'admin@demo.pamong.id');
  people = pickPeople(((await (await admin('/api/org/units')).json()) as { units: Unit[] }).units);
  for (const person of [people.staff, people.kabid, people.sekretaris, people.recipient]) {
    const res = await admin('/api/users', {
      method: 'POST',
      body: { displayName: person.name, nip: person.nip, password: PASSWORD, roles: ['staf'] },
    });
    if (res.status !== 201) throw new Error(`user for ${person.nip}: ${res.status} ${await res.text()}`);
  }
  await setUpSecondRegency();
  browser = await chromium.launch(CHROMIUM_OPTIONS);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
}, 240_000);

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await page?.screenshot({ path: join(REPO_ROOT, 'test-results', `${task.name}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('outgoing letter journey', () => {
  it('a staff member drafts a letter to a unit and to another regency, with two verifiers, and submits it', async () => {
    await as(byNip(people.staff));
    await page.goto(`${server.url}/e-office`);
    await page.getByRole('link', { name: 'Buat naskah' }).click();
    await choose('Jenis naskah', 'Surat Dinas');
    await choose('Kode klasifikasi arsip (KKA)', '000', /^000/);
    await choose('Jabatan penandatangan', people.kadis.name);
    await page.getByRole('textbox', { name: 'Hal' }).fill(SUBJECT);
    await page.getByRole('textbox', { name: 'Tempat' }).fill('Sumedang');
    await page
      .getByRole('textbox', { name: 'Paragraf 1' })
      .fill('Dalam rangka pemetaan akses internet desa, kami mohon data layanan.');
    await page.getByRole('button', { name: 'Tambah paragraf' }).click();
    await page.getByRole('textbox', { name: 'Paragraf 2' }).fill('Data kami terima paling lambat akhir bulan ini.');
    await choose('Tambah jabatan tujuan', people.recipient.name);
    await page.getByRole('button', { name: 'Tambah pemda' }).click();
    await page.getByRole('textbox', { name: 'Kode pemda 1' }).fill(SECOND.code);
    await choose('Tambah jabatan pemaraf', people.kabid.name);
    await choose('Tambah jabatan pemaraf', people.sekretaris.name);
    await page.getByRole('button', { name: 'Simpan konsep' }).click();
    await page.getByTestId('draft-status').waitFor({ timeout: 30_000 });
    expect(await statusText()).toBe('Konsep');
    await page.getByRole('button', { name: 'Ajukan' }).click();
    await expect.poll(statusText).toBe('Dalam persetujuan');
    const steps = (await page.getByTestId('draft-steps').textContent()) ?? '';
    expect(steps.indexOf(people.kabid.positionName)).toBeLessThan(steps.indexOf(people.sekretaris.positionName));
  });

  it('the two verifiers each give their paraf', async () => {
    for (const verifier of [people.kabid, people.sekretaris]) {
      await as(byNip(verifier));
      await openDraftFrom('verifikasi');
      await page.getByRole('button', { name: 'Setujui (paraf) versi 1' }).click();
      await page.getByRole('button', { name: /^Setujui/ }).waitFor({ state: 'detached' });
    }
    expect(await statusText()).toBe('Siap ditandatangani');
    expect(await page.getByTestId('draft-number').textContent()).toMatch(/\(dicadangkan\)$/);
  });

  it('the head signs, and the number becomes final', async () => {
    await as(demo('pimpinan@demo.pamong.id'));
    await openDraftFrom('tandatangan');
    await page.getByRole('button', { name: 'Tandatangani', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Tandatangani sekarang' }).click();
    await expect.poll(statusText, { timeout: 60_000 }).toBe('Terkirim');
    const number = (await page.getByTestId('draft-number').textContent()) ?? '';
    expect(number).toMatch(/^Nomor: 000[^ ]*\/\d+\/.+ \(final\)$/);
    finalNumber = number.replace(/^Nomor: /, '').replace(/ \(final\)$/, '');
    await page.getByTestId('signed-letter-link').waitFor();
    await page.screenshot({ path: join(REPO_ROOT, 'test-artifacts', 'outgoing-draft-signed.png'), fullPage: true });
  });

  it('the recipient in the same regency finds it in the inbox', async () => {
    await as(byNip(people.recipient));
    await page.goto(`${server.url}/e-office`);
    await page.getByRole('link', { name: SUBJECT }).first().waitFor();
  });

  it("the second regency's Sekretaris Daerah finds it in the inbox once delivery has run", async () => {
    await as(byNip({ positionName: 'Sekretaris Daerah', ...SEKDA }, SECOND.slug));
    await expect
      .poll(
        async () => {
          await page.goto(`${server.url}/e-office`);
          await page
            .getByRole('tab', { name: /Surat masuk|Kotak masuk/ })
            .first()
            .waitFor();
          return page.getByRole('link', { name: SUBJECT }).count();
        },
        { timeout: 90_000, interval: 2_000 },
      )
      .toBeGreaterThan(0);
    await page.getByRole('link', { name: SUBJECT }).first().click();
    await expect.poll(async () => page.locator('main').textContent(), { timeout: 30_000 }).toContain(finalNumber);
    await page.screenshot({ path: join(REPO_ROOT, 'test-artifacts', 'outgoing-journey.png'), fullPage: true });
  });

  it('the head returns an approved draft to the drafter, and the drafter cancels another one', async () => {
    const staff = await apiAs('demo', people.staff.nip);
    const kabid = await apiAs('demo', people.kabid.nip);
    const draft = async (hal: string) => {
      const res = await staff('/api/letters/outgoing', {
        method: 'POST',
        body: {
          typeCode: 'SD',
          kka: '000',
          security: 'biasa',
          urgency: 'biasa',
          signerPositionId: people.kadis.positionId,
          parafChain: [people.kabid.positionId],
          addressees: { positions: [{ positionId: people.recipient.positionId, role: 'kepada' }] },
          content: { title: 'SURAT DINAS', hal, place: 'Sumedang', body: [{ kind: 'paragraph', text: 'Uji.' }] },
        },
      });
      expect(res.status, await res.clone().text()).toBe(201);
      return ((await res.json()) as { id: string }).id;
    };
    const returned = await draft('Konsep yang dikembalikan penandatangan');
    await staff(`/api/letters/outgoing/${returned}/submit`, { method: 'POST', body: {} });
    const { dueStepId } = (await (await kabid(`/api/letters/outgoing/${returned}`)).json()) as { dueStepId: string };
    expect((await kabid(`/api/approval-steps/${dueStepId}/approve`, { method: 'POST', body: { version: 1 } })).status).toBe(200);

    await as(demo('pimpinan@demo.pamong.id'));
    await page.goto(`${server.url}/e-office/konsep/${returned}`);
    await page.getByRole('button', { name: 'Kembalikan ke konseptor' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Catatan (wajib)' }).fill('Lampirkan data pendukung.');
    await page.getByRole('dialog').getByRole('button', { name: 'Kirim' }).click();
    await expect.poll(statusText).toBe('Perlu revisi');

    await draft('Konsep yang dibatalkan');
    await as(byNip(people.staff));
    await page.goto(`${server.url}/e-office?tab=konsep`);
    await page.getByRole('link', { name: 'Konsep yang dibatalkan' }).click();
    await page.getByRole('button', { name: 'Batalkan konsep' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Alasan pembatalan (wajib)' }).fill('Tidak jadi dikirim.');
    await page.getByRole('dialog').getByRole('button', { name: 'Kirim' }).click();
    await expect.poll(statusText).toBe('Dibatalkan');
    expect(await page.getByTestId('draft-actions').count()).toBe(0);
    await page.goto(`${server.url}/e-office?tab=konsep`);
    await page.getByRole('link', { name: 'Konsep yang dikembalikan penandatangan' }).waitFor();
  });
});
