/**
 * Automatic realisasi from e-Office over HTTP, with the clock set (only `Date` is faked): dispositions are sent and
 * completed through the real routes at known instants, the daily job fills the realisasi, and each value is checked
 * against a median/count computed here from the seeded durations. Also: rerun changes nothing, a person's or a
 * verified row is kept, the manual trigger obeys the planning policy, and a bad source key is a 400 field message.
 */
import { Decimal } from 'decimal.js';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createScheduler, createWorker } from '../../src/platform/jobs/index.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { newId } from '../../src/shared/ids.ts';
import { letterMetadata, letterMultipart, type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { ensureOpd, plannerIn, SAMPLE_INDICATOR } from '../factories/performance.ts';
import { type Harness, type HarnessTenant, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 300_000 });

const HOUR = 3_600_000;
const WIB = 7 * HOUR;
const P = '/api/performance';
const MEDIAN = 'eoffice.disposition_median_days';
const COUNT = 'eoffice.disposition_completed_count';
/** The job runs at 10:00 WIB on 20 May 2027: Q1, Q2 and January–May have started. */
const JOB_DAY = Date.parse('2027-05-20T03:00:00.000Z');

/** A seeded disposition: which unit's position receives it, when it is sent, and after how many hours it is done. */
interface Seed {
  readonly unit: 'kominfo' | 'setda' | 'kominfoB';
  readonly sent: string;
  readonly hours: number | null;
  readonly how?: 'complete' | 'close';
}

const SEEDS: readonly Seed[] = [
  { unit: 'kominfo', sent: '2027-03-02T02:00:00.000Z', hours: 24 },
  { unit: 'kominfo', sent: '2027-03-03T02:00:00.000Z', hours: 60, how: 'close' },
  { unit: 'kominfo', sent: '2027-03-10T02:00:00.000Z', hours: 6 },
  // Done at 31 March 18:00Z, which is 1 April 01:00 WIB: April and Q2.
  { unit: 'kominfo', sent: '2027-03-31T10:00:00.000Z', hours: 8 },
  { unit: 'kominfo', sent: '2027-04-10T02:00:00.000Z', hours: 36 },
  { unit: 'kominfo', sent: '2027-04-12T02:00:00.000Z', hours: null },
  { unit: 'kominfo', sent: '2027-05-03T02:00:00.000Z', hours: 12 },
  // To the Kabag Organisasi: BAG-ORG lies under SETDA.
  { unit: 'setda', sent: '2027-03-05T02:00:00.000Z', hours: 48 },
  { unit: 'setda', sent: '2027-04-20T02:00:00.000Z', hours: 4, how: 'close' },
  // Another regency: never counted in Karanganyar.
  { unit: 'kominfoB', sent: '2027-03-04T02:00:00.000Z', hours: 2 },
];

/** The WIB month (1–12) a seed was completed in. */
const doneMonth = (s: Seed, extraHours = 0) =>
  new Date(Date.parse(s.sent) + ((s.hours ?? 0) + extraHours) * HOUR + WIB).getUTCMonth() + 1;

/** Hours of the seeds of the units completed in the months (as computed here, independently of the app). */
function hoursIn(seeds: readonly Seed[], units: readonly Seed['unit'][], months: readonly number[]): number[] {
  return seeds
    .filter((s) => s.hours !== null && units.includes(s.unit) && months.includes(doneMonth(s)))
    .map((s) => s.hours as number);
}

/** The expected median in days (two decimals, half-up), or null for no completions. */
function expectedMedianDays(hours: readonly number[]): string | null {
  if (hours.length === 0) return null;
  const sorted = [...hours].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
  return new Decimal(median).div(24).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

const QUARTER_MONTHS: Record<string, number[]> = { Q1: [1, 2, 3], Q2: [4, 5, 6] };
const monthsOf = (period: string) => QUARTER_MONTHS[period] ?? [Number(period.slice(1))];

let h: Harness;
let pdf: Buffer;
let bappeda: Session;
let kominfoPlanner: Session;
let dinkesPlanner: Session;
let people: Record<Seed['unit'], { from: PositionAccount; to: PositionAccount; pencatat: Session; tenant: HarnessTenant }>;
let ind: { median: string; count: string; manual: string };
const dispositionOf = new Map<Seed, string>();

function at(ms: number | string) {
  vi.setSystemTime(new Date(ms));
}

const send = (method: 'POST' | 'PUT', url: string, as: Session, payload?: object) =>
  h.inject({ method, url, as, ...(payload ? { payload } : {}) });

async function created(res: { statusCode: number; body: string; json(): unknown }): Promise<{ id: string }> {
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string };
}

/** Registers a letter to the sender's unit an hour before, then disposes it to the recipient at `sent`. */
async function sendDisposition(seed: Seed) {
  const who = people[seed.unit];
  at(Date.parse(seed.sent) - HOUR);
  const day = new Date(Date.parse(seed.sent) - HOUR + WIB).toISOString().slice(0, 10);
  const unitId = await h.unitId(who.tenant, seed.unit === 'setda' ? 'SETDA' : 'DISKOMINFO');
  const metadata = letterMetadata(unitId, { theirDate: day, receivedDate: day });
  const letter = await h.inject({
    method: 'POST',
    url: '/api/letters/incoming',
    as: who.pencatat,
    ...letterMultipart(metadata, pdf),
  });
  expect(letter.statusCode, letter.body).toBe(201);
  at(seed.sent);
  const res = await send('POST', `/api/letters/${letter.json().id}/dispositions`, who.from.session, {
    to: [{ positionId: who.to.positionId }],
  });
  expect(res.statusCode, res.body).toBe(201);
  dispositionOf.set(seed, (res.json().ids as string[])[0] as string);
}

async function finishDisposition(seed: Seed, afterHours: number) {
  at(Date.parse(seed.sent) + afterHours * HOUR);
  const url = `/api/dispositions/${dispositionOf.get(seed)}/${seed.how ?? 'complete'}`;
  const res = await send('POST', url, people[seed.unit].to.session, { version: 1, note: 'Sudah dikerjakan' });
  expect(res.statusCode, res.body).toBe(200);
}

/** Sends and completes every seed in time order, so the clock only moves forward. */
async function seedDispositions() {
  const events: { at: number; run: () => Promise<void> }[] = [];
  for (const s of SEEDS) {
    events.push({ at: Date.parse(s.sent), run: () => sendDisposition(s) });
    if (s.hours !== null)
      events.push({ at: Date.parse(s.sent) + s.hours * HOUR, run: () => finishDisposition(s, s.hours as number) });
  }
  for (const e of events.sort((x, y) => x.at - y.at)) await e.run();
}

async function accounts() {
  const [a, b] = [h.tenants.a, h.tenants.b];
  const pencatatA = await h.loginAs(a, 'pencatat');
  const kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Rina Kadis' });
  const pranata = await positionAccount(h, a, { positionCode: 'PRANATA-KOMINFO', name: 'Umi Pranata' });
  const sekda = await positionAccount(h, a, { positionCode: 'SEKDA', name: 'Sigit Sekda', kind: 'plh' });
  const kabag = await positionAccount(h, a, { positionCode: 'KABAG-ORG', name: 'Tono Kabag', kind: 'plh' });
  const kadisB = await positionAccount(h, b, { positionCode: 'KADIS-KOMINFO', name: 'Bayu Kadis' });
  const pranataB = await positionAccount(h, b, { positionCode: 'PRANATA-KOMINFO', name: 'Wati Pranata' });
  people = {
    kominfo: { from: kadis, to: pranata, pencatat: pencatatA, tenant: a },
    setda: { from: sekda, to: kabag, pencatat: pencatatA, tenant: a },
    kominfoB: { from: kadisB, to: pranataB, pencatat: await h.loginAs(b, 'pencatat'), tenant: b },
  };
}

async function plan() {
  const a = h.tenants.a;
  bappeda = await plannerIn(h, a, await ensureOpd(h, a, 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'badan'));
  const kominfoId = await h.unitId(a, 'DISKOMINFO');
  kominfoPlanner = await plannerIn(h, a, kominfoId);
  dinkesPlanner = await plannerIn(h, a, await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan'));
  const period = await created(await send('POST', `${P}/periods`, bappeda, { startYear: 2025, title: 'RPJMD 2025–2029' }));
  const tujuan = await created(
    await send('POST', `${P}/periods/${period.id}/nodes`, bappeda, {
      document: 'renstra',
      kind: 'tujuan',
      title: 'Layanan naskah dinas yang cepat',
      unitId: kominfoId,
    }),
  );
  const add = async (body: object) => (await created(await send('POST', `${P}/nodes/${tujuan.id}/indicators`, bappeda, body))).id;
  ind = {
    median: await add({
      ...SAMPLE_INDICATOR,
      name: 'Median hari disposisi',
      polarity: 'minimize',
      frequency: 'monthly',
      autoSource: MEDIAN,
    }),
    count: await add({
      ...SAMPLE_INDICATOR,
      name: 'Disposisi selesai Setda',
      frequency: 'quarterly',
      responsibleUnitId: await h.unitId(a, 'SETDA'),
      autoSource: COUNT,
    }),
    manual: await add({ ...SAMPLE_INDICATOR, name: 'Indikator manual' }),
  };
}

/** Rows a person entered or verified before the job ran (through the tenant door, as the workflow would store them). */
async function priorRows() {
  const now = new Date().toISOString();
  const row = (period: string, value: string, source: 'manual' | 'eoffice', status: 'draft' | 'submitted' | 'verified') => ({
    ...{ id: newId(), indicator_id: ind.median, year: 2027, period, value, numerator: null, denominator: null },
    ...{ manual_capaian: null, obstacles: null, remedies: null, source, status, review_note: null, entered_by: null },
    ...{ submitted_by: null, submitted_at: null, reviewed_by: null, reviewed_at: null, created_at: now, updated_at: now },
  });
  await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .insertInto('indicator_realizations', [
      row('Q2', '9', 'manual', 'draft'),
      row('M03', '7', 'eoffice', 'verified'),
      row('M04', '99', 'eoffice', 'submitted'),
    ])
    .execute();
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2027-03-01T02:00:00.000Z');
  h = await startHarness({ env: { SESSION_TTL_HOURS: '2160' } });
  pdf = await createSamplePdf();
  await accounts();
  await plan();
  await seedDispositions();
  at(JOB_DAY);
  await priorRows();
});
afterAll(async () => {
  await h?.close();
  vi.useRealTimers();
});

const realizations = (indicatorId: string) =>
  tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('indicator_realizations')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .orderBy('year')
    .orderBy('period')
    .execute();
const byPeriod = async (indicatorId: string) => new Map((await realizations(indicatorId)).map((r) => [r.period, r]));
const autoAudits = async () =>
  tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('audit_log')
    .select(['object_id', 'actor_label'])
    .where('action', '=', 'performance.realizations.auto')
    .execute();

/** Fires the daily schedule at 01:30 WIB and drains the queue with the app's job definitions. */
async function runDailyJob(): Promise<void> {
  const schedule = h.app.schedules.find((s) => s.name === 'performance.auto-realizations.daily');
  expect(schedule?.nextRunAfter(new Date('2027-05-19T12:00:00.000Z')).toISOString()).toBe('2027-05-19T18:30:00.000Z');
  const scheduler = createScheduler({ db: h.db, schedules: [schedule!], workerId: 'test' });
  await scheduler.tick(new Date(JOB_DAY - 10 * HOUR)); // first sight stores the next due time, or fires a due one
  await scheduler.tick(new Date(JOB_DAY + 24 * HOUR)); // surely due now
  await createWorker({ db: h.db, jobs: h.app.jobs, workerId: 'test' }).drain();
}

describe('automatic realisasi sources', () => {
  it('lists the catalogue with Indonesian and English labels', async () => {
    const res = await h.inject({ method: 'GET', url: `${P}/auto-sources`, as: dinkesPlanner });
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { key: string; label: { id: string; en: string } }[];
    expect(items.map((i) => i.key)).toEqual([MEDIAN, COUNT]);
    expect(items.every((i) => i.label.id.length > 0 && i.label.en.length > 0)).toBe(true);
  });

  it('refuses an unknown source with a field message (id and en), keeps it when absent and clears it with null', async () => {
    const bad = { ...SAMPLE_INDICATOR, autoSource: 'eoffice.surat_masuk' };
    const manual = (await h.inject({ method: 'GET', url: `${P}/indicators/${ind.manual}`, as: bappeda })).json();
    const refused = await send('POST', `${P}/nodes/${manual.nodeId}/indicators`, bappeda, bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields).toEqual([
      { field: 'body.autoSource', message: expect.stringContaining('tidak dikenal') },
    ]);
    const english = await h.inject({
      method: 'PUT',
      url: `${P}/indicators/${ind.manual}`,
      as: bappeda,
      headers: { 'accept-language': 'en' },
      payload: { ...bad, version: manual.version },
    });
    expect(english.statusCode).toBe(400);
    expect(english.json().error.fields[0]).toEqual({ field: 'body.autoSource', message: expect.stringContaining('Unknown') });
    const set = await send('PUT', `${P}/indicators/${ind.manual}`, bappeda, {
      ...SAMPLE_INDICATOR,
      autoSource: COUNT,
      version: 1,
    });
    expect(set.json()).toMatchObject({ autoSource: COUNT, version: 2 });
    const kept = await send('PUT', `${P}/indicators/${ind.manual}`, bappeda, { ...SAMPLE_INDICATOR, name: 'Manual', version: 2 });
    expect(kept.json()).toMatchObject({ autoSource: COUNT, version: 3 });
    const cleared = await send('PUT', `${P}/indicators/${ind.manual}`, bappeda, {
      ...SAMPLE_INDICATOR,
      autoSource: null,
      version: 3,
    });
    expect(cleared.json()).toMatchObject({ autoSource: null, version: 4 });
  });
});

describe('the daily job', () => {
  it('stores each started quarter and month as a submitted e-Office realisasi matching the seeded dispositions', async () => {
    await runDailyJob();
    const median = await byPeriod(ind.median);
    // The prior rows (Q2 manual, M03 verified) are checked below; M01 and M02 had no completions.
    for (const period of ['Q1', 'M04', 'M05']) {
      const want = expectedMedianDays(hoursIn(SEEDS, ['kominfo'], monthsOf(period)));
      expect(median.get(period), period).toMatchObject({ value: want, source: 'eoffice', status: 'submitted' });
    }
    expect(median.get('Q1')?.value).toBe('1'); // 6 h, 24 h, 60 h
    expect(median.has('M01') || median.has('M02') || median.has('Q3')).toBe(false);
    const count = await byPeriod(ind.count);
    expect([...count.keys()]).toEqual(['Q1', 'Q2']);
    for (const period of ['Q1', 'Q2'])
      expect(count.get(period)?.value).toBe(String(hoursIn(SEEDS, ['setda'], monthsOf(period)).length));
    expect(await realizations(ind.manual)).toEqual([]);
    const audits = await autoAudits();
    expect(audits.map((x) => x.object_id).sort()).toEqual([ind.median, ind.count].sort());
    expect(audits.every((x) => x.actor_label === 'job:performance.auto-realizations')).toBe(true);
  });

  it('never overwrites a person’s entry or a verified value, but refreshes its own stale one', async () => {
    const median = await byPeriod(ind.median);
    expect(median.get('Q2')).toMatchObject({ value: '9', source: 'manual', status: 'draft', version: 1 });
    expect(median.get('M03')).toMatchObject({ value: '7', source: 'eoffice', status: 'verified', version: 1 });
    const april = expectedMedianDays(hoursIn(SEEDS, ['kominfo'], [4]));
    expect(april).not.toBe('99');
    expect(median.get('M04')).toMatchObject({ value: april, status: 'submitted', version: 2 });
  });

  it('gives the same rows when it runs again', async () => {
    const before = [...(await realizations(ind.median)), ...(await realizations(ind.count))];
    const audits = (await autoAudits()).length;
    at(JOB_DAY + HOUR);
    try {
      const schedule = h.app.schedules.find((s) => s.name === 'performance.auto-realizations.daily');
      await schedule?.enqueueJob({ db: h.db });
      await createWorker({ db: h.db, jobs: h.app.jobs, workerId: 'test' }).drain();
    } finally {
      at(JOB_DAY);
    }
    expect([...(await realizations(ind.median)), ...(await realizations(ind.count))]).toEqual(before);
    expect((await autoAudits()).length).toBe(audits);
  });
});

describe('POST /indicators/:indicatorId/auto-realizations', () => {
  const url = (id: string) => `${P}/indicators/${id}/auto-realizations`;

  it('is for the planner of the indicator’s OPD or the planning unit, and needs a source', async () => {
    expect((await send('POST', url(ind.median), dinkesPlanner)).statusCode).toBe(403);
    expect((await send('POST', url(ind.median), await h.loginAs(h.tenants.a, 'staf'))).statusCode).toBe(403);
    const none = await send('POST', url(ind.manual), bappeda);
    expect(none.statusCode).toBe(409);
    expect(none.json().error.message).toContain('tidak memiliki sumber');
    expect((await send('POST', url(newId()), bappeda)).statusCode).toBe(404);
    // SECURITY: another regency's planning unit gets a 404 for Karanganyar's indicator, and nothing is written.
    const b = h.tenants.b;
    const otherBappeda = await plannerIn(h, b, await ensureOpd(h, b, 'BAPPEDA', 'Badan Perencanaan', 'badan'));
    const before = await realizations(ind.median);
    expect((await send('POST', url(ind.median), otherBappeda)).statusCode).toBe(404);
    expect(await realizations(ind.median)).toEqual(before);
  });

  it('recomputes one indicator now and answers what it wrote', async () => {
    const open = SEEDS.find((s) => s.hours === null) as Seed;
    // The open April disposition is completed in May (WIB): May's and Q2's values change, April's stays.
    const doneAt = JOB_DAY + HOUR;
    await finishDisposition(open, (doneAt - Date.parse(open.sent)) / HOUR);
    const withOpen = SEEDS.map((s) => (s === open ? { ...s, hours: (doneAt - Date.parse(s.sent)) / HOUR } : s));
    const res = await send('POST', url(ind.median), kominfoPlanner);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { unitId: string; periods: { period: string; value: string | null; outcome: string }[] };
    expect(body.unitId).toBe(await h.unitId(h.tenants.a, 'DISKOMINFO'));
    const outcome = new Map(body.periods.map((p) => [p.period, p]));
    expect([...outcome.keys()]).toEqual(['Q1', 'Q2', 'M01', 'M02', 'M03', 'M04', 'M05']);
    expect(outcome.get('Q2')?.outcome).toBe('protected');
    expect(outcome.get('M03')?.outcome).toBe('protected');
    expect(outcome.get('M01')).toMatchObject({ value: null, outcome: 'no_data' });
    expect(outcome.get('M04')?.outcome).toBe('unchanged');
    const may = expectedMedianDays(hoursIn(withOpen, ['kominfo'], [5]));
    expect(outcome.get('M05')).toMatchObject({ value: may, outcome: 'updated' });
    expect((await byPeriod(ind.median)).get('M05')).toMatchObject({ value: may, version: 2, entered_by: null });
  });
});
