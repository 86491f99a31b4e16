/**
 * Stored capaian over HTTP: worked examples of the domain notes (§3.1) stored per period, only verified realisasi
 * counting, the tenant's minimize formula changing values and settings hash (not the engine version), explicit
 * not-computable states, settings validation as field-level 400s that write nothing, coordinator-only changes and
 * an idempotent recompute.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { ENGINE_VERSION } from '../../src/modules/performance/index.ts';
import { newId } from '../../src/shared/ids.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

const P = '/api/performance';
/** The tenant's current year (the settings save recomputes it and the year before). */
const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric' }).format(new Date()));

let h: Harness;
let bappeda: Session;
let dinkes: Session;
let staf: Session;
let nodeId: string;

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  bappeda = await plannerIn(h, a, await ensureOpd(h, a, 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'badan'));
  dinkes = await plannerIn(h, a, await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan'));
  staf = await h.loginAs(a, 'staf');
  const period = await created('/periods', { startYear: YEAR - 1, title: 'RPJMD uji capaian' });
  nodeId = (await created(`/periods/${period}/nodes`, { document: 'rpjmd', kind: 'visi', title: 'Visi' })) as string;
});
afterAll(async () => h?.close());

async function created(path: string, payload: object): Promise<string> {
  const res = await h.inject({ method: 'POST', url: `${P}${path}`, as: bappeda, payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

type Target = { year: number; period?: string; kind: 'number' | 'text'; value?: string; text?: string };

/** An indicator on the RPJMD visi with its targets. */
function indicator(fields: { polarity: string; aggregation: string; frequency: string }, targets: Target[]) {
  return created(`/nodes/${nodeId}/indicators`, { name: 'Indikator uji', unitOfMeasure: '%', ...fields, targets });
}

/** Realisasi rows written directly (the realisasi workflow is another part); `verified` unless said otherwise. */
async function realise(indicatorId: string, rows: Record<string, string>, status = 'verified', year = YEAR, manual?: string) {
  const now = new Date().toISOString();
  await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .insertInto(
      'indicator_realizations',
      Object.entries(rows).map(([period, value]) => ({
        id: newId(),
        indicator_id: indicatorId,
        year,
        period,
        value,
        numerator: null,
        denominator: null,
        manual_capaian: manual ?? null,
        obstacles: null,
        remedies: null,
        source: 'manual' as const,
        status: status as 'verified',
        review_note: null,
        entered_by: null,
        submitted_by: null,
        submitted_at: null,
        reviewed_by: null,
        reviewed_at: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
}

const recompute = (year = YEAR, as = bappeda) =>
  h.inject({ method: 'POST', url: `${P}/capaian/recompute`, as, payload: { year } });
const capaian = async (indicatorId: string, as = staf, year = YEAR) => {
  const res = await h.inject({ method: 'GET', url: `${P}/indicators/${indicatorId}/capaian?year=${year}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
type Item = Record<string, unknown> & { period: string };
const byPeriod = (list: { items: Item[] }): Record<string, Item> => Object.fromEntries(list.items.map((i) => [i.period, i]));
const settings = async (as = bappeda) => (await h.inject({ method: 'GET', url: `${P}/settings`, as })).json();
const saveSettings = (body: object, as = bappeda) => h.inject({ method: 'PUT', url: `${P}/settings`, as, payload: body });
/** The editable part of a settings view, with changes. */
async function edited(changes: object) {
  const { saved: _s, engineVersion: _e, settingsHash: _h, canManage: _c, ...input } = await settings();
  return { ...input, ...changes };
}

describe('stored capaian', () => {
  it('stores a cumulative quarterly capaian per quarter and for the year (Sukajaya: TW II 80 %, year 79.69 %)', async () => {
    const targets: Target[] = [
      { year: YEAR, kind: 'number', value: '64' },
      ...['10', '25', '45', '64'].map((value, i) => ({ year: YEAR, period: `Q${i + 1}`, kind: 'number' as const, value })),
    ];
    const id = await indicator({ polarity: 'maximize', aggregation: 'cumulative', frequency: 'quarterly' }, targets);
    await realise(id, { Q1: '8', Q2: '12', Q3: '15', Q4: '16' });
    expect((await recompute()).statusCode).toBe(200);
    const list = await capaian(id);
    expect(list.items.map((i: { period: string; value: string }) => [i.period, i.value])).toEqual([
      ['Q1', '80.00'],
      ['Q2', '80.00'],
      ['Q3', '77.78'],
      ['Q4', '79.69'],
      ['Y', '79.69'],
    ]);
    const year = byPeriod(list).Y;
    expect(year).toMatchObject({ state: 'computed', realisasi: '51', targetUsed: '64', engineVersion: ENGINE_VERSION });
    expect(year.band).toEqual({ code: 'kuning', label: 'Kuning (70–90)', color: '#e67700' });
    const current = await settings(staf);
    expect(current.canManage).toBe(false);
    expect(year).toMatchObject({ settingsHash: current.settingsHash, current: true });
  });

  it('counts only verified realisasi and says why a period cannot be computed', async () => {
    const id = await indicator({ polarity: 'maximize', aggregation: 'cumulative', frequency: 'semester' }, [
      { year: YEAR, kind: 'number', value: '100' },
    ]);
    await realise(id, { S1: '40' });
    await realise(id, { S2: '60' }, 'submitted');
    await recompute();
    const rows = byPeriod(await capaian(id));
    expect(rows.S1).toMatchObject({ state: 'computed', value: '40.00' });
    expect(rows.S2).toMatchObject({
      state: 'not_computable',
      value: null,
      reason: 'missing_realisasi',
      detail: { periods: ['S2'] },
    });
    expect(rows.Y.reasonMessage).toEqual({
      id: 'Realisasi belum diisi untuk periode yang diperlukan.',
      en: 'Realisasi is missing for a required period.',
    });
  });

  it('keeps target 0 under a ratio formula as not computable, with the reason', async () => {
    const id = await indicator({ polarity: 'minimize', aggregation: 'last', frequency: 'yearly' }, [
      { year: YEAR, kind: 'number', value: '0' },
    ]);
    await realise(id, { Y: '3' });
    await recompute();
    const [only] = (await capaian(id)).items;
    expect(only).toMatchObject({ period: 'Y', state: 'not_computable', reason: 'target_zero_ratio', value: null });
    expect(only.reasonMessage.en).toMatch(/target of 0/);
  });

  it('uses the manual capaian of a text target', async () => {
    const id = await indicator({ polarity: 'maximize', aggregation: 'manual', frequency: 'yearly' }, [
      { year: YEAR, kind: 'text', text: 'Dokumen tersedia' },
    ]);
    await realise(id, { Y: '1' }, 'verified', YEAR, '95.5');
    await recompute();
    expect((await capaian(id)).items[0]).toMatchObject({ state: 'computed', value: '95.50', formula: 'manual' });
  });

  it('recomputes idempotently: a second run changes nothing', async () => {
    const first = (await recompute()).json();
    const before = await capaian((await indicatorIds())[0]);
    const second = (await recompute()).json();
    expect(second).toMatchObject({ changed: 0, inserted: 0, updated: 0, deleted: 0, results: first.results });
    expect(second.unchanged).toBe(first.results);
    const stored = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('capaian_results')
      .select('indicator_id')
      .where('year', '=', YEAR)
      .execute();
    expect([first.results, first.indicators]).toEqual([stored.length, new Set(stored.map((r) => r.indicator_id)).size]);
    expect(await capaian((await indicatorIds())[0])).toEqual(before);
    expect((await recompute(YEAR, dinkes)).statusCode).toBe(403);
  });
});

async function indicatorIds(): Promise<string[]> {
  const rows = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('capaian_results')
    .select('indicator_id')
    .where('year', '=', YEAR)
    .orderBy('indicator_id')
    .execute();
  return [...new Set(rows.map((r) => r.indicator_id))];
}

/** The stored whole-year row of an indicator, with its id and digest. */
function storedRow(indicatorId: string) {
  return tenantDb({ db: h.db, tenantId: h.tenants.a.id })
    .selectFrom('capaian_results')
    .select(['id', 'digest'])
    .where('indicator_id', '=', indicatorId)
    .where('period', '=', 'Y')
    .executeTakeFirstOrThrow();
}

describe('measurement settings', () => {
  it('changes stored minimize capaian with the formula: stunting T 18 %, R 21.6 % → 80.0 % or 83.3 %', async () => {
    const id = await indicator({ polarity: 'minimize', aggregation: 'last', frequency: 'yearly' }, [
      { year: YEAR, kind: 'number', value: '18' },
    ]);
    await realise(id, { Y: '21.6' });
    await recompute();
    const before = (await capaian(id)).items[0];
    expect(before).toMatchObject({ value: '80.00', formula: 'inverse_difference' });
    const rowBefore = await storedRow(id);
    const res = await saveSettings(await edited({ minimizeFormula: 'ratio', roundingDecimals: 1 }));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().changed).toBeGreaterThan(0);
    expect(res.json().recomputed.map((y: { year: number }) => y.year)).toEqual([YEAR - 1, YEAR]);
    const after = (await capaian(id)).items[0];
    expect(after).toMatchObject({ value: '83.3', formula: 't_over_r', engineVersion: before.engineVersion, current: true });
    expect(after.settingsHash).not.toBe(before.settingsHash);
    expect(after.settingsHash).toBe(res.json().settings.settingsHash);
    const rowAfter = await storedRow(id);
    expect(rowAfter.id).toBe(rowBefore.id); // updated in place
    expect(rowAfter.digest).not.toBe(rowBefore.digest);
    const back = await saveSettings(await edited({ minimizeFormula: 'inverse_difference', roundingDecimals: 2 }));
    expect((await capaian(id)).items[0]).toMatchObject({ value: '80.00', settingsHash: before.settingsHash });
    expect(back.json().settings).toMatchObject({ saved: true, minimizeFormula: 'inverse_difference' });
  });

  it('refuses bad settings field by field (400) and writes nothing', async () => {
    const before = await settings();
    const bands = [
      { code: 'merah', label: 'Merah', min: null, max: '70', color: 'red' },
      { code: 'hijau', label: 'Hijau', min: '75', max: null, color: '#2b8a3e' },
    ];
    const res = await saveSettings(await edited({ bands, roundingDecimals: 5, lockAfterDays: 400, cap: '50', floor: '60' }));
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['body.bands.0.color', 'body.roundingDecimals', 'body.lockAfterDays']));
    const gap = await saveSettings(
      await edited({ bands: bands.map((b) => ({ ...b, color: '#c92a2a' })), cap: '50', floor: '60' }),
    );
    expect(gap.statusCode).toBe(400);
    expect(gap.json().error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.bands.1.min', message: expect.stringMatching(/celah/i) }),
        expect.objectContaining({ field: 'body.cap' }),
      ]),
    );
    expect(await settings()).toEqual(before);
  });

  it('lets only the coordinator save, and refuses a save over a newer one (409)', async () => {
    expect((await saveSettings(await edited({ lockAfterDays: 20 }), dinkes)).statusCode).toBe(403);
    expect((await saveSettings(await edited({ lockAfterDays: 20 }), staf)).statusCode).toBe(403);
    const stale = await edited({ lockAfterDays: 21 });
    expect((await saveSettings(await edited({ lockAfterDays: 20 }))).statusCode).toBe(200);
    expect((await saveSettings(stale)).statusCode).toBe(409);
    expect((await settings(dinkes)).lockAfterDays).toBe(20);
  });
});

describe('stored capaian follow the plan editor', () => {
  const yearOnly = (value: string): Target[] => [{ year: YEAR, kind: 'number', value }];
  const indicatorVersion = async (id: string) =>
    (await h.inject({ method: 'GET', url: `${P}/indicators/${id}`, as: bappeda })).json().version as number;

  it('recomputes when the targets are replaced, also for a year whose target is removed', async () => {
    const id = await indicator({ polarity: 'maximize', aggregation: 'last', frequency: 'yearly' }, yearOnly('80'));
    await realise(id, { Y: '60' });
    await recompute();
    expect(byPeriod(await capaian(id)).Y.value).toBe('75.00'); // 60 / 80
    const put = (targets: Target[]) =>
      h.inject({
        method: 'PUT',
        url: `${P}/indicators/${id}/targets`,
        as: bappeda,
        payload: { targets, version: 1 },
      });
    const replaced = await h.inject({
      method: 'PUT',
      url: `${P}/indicators/${id}/targets`,
      as: bappeda,
      payload: { targets: yearOnly('50'), version: await indicatorVersion(id) },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(byPeriod(await capaian(id)).Y.value).toBe('120.00'); // 60 / 50 = 120 %, at the default cap of 120
    expect((await put([])).statusCode).toBe(409); // a stale version changes nothing
    const removed = await h.inject({
      method: 'PUT',
      url: `${P}/indicators/${id}/targets`,
      as: bappeda,
      payload: { targets: [], version: await indicatorVersion(id) },
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(byPeriod(await capaian(id)).Y).toMatchObject({ state: 'not_computable', reason: 'missing_target' });
  });

  it('recomputes when the polarity changes, and refuses to delete an indicator that has realisasi', async () => {
    const id = await indicator({ polarity: 'maximize', aggregation: 'last', frequency: 'yearly' }, yearOnly('20'));
    await realise(id, { Y: '16' });
    await recompute();
    expect(byPeriod(await capaian(id)).Y.value).toBe('80.00'); // 16 / 20
    const view = (await h.inject({ method: 'GET', url: `${P}/indicators/${id}`, as: bappeda })).json();
    const manual = { name: view.name, unitOfMeasure: view.unitOfMeasure, aggregation: 'last', frequency: 'yearly' };
    const res = await h.inject({
      method: 'PUT',
      url: `${P}/indicators/${id}`,
      as: bappeda,
      payload: { ...manual, polarity: 'minimize', version: view.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    const minimizeFormula = (await settings()).minimizeFormula;
    // (2T − R)/T = (40 − 16)/20 = 120 %, or T/R = 20/16 = 125 % → capped at 120 % either way by the default cap.
    expect(['inverse_difference', 'ratio']).toContain(minimizeFormula);
    expect(byPeriod(await capaian(id)).Y).toMatchObject({ value: '120.00', formula: expect.stringMatching(/inverse|t_over_r/) });
    const del = await h.inject({ method: 'DELETE', url: `${P}/indicators/${id}`, as: bappeda });
    expect(del.statusCode).toBe(409);
    expect(del.json().error.message).toContain('realisasi');
    expect((await capaian(id)).items.length).toBeGreaterThan(0);
  });
});
