/**
 * Realisasi over HTTP: the workflow with evidence (draft → submitted → returned → submitted → verified), every bad
 * input refused with a field message and nothing written, period locks in the tenant's time zone and reopenings,
 * the target revision ledger, another OPD's planner, and two browsers saving the same version.
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import type { RealizationGridView, RealizationRowView } from '../../src/modules/performance/realizations.contract.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { evidenceMultipart, measurementSnapshot, type RealizationPlan, realizationPlan } from '../factories/realizations.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let bappeda: Session;
let dinkes: Session;
let dishub: Session;
let dinkesId: string;
let plan: RealizationPlan;
const P = '/api/performance';
// 10 May 2026, 10:00 WIB: Q1 locked since 16 April (15 days after 31 March), Q2 open, Q3 not started.
const TODAY = '2026-05-10T03:00:00.000Z';
const at = (iso: string) => vi.setSystemTime(new Date(iso));

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at(TODAY);
  h = await startHarness({ env: { SESSION_TTL_HOURS: '2160', MAX_UPLOAD_MB: '1' } });
  const a = h.tenants.a;
  bappeda = await plannerIn(h, a, await ensureOpd(h, a, 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'badan'));
  dinkesId = await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan');
  dinkes = await plannerIn(h, a, dinkesId);
  dishub = await plannerIn(h, a, await ensureOpd(h, a, 'DISHUB', 'Dinas Perhubungan'));
  plan = await realizationPlan(h, bappeda, dinkesId);
});
afterAll(async () => {
  await h?.close();
  vi.useRealTimers();
});

const cell = (indicatorId: string, period: string, year = 2026) =>
  `${P}/indicators/${indicatorId}/realizations/${year}/${period}`;
const put = (as: Session, url: string, payload: object, locale = 'id') =>
  h.inject({ method: 'PUT', url, as, payload, headers: { 'accept-language': locale } });
const post = (as: Session, url: string, payload: object = {}) => h.inject({ method: 'POST', url, as, payload });
const row = (view: RealizationGridView, id: string) => view.indicators.find((i) => i.indicatorId === id) as RealizationRowView;
const grid = async (as: Session) => {
  const res = await h.inject({ method: 'GET', url: `${P}/realizations?unitId=${dinkesId}&year=2026`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as RealizationGridView;
};
const upload = (as: Session, url: string, data: Buffer, title: string | undefined, fileName?: string) => {
  const body = evidenceMultipart(data, title, fileName);
  return h.inject({ method: 'POST', url: `${url}/evidence`, as, payload: body.payload, headers: body.headers });
};
const snapshot = () => measurementSnapshot(h, h.tenants.a);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR-uji')]);

/** Expects a 4xx naming the field, with a translated message, and the measurement tables unchanged. */
async function refused(send: () => Promise<LightMyRequestResponse>, status: number, field: string) {
  const before = await snapshot();
  const res = await send();
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json() as { error: { fields: { field: string; message: string }[] } };
  const problem = body.error.fields.find((f) => f.field === field);
  expect(problem, res.body).toBeDefined();
  expect(problem?.message).not.toMatch(/^performance\./);
  expect(await snapshot()).toBe(before);
  return problem?.message ?? '';
}

describe('the grid', () => {
  it('lists the OPD indicators × periods with targets and lock states in the tenant time zone', async () => {
    const view = await grid(dinkes);
    expect(view).toMatchObject({ today: '2026-05-10', lockAfterDays: 15, mayEnter: true, mayReview: false });
    const quarterly = row(view, plan.quarterlyId);
    expect(quarterly.yearTarget).toMatchObject({ kind: 'number', value: '80' });
    expect(
      quarterly.periods.map((p: { period: string; lock: { state: string; locksOn: string } }) => [p.period, p.lock]),
    ).toEqual([
      ['Q1', { state: 'locked', startsOn: '2026-01-01', locksOn: '2026-04-16', reopenedUntil: null }],
      ['Q2', { state: 'open', startsOn: '2026-04-01', locksOn: '2026-07-16', reopenedUntil: null }],
      ['Q3', { state: 'not_started', startsOn: '2026-07-01', locksOn: '2026-10-16', reopenedUntil: null }],
      ['Q4', { state: 'not_started', startsOn: '2026-10-01', locksOn: '2027-01-16', reopenedUntil: null }],
    ]);
    expect(quarterly.periods[1].target).toMatchObject({ period: 'Q2', value: '20' });
    expect((await grid(bappeda)).mayReview).toBe(true);
    const own = await h.inject({ method: 'GET', url: `${P}/realizations?year=2026`, as: dinkes });
    expect(own.json()).toMatchObject({ unitId: dinkesId, coordinator: false, mayEnter: true });
    expect((await grid(dishub)).mayEnter).toBe(false);
  });
});

describe('the workflow with evidence', () => {
  it('enters, attaches, submits, is returned with a note, resubmits and is verified (then read-only)', async () => {
    const url = cell(plan.quarterlyId, 'Q2');
    const draft = await put(dinkes, url, {
      numerator: '045',
      denominator: '50',
      obstacles: 'Posyandu libur',
      remedies: 'Jemput bola',
    });
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ numerator: '45', denominator: '50', status: 'draft', version: 1 });
    const withPdf = await upload(dinkes, url, PDF, 'Laporan penimbangan', 'laporan april.pdf');
    expect(withPdf.statusCode, withPdf.body).toBe(201);
    expect((await upload(dinkes, url, PNG, 'Foto kegiatan', 'foto.png')).statusCode).toBe(201);
    const listed = row(await grid(bappeda), plan.quarterlyId).periods[1]?.realization;
    if (!listed) throw new Error('the Q2 realisasi is not listed');
    expect(listed.evidence.map((e: { title: string; contentType: string }) => [e.title, e.contentType])).toEqual([
      ['Laporan penimbangan', 'application/pdf'],
      ['Foto kegiatan', 'image/png'],
    ]);
    const file = await h.inject({ method: 'GET', url: `${P}/realization-evidence/${listed.evidence[0].id}/file`, as: dishub });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const removed = await h.inject({ method: 'DELETE', url: `${P}/realization-evidence/${listed.evidence[1].id}`, as: dinkes });
    expect(removed.json().evidence).toHaveLength(1);

    const submitted = await post(dinkes, `${url}/submit`, { version: listed.version });
    expect(submitted.json()).toMatchObject({ status: 'submitted' });
    expect((await put(dinkes, url, { value: '1', version: submitted.json().version })).statusCode).toBe(409);
    await refused(() => post(bappeda, `${url}/return`, { version: submitted.json().version, note: ' ' }), 400, 'body.note');
    const returned = await post(bappeda, `${url}/return`, { version: submitted.json().version, note: 'Lampirkan daftar hadir' });
    expect(returned.json()).toMatchObject({ status: 'returned', reviewNote: 'Lampirkan daftar hadir' });
    const fixed = await put(dinkes, url, { numerator: '46', denominator: '50', version: returned.json().version });
    expect(fixed.json()).toMatchObject({ status: 'returned', numerator: '46' });
    const again = await post(dinkes, `${url}/submit`, { version: fixed.json().version });
    expect((await post(dinkes, `${url}/verify`, { version: again.json().version })).statusCode).toBe(403);
    const verified = await post(bappeda, `${url}/verify`, { version: again.json().version });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json().status).toBe('verified');

    const before = await snapshot();
    expect((await put(dinkes, url, { value: '1', version: verified.json().version })).statusCode).toBe(409);
    expect((await upload(dinkes, url, PDF, 'Terlambat')).statusCode).toBe(409);
    expect((await post(bappeda, `${url}/return`, { version: verified.json().version, note: 'x' })).statusCode).toBe(409);
    expect(await snapshot()).toBe(before);
    const stored = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('capaian_results')
      .select('id')
      .where('indicator_id', '=', plan.quarterlyId)
      .where('year', '=', 2026)
      .execute();
    expect(stored.length).toBeGreaterThan(0);
  });
});

describe('bad input', () => {
  const url = () => cell(plan.monthlyId, 'M05');

  it('refuses text for a number, negatives the unit forbids, half a ratio and a zero denominator', async () => {
    const text = await refused(() => put(dinkes, url(), { value: 'empat puluh' }), 400, 'body.value');
    expect(text).toContain('angka');
    const english = await refused(() => put(dinkes, url(), { value: '12,5' }, 'en'), 400, 'body.value');
    expect(english).toContain('Enter a number');
    await refused(() => put(dinkes, url(), { value: '-5' }), 422, 'body.value');
    await refused(() => put(dinkes, url(), { numerator: '-1', denominator: '5' }), 422, 'body.numerator');
    await refused(() => put(dinkes, url(), { numerator: '4' }), 400, 'body.denominator');
    await refused(() => put(dinkes, url(), { numerator: '4', denominator: '0.000' }), 400, 'body.denominator');
    await refused(() => put(dinkes, cell(plan.quarterlyId, 'M05'), { value: '1' }), 422, 'params.period');
    await refused(() => put(dinkes, cell(plan.monthlyId, 'M05', 2031), { value: '1' }), 422, 'params.year');
    const growth = await put(dinkes, cell(plan.growthId, 'Y', 2026), { value: '-2.5' });
    expect(growth.json()).toMatchObject({ value: '-2.5', status: 'draft' });
  });

  it('refuses an executable renamed .pdf, other file types, a missing title and an oversized file', async () => {
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);
    expect(await refused(() => upload(dinkes, url(), exe, 'Bukti', 'bukti.pdf'), 422, 'file')).toMatch(/program/i);
    await refused(() => upload(dinkes, url(), Buffer.from('hanya teks'), 'Bukti', 'bukti.pdf'), 422, 'file');
    await refused(() => upload(dinkes, url(), PDF, undefined), 422, 'title');
    const before = await snapshot();
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1_200_000, 0x20)]);
    expect((await upload(dinkes, url(), big, 'Besar')).statusCode).toBe(413);
    expect(await snapshot()).toBe(before);
  });
});

describe('locks and reopenings', () => {
  it('refuses a locked or not-started period with its date, and accepts Q1 while reopened (WIB calendar)', async () => {
    const q1 = cell(plan.quarterlyId, 'Q1');
    const before = await snapshot();
    const locked = await put(dinkes, q1, { value: '10' });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('2026-04-16');
    const early = await put(dinkes, cell(plan.quarterlyId, 'Q3'), { value: '10' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('2026-07-01');
    expect(await snapshot()).toBe(before);

    const reopen = { unitId: dinkesId, year: 2026, period: 'Q1', openUntil: '2026-05-20', reason: 'Data susulan puskesmas' };
    expect((await post(dinkes, `${P}/realization-reopenings`, reopen)).statusCode).toBe(403);
    await refused(
      () => post(bappeda, `${P}/realization-reopenings`, { ...reopen, openUntil: '2026-05-09' }),
      422,
      'body.openUntil',
    );
    expect((await post(bappeda, `${P}/realization-reopenings`, reopen)).statusCode).toBe(201);
    const view = await grid(dinkes);
    expect(row(view, plan.quarterlyId).periods[0].lock).toMatchObject({ state: 'open', reopenedUntil: '2026-05-20' });
    expect(view.reopenings).toMatchObject([{ period: 'Q1', openUntil: '2026-05-20', reason: 'Data susulan puskesmas' }]);
    const entered = await put(dinkes, q1, { value: '10' });
    expect(entered.statusCode, entered.body).toBe(200);
    const submitted = await post(dinkes, `${q1}/submit`, { version: entered.json().version });
    const verified = await post(bappeda, `${q1}/verify`, { version: submitted.json().version });
    expect(verified.json().status).toBe('verified');

    at('2026-05-20T16:30:00.000Z'); // 23:30 WIB on the 20th: still open
    expect((await put(dinkes, cell(plan.growthId, 'Y'), { value: '3', version: 1 })).statusCode).toBe(200);
    expect(row(await grid(dinkes), plan.quarterlyId).periods[0].lock.state).toBe('open');
    at('2026-05-20T17:30:00.000Z'); // 00:30 WIB on the 21st: locked again, though it is still the 20th in UTC
    expect(row(await grid(dinkes), plan.quarterlyId).periods[0].lock.state).toBe('locked');
    at(TODAY);
    expect((await post(bappeda, `${P}/realization-reopenings`, { ...reopen, openUntil: '2026-06-01' })).statusCode).toBe(201);
    const q1Row = row(await grid(dinkes), plan.quarterlyId).periods[0];
    expect([q1Row.lock.state, q1Row.realization?.status]).toEqual(['open', 'verified']);
  });
});

describe('the target revision ledger', () => {
  const revision = {
    year: 2026,
    period: null,
    newTarget: { kind: 'number', value: '85' },
    reason: 'Penyesuaian Renstra perubahan',
    decreeNumber: '050/123/2026',
    approvedByName: 'Kepala Bappeda',
  };
  it('records old and new in one step, coordinator only, refusing bad targets', async () => {
    const url = `${P}/indicators/${plan.quarterlyId}/target-revisions`;
    expect((await post(dinkes, url, revision)).statusCode).toBe(403);
    await refused(
      () => post(bappeda, url, { ...revision, newTarget: { kind: 'number', value: 'delapan' } }),
      400,
      'body.newTarget.value',
    );
    await refused(
      () => post(bappeda, url, { ...revision, newTarget: { kind: 'range', min: '90', max: '80' } }),
      400,
      'body.newTarget.min',
    );
    await refused(
      () => post(bappeda, url, { ...revision, newTarget: { kind: 'number', value: '-1' } }),
      422,
      'body.newTarget.value',
    );
    const made = await post(bappeda, url, revision);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({
      oldTarget: { kind: 'number', value: '80' },
      newTarget: { kind: 'number', value: '85' },
      decreeNumber: '050/123/2026',
      approvedByName: 'Kepala Bappeda',
    });
    const quarter = await post(bappeda, url, { ...revision, period: 'Q2', newTarget: { kind: 'number', value: '25' } });
    expect(quarter.json()).toMatchObject({ oldTarget: { value: '20' }, newTarget: { value: '25' } });
    const list = await h.inject({ method: 'GET', url, as: dishub });
    expect(list.json().items.map((i: { period: string | null }) => i.period)).toEqual(['Q2', null]);
    const indicator = await h.inject({ method: 'GET', url: `${P}/indicators/${plan.quarterlyId}`, as: dinkes });
    expect(indicator.json().targets.map((t: { period: string | null; value: string }) => [t.period, t.value])).toEqual([
      [null, '85'],
      ['Q2', '25'],
    ]);
  });
});

describe('scope and concurrency', () => {
  it("refuses another OPD's planner and lets only one of two browsers save the same version", async () => {
    const url = cell(plan.growthId, 'Y');
    const before = await snapshot();
    const other = await put(dishub, url, { value: '1', version: 2 });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toContain('perangkat daerah');
    expect((await upload(dishub, url, PDF, 'Bukti')).statusCode).toBe(403);
    expect(await snapshot()).toBe(before);
    const current = row(await grid(dinkes), plan.growthId).periods[0]?.realization;
    if (!current) throw new Error('the growth realisasi is not listed');
    const [one, two] = await Promise.all([
      put(dinkes, url, { value: '4', version: current.version }),
      put(dinkes, url, { value: '5', version: current.version }),
    ]);
    expect([one.statusCode, two.statusCode].sort()).toEqual([200, 409]);
    const fresh = cell(plan.monthlyId, 'M04');
    const both = await Promise.all([put(dinkes, fresh, { value: '1' }), put(dinkes, fresh, { value: '2' })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});
