/**
 * Browser journey (issue #6): the Diskominfo planner drafts the OPD's LKjIP from the demo data, writes a narrative and
 * exports it (DOCX + PDF, the PDF's chapters checked with pdftotext) → the OPD self-assesses its LKE and sends it to
 * the Inspektorat → the evaluator answers the last criterion in the worksheet, finalises, and the predikat appears →
 * the evaluator gives a recommendation, the planner follows it up to 100 %, the evaluator confirms it done.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LKE_88_2021 } from '../../src/modules/evaluation/scoring/lke-88-2021.ts';
import { workedExampleAnswers } from '../../src/modules/evaluation/scoring/worked-example.fixture.ts';
import { type Holder, pickOpdPlanner, type Unit } from './support/esakip-journey-data.ts';
import { pickOption } from './support/esakip-plan-ui.ts';
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
const EVALUATOR: DemoLogin = { tenant: 'demo', username: 'evaluator@demo.pamong.id', password: PASSWORD };
const SHOTS = join(REPO_ROOT, 'test-results', 'evaluation-journey');
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date()).slice(0, 4));
const NARRATIVE = 'Capaian kinerja Diskominfo tahun ini ditulis ulang dalam uji jelajah.';
const RECOMMENDATION = 'Susun pedoman pengumpulan data kinerja yang andal (uji jelajah).';
/** The worked example of the domain notes (67.44 → B) with the last criterion left for the evaluator's screen. */
const WORKED = workedExampleAnswers();
const LAST = LKE_88_2021.components.at(-1)?.subComponents.at(-1)?.criteria.at(-1)?.id as string;

let server: PamongServer;
let browser: Browser;
let page: Page;
let admin: ApiCall;
let kominfo: Unit;
let planner: DemoLogin;
let evaluationId: string;

async function json<T>(call: ApiCall, path: string, init?: Parameters<ApiCall>[1]): Promise<T> {
  const res = await call(path, init);
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
const answers = (pick: (id: string) => boolean) =>
  Object.entries(WORKED)
    .filter(([id]) => pick(id))
    .map(([criterionId, answer]) => ({ criterionId, answer }));

beforeAll(async () => {
  if (!webAppBuilt()) {
    const build = spawnSync('npx', ['vite', 'build', '--config', 'web/vite.config.ts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`web build failed:\n${build.stdout}\n${build.stderr}`);
  }
  await mkdir(SHOTS, { recursive: true });
  server = await startPamongServer();
  admin = await apiSession(server.url, { tenant: 'demo', username: 'admin@demo.pamong.id', password: PASSWORD });
  const units = (await json<{ units: Unit[] }>(admin, '/api/org/units')).units;
  kominfo = units.find((u) => u.code === 'DISKOMINFO') as Unit;
  const person: Holder = pickOpdPlanner(units, kominfo);
  const body = { displayName: person.name, nip: person.nip, password: PASSWORD, roles: ['perencana'] };
  const res = await admin('/api/users', { method: 'POST', body });
  if (res.status !== 201) throw new Error(`planner account: ${res.status} ${await res.text()}`);
  planner = { tenant: 'demo', username: person.nip, password: PASSWORD };
  browser = await chromium.launch(CHROMIUM_OPTIONS);
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', acceptDownloads: true });
});

afterEach(async ({ task }) => {
  if (task.result?.state === 'fail') await page?.screenshot({ path: join(SHOTS, `failed-${task.name}.png`) });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('evaluation journey: LKjIP → LKE → predikat → recommendation followed up', () => {
  it('the Diskominfo planner drafts the LKjIP, writes a narrative and exports DOCX and PDF', async () => {
    await switchUser(page, server.url, planner);
    await page.goto(`${server.url}/e-sakip?tab=lkjip`);
    await page.getByRole('combobox', { name: 'Tahun laporan' }).selectOption(String(YEAR));
    const create = page.getByRole('form', { name: 'Buat laporan' });
    await create.getByRole('combobox', { name: 'Laporan untuk' }).selectOption({ label: kominfo.name });
    await create.getByRole('button', { name: 'Buat laporan' }).click();
    await page.getByRole('heading', { name: `LKjIP ${kominfo.name} ${YEAR}` }).waitFor();
    expect(await page.getByRole('heading', { name: /BAB III/i }).count()).toBeGreaterThan(0);
    const narrative = page.getByRole('textbox', { name: /^Uraian:/ }).first();
    await narrative.fill(NARRATIVE);
    await page.getByRole('button', { name: 'Simpan bagian' }).first().click();
    await page.getByText('Sudah disunting').first().waitFor();
    await shot('01-lkjip-editor');
    await page.getByRole('button', { name: 'Buat versi DOCX/PDF' }).click();
    await page.getByText('Versi 1 dibuat.').waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: 'Versi' }).click();
    const pdfLink = page.getByRole('link', { name: 'PDF versi 1' });
    const href = (await pdfLink.getAttribute('href')) as string;
    const session = await apiSession(server.url, planner);
    const pdf = Buffer.from(await (await session(href)).arrayBuffer());
    const file = join(SHOTS, 'lkjip-v1.pdf');
    await writeFile(file, pdf);
    const text = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    for (const heading of ['BAB I', 'BAB II', 'BAB III', 'BAB IV']) expect(text).toContain(heading);
    expect(text.replace(/\s+/g, ' ')).toContain(NARRATIVE);
    expect(await page.getByRole('link', { name: 'DOCX versi 1' }).getAttribute('href')).toMatch(/\/docx$/);
    await shot('02-lkjip-versions');
  });

  it('the OPD self-assesses its LKE and sends it to the Inspektorat', async () => {
    const session = await apiSession(server.url, planner);
    type View = { id: string; version: number; status: string };
    let view = await json<View>(session, '/api/evaluation/evaluations', {
      method: 'POST',
      body: { unitId: kominfo.id, year: YEAR },
    });
    evaluationId = view.id;
    view = await json<View>(session, `/api/evaluation/evaluations/${view.id}/self-answers`, {
      method: 'PUT',
      body: { version: view.version, answers: answers(() => true) },
    });
    await switchUser(page, server.url, planner);
    await page.goto(`${server.url}/evaluasi-sakip/${evaluationId}`);
    await page.getByRole('button', { name: 'Kirim ke evaluator' }).click();
    await page.getByText('Penilaian mandiri dikirim ke evaluator.').waitFor();
    await shot('03-self-assessment-sent');
  });

  it('the evaluator answers the last criterion on screen, finalises, and the predikat appears', async () => {
    const session = await apiSession(server.url, EVALUATOR);
    const view = await json<{ version: number }>(session, `/api/evaluation/evaluations/${evaluationId}`);
    await json(session, `/api/evaluation/evaluations/${evaluationId}/final-answers`, {
      method: 'PUT',
      body: { version: view.version, answers: answers((id) => id !== LAST) },
    });
    await switchUser(page, server.url, EVALUATOR);
    await page.goto(`${server.url}/evaluasi-sakip/${evaluationId}`);
    const sub = LAST.split('.').slice(0, 2).join('.');
    await page.getByRole('button', { name: new RegExp(`^${sub.replace('.', '\\.')} `) }).click();
    // The radio group's description names the criterion; it sits in the group's wrapper, outside the fieldset.
    const group = page.locator('.mantine-RadioGroup-root').filter({ hasText: `Jawaban kriteria ${LAST}` });
    await group.getByRole('radio', { name: new RegExp(`^${WORKED[LAST]}( —|$)`) }).check();
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText('Jawaban tersimpan.').waitFor();
    await page.getByRole('button', { name: 'Finalisasi' }).click();
    await page.getByText('Evaluasi difinalkan.').waitFor();
    await expect.poll(() => page.getByText('67,44').count()).toBeGreaterThan(0);
    await page.getByText(/^B — /).first().waitFor();
    await shot('04-predikat');
    const list = await json<{ items: { id: string; predikat: string | null; total: string | null }[] }>(
      session,
      `/api/evaluation/evaluations?year=${YEAR}`,
    );
    expect(list.items.find((e) => e.id === evaluationId)).toMatchObject({ predikat: 'B' });
  });

  it('a recommendation is given, followed up to 100 % by the OPD and confirmed done', async () => {
    await page.getByRole('tab', { name: 'Rekomendasi' }).click();
    await page.getByRole('button', { name: 'Tambah rekomendasi' }).click();
    await page.getByRole('textbox', { name: 'Rekomendasi' }).fill(RECOMMENDATION);
    await pickOption(
      page,
      page.locator('form'),
      'Jabatan penanggung jawab',
      'Kepala Dinas Komunikasi',
      /Kepala Dinas Komunikasi/,
    );
    await page.getByLabel('Batas waktu').fill(`${YEAR + 1}-03-31`);
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await page.getByText(RECOMMENDATION).waitFor();
    await shot('05-recommendation');
    await switchUser(page, server.url, planner);
    await page.goto(`${server.url}/evaluasi-sakip/${evaluationId}?tab=rekomendasi`);
    await page.getByRole('tab', { name: 'Rekomendasi' }).click();
    await page.getByRole('button', { name: 'Catat tindak lanjut' }).click();
    await page.getByLabel('Progres (%)').fill('100');
    await page.getByLabel('Uraian tindak lanjut').fill('Pedoman ditetapkan dengan keputusan kepala dinas.');
    await page.getByRole('button', { name: 'Simpan tindak lanjut' }).click();
    await page.getByText('Tindak lanjut dicatat.').waitFor();
    await page.getByText('Selesai', { exact: true }).first().waitFor();
    await switchUser(page, server.url, EVALUATOR);
    await page.goto(`${server.url}/evaluasi-sakip/${evaluationId}`);
    await page.getByRole('tab', { name: 'Rekomendasi' }).click();
    await page.getByRole('button', { name: 'Konfirmasi selesai' }).click();
    await page
      .getByText(/dikonfirmasi/i)
      .first()
      .waitFor();
    await shot('06-recommendation-done');
    const session = await apiSession(server.url, EVALUATOR);
    const recs = await json<{ items: { text: string; status: string; confirmedAt: string | null }[] }>(
      session,
      `/api/evaluation/evaluations/${evaluationId}/recommendations`,
    );
    expect(recs.items.find((r) => r.text === RECOMMENDATION)).toMatchObject({ status: 'done', confirmedAt: expect.any(String) });
  });
});
