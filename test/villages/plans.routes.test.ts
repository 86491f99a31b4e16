/**
 * Village plans over HTTP: an RPJMDes with a 6-year default period, programmes under the five bidang, RKPDes
 * activities per year with exact totals, optimistic versions (409), field messages (4xx) that write nothing, and
 * who may read and edit which desa (own operator edits; kecamatan and regency read; another tenant → 404).
 */
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { desaPairs, dpmdPlanner, operatorOf, reviewerOf } from '../factories/villages-accountability.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let opD1: Session;
let opD2: Session;
let camatK1: Session;
let dpmd: Session;
let staf: Session;
let adminB: Session;
let area: Awaited<ReturnType<typeof desaPairs>>;
let rpjm: { id: string; version: number };
let programme: { id: string; version: number };

const dbA = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, as: Session, payload?: object) =>
  h.inject({ method, url, as, ...(payload ? { payload } : {}) });
const fieldsOf = (res: LightMyRequestResponse) =>
  res.json().error.fields.map((f: { field: string; message: string }) => [f.field, f.message]);
const RPJM = {
  startYear: 2026,
  visi: 'Terwujudnya Desa Sukajaya yang maju, mandiri dan sejahtera',
  misi: ['Meningkatkan pelayanan publik', 'Menurunkan angka kemiskinan dan stunting'],
};
const ROAD = {
  bidang: 2,
  subBidang: '2.3',
  name: 'Pembangunan jalan desa',
  sasaran: 'Akses jalan antardusun',
  indicator: 'Panjang jalan rabat beton (m)',
  lokasi: 'Dusun I–III',
  paguIndikatif: '750000000.50',
  years: [2027, 2026],
};
const activity = (over: Record<string, unknown> = {}) => ({
  bidang: 2,
  programmeId: programme.id,
  name: 'Rabat beton jalan Dusun II',
  lokasi: 'Dusun II',
  volume: '450 m',
  sasaran: '320 KK',
  waktu: 'Juni–Agustus',
  biaya: '100000000.10',
  sumberDana: 'DDS',
  pola: 'swakelola',
  ...over,
});
const rkpUrl = (regionId: string, year = 2026) => `/api/villages/desa/${regionId}/rkp/${year}`;

beforeAll(async () => {
  h = await startHarness();
  area = await desaPairs(h, h.tenants.a);
  opD1 = await operatorOf(h, h.tenants.a, area.d1);
  opD2 = await operatorOf(h, h.tenants.a, area.d2);
  camatK1 = await reviewerOf(h, h.tenants.a, area.k1);
  dpmd = await dpmdPlanner(h, h.tenants.a);
  staf = await h.loginAs(h.tenants.a, 'staf');
  adminB = await h.loginAs(h.tenants.b, 'admin');
});
afterAll(async () => h?.close());

describe('RPJMDes', () => {
  it('lets the desa operator start one with a six-year default period, recorded in the audit log', async () => {
    const res = await call('POST', `/api/villages/desa/${area.d1}/rpjm`, opD1, RPJM);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ startYear: 2026, endYear: 2031, status: 'draft', version: 1, misi: RPJM.misi });
    rpjm = res.json();
    const audit = await dbA().selectFrom('audit_log').select('action').where('object_id', '=', rpjm.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['villages.rpjm_created']);
  });

  it('refuses an overlapping period (409) and a period ending before it starts (400)', async () => {
    const overlap = await call('POST', `/api/villages/desa/${area.d1}/rpjm`, opD1, { ...RPJM, startYear: 2030 });
    expect(overlap.statusCode).toBe(409);
    expect(overlap.json().error.message).toMatch(/2026–2031/);
    const backwards = await call('POST', `/api/villages/desa/${area.d1}/rpjm`, opD1, { ...RPJM, startYear: 2040, endYear: 2039 });
    expect(backwards.statusCode).toBe(400);
    expect(fieldsOf(backwards)).toEqual([['body.endYear', expect.stringMatching(/Tahun akhir/)]]);
    expect(await dbA().selectFrom('village_rpjm').select('id').execute()).toHaveLength(1);
  });

  it('adds a programme under a bidang with its years sorted and pagu indikatif exact', async () => {
    const res = await call('POST', `/api/villages/rpjm/${rpjm.id}/programmes`, opD1, ROAD);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ bidang: 2, subBidang: '2.3', paguIndikatif: '750000000.50', years: [2026, 2027] });
    programme = res.json();
  });

  it('answers field messages for a bidang outside 1–5, a bad amount and years outside the period', async () => {
    const bad = await call('POST', `/api/villages/rpjm/${rpjm.id}/programmes`, opD1, {
      ...ROAD,
      bidang: 6,
      paguIndikatif: '1.500.000',
    });
    expect(bad.statusCode).toBe(400);
    expect(fieldsOf(bad)).toEqual([
      ['body.bidang', 'Bidang harus 1 sampai 5.'],
      ['body.paguIndikatif', expect.stringMatching(/angka rupiah/)],
    ]);
    const outside = await call('POST', `/api/villages/rpjm/${rpjm.id}/programmes`, opD1, { ...ROAD, years: [2026, 2035] });
    expect(outside.statusCode).toBe(422);
    expect(fieldsOf(outside)).toEqual([['years', expect.stringMatching(/2035 di luar periode RPJM Desa 2026–2031/)]]);
    expect(await dbA().selectFrom('village_programmes').select('id').execute()).toHaveLength(1);
  });

  it('changes a programme at the version seen and refuses a stale version (409)', async () => {
    const url = `/api/villages/programmes/${programme.id}`;
    const ok = await call('PUT', url, opD1, { ...ROAD, name: 'Peningkatan jalan desa', version: 1 });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'Peningkatan jalan desa', version: 2 });
    const stale = await call('PUT', url, opD1, { ...ROAD, name: 'Lama', version: 1 });
    expect(stale.statusCode).toBe(409);
    programme = ok.json();
  });

  it('locks programmes while the RPJMDes is final, and unlocks them when set back to draft', async () => {
    const final = await call('PUT', `/api/villages/rpjm/${rpjm.id}`, opD1, { ...RPJM, status: 'final', version: 1 });
    expect(final.statusCode, final.body).toBe(200);
    const locked = await call('POST', `/api/villages/rpjm/${rpjm.id}/programmes`, opD1, { ...ROAD, bidang: 3 });
    expect(locked.statusCode).toBe(409);
    const stale = await call('PUT', `/api/villages/rpjm/${rpjm.id}`, opD1, { ...RPJM, status: 'draft', version: 1 });
    expect(stale.statusCode).toBe(409);
    const draft = await call('PUT', `/api/villages/rpjm/${rpjm.id}`, opD1, { ...RPJM, status: 'draft', version: 2 });
    expect(draft.json()).toMatchObject({ status: 'draft', version: 3 });
    const list = await call('GET', `/api/villages/desa/${area.d1}/rpjm`, opD1);
    expect(list.json().items.map((r: { programmes: unknown[] }) => r.programmes.length)).toEqual([1]);
  });
});

describe('RKPDes', () => {
  it('adds activities linked to a programme and totals their biaya exactly', async () => {
    const first = await call('POST', `${rkpUrl(area.d1)}/activities`, opD1, activity());
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ programmeName: 'Peningkatan jalan desa', biaya: '100000000.10', version: 1 });
    const second = await call('POST', `${rkpUrl(area.d1)}/activities`, opD1, activity({ biaya: '0.2', programmeId: null }));
    expect(second.statusCode, second.body).toBe(201);
    const list = await call('GET', rkpUrl(area.d1), camatK1);
    expect(list.statusCode).toBe(200);
    expect(list.json().total).toBe('100000000.30');
    expect(list.json().items).toHaveLength(2);
  });

  it('refuses a programme of another bidang or outside its period, and an unknown pola', async () => {
    const mismatch = await call('POST', `${rkpUrl(area.d1)}/activities`, opD1, activity({ bidang: 3 }));
    expect(mismatch.statusCode).toBe(422);
    expect(fieldsOf(mismatch)).toEqual([['bidang', expect.stringMatching(/bidang programnya \(2\)/)]]);
    const outside = await call('POST', `${rkpUrl(area.d1, 2033)}/activities`, opD1, activity());
    expect(fieldsOf(outside)).toEqual([['programmeId', expect.stringMatching(/2033/)]]);
    const otherDesa = await call('POST', `${rkpUrl(area.d2)}/activities`, opD2, activity());
    expect(fieldsOf(otherDesa)).toEqual([['programmeId', expect.any(String)]]);
    const pola = await call('POST', `${rkpUrl(area.d1)}/activities`, opD1, activity({ pola: 'tender' }));
    expect(fieldsOf(pola)).toEqual([['body.pola', expect.stringMatching(/swakelola/)]]);
    expect(await dbA().selectFrom('village_rkp_activities').select('id').execute()).toHaveLength(2);
  });

  it('updates at the version seen (409 when stale) and deletes with the version', async () => {
    const [item] = (await call('GET', rkpUrl(area.d1), opD1)).json().items;
    const url = `/api/villages/rkp-activities/${item.id}`;
    const ok = await call('PUT', url, opD1, { ...activity(), biaya: '99000000', version: 1 });
    expect(ok.json()).toMatchObject({ biaya: '99000000.00', version: 2 });
    expect((await call('PUT', url, opD1, { ...activity(), version: 1 })).statusCode).toBe(409);
    expect((await call('DELETE', url, opD1)).statusCode).toBe(409);
    expect((await call('DELETE', `${url}?version=2`, opD1)).statusCode).toBe(204);
    expect((await call('GET', rkpUrl(area.d1), opD1)).json().total).toBe('0.20');
  });

  it('keeps an activity when its programme is deleted, unlinked', async () => {
    const made = await call('POST', `${rkpUrl(area.d1)}/activities`, opD1, activity());
    const deleted = await call('DELETE', `/api/villages/programmes/${programme.id}?version=${programme.version}`, opD1);
    expect(deleted.statusCode, deleted.body).toBe(204);
    const after = (await call('GET', rkpUrl(area.d1), opD1)).json().items.find((i: { id: string }) => i.id === made.json().id);
    expect(after).toMatchObject({ programmeId: null, programmeName: null, biaya: '100000000.10' });
  });
});

describe('who reads and edits', () => {
  it('lets the kecamatan, DPMD and regency staff read but not edit', async () => {
    for (const as of [camatK1, dpmd, staf]) {
      expect((await call('GET', `/api/villages/desa/${area.d1}/rpjm`, as)).statusCode).toBe(200);
      const write = await call('POST', `${rkpUrl(area.d1)}/activities`, as, activity({ programmeId: null }));
      expect(write.statusCode).toBe(403);
    }
  });

  it('keeps another desa’s operator out (403) and another tenant out (404)', async () => {
    expect((await call('GET', `/api/villages/desa/${area.d1}/rpjm`, opD2)).statusCode).toBe(403);
    const edit = await call('PUT', `/api/villages/rpjm/${rpjm.id}`, opD2, { ...RPJM, status: 'draft', version: 3 });
    expect(edit.statusCode).toBe(403);
    expect(edit.json().error.message).toMatch(/desa tempat Anda bertugas/);
    expect((await call('GET', `/api/villages/desa/${area.d1}/rpjm`, adminB)).statusCode).toBe(404);
    expect(
      (await call('PUT', `/api/villages/rpjm/${rpjm.id}`, adminB, { ...RPJM, status: 'draft', version: 3 })).statusCode,
    ).toBe(404);
    expect((await call('GET', `/api/villages/desa/${area.k1}/rpjm`, dpmd)).statusCode).toBe(404);
  });
});
