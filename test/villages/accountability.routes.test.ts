/**
 * Sakip Desa accountability over HTTP: target derivation (8 % of 800 DTKS = 64), Sukajaya's 79.69 % after kecamatan
 * verification, idempotent phone submissions, access by desa / kecamatan / tenant, return with a note, bad input
 * writes nothing, photos, and no plain NIK / No KK anywhere (tables, audit log, answers).
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TENANT_TABLES } from '../../src/db/schema/database.ts';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { desaPairs, dpmdPlanner, households, kkOf, nikOf, operatorOf, reviewerOf } from '../factories/villages-accountability.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const YEAR = 2026;
let h: Harness;
let dpmd: Session;
let opD1: Session;
let opD2: Session;
let camatK1: Session;
let kasiK2: Session;
let adminB: Session;
let area: Awaited<ReturnType<typeof desaPairs>>;
let poverty: string;
let ikm: string;
const answers: string[] = []; // every response body, for the privacy scan
const plain = new Set<string>(); // every plain NIK / No KK sent

const dbA = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });
async function call(opts: Parameters<Harness['inject']>[0]): Promise<LightMyRequestResponse> {
  const res = await h.inject(opts);
  answers.push(res.body);
  return res;
}
const view = (as: Session, regionId = area.d1) =>
  call({ method: 'GET', url: `/api/villages/desa/${regionId}/accountability?year=${YEAR}`, as });
const put = (clientId: string, payload: Record<string, unknown>, as = opD1) => {
  for (const hh of (payload.evidence as { households?: { noKk: string; nik?: string }[] } | undefined)?.households ?? []) {
    plain.add(hh.noKk);
    if (hh.nik) plain.add(hh.nik);
  }
  return call({ method: 'PUT', url: `/api/villages/realizations/${clientId}`, as, payload });
};
const povertyBody = (quarter: string, from: number, count: number) => ({
  regionId: area.d1,
  year: YEAR,
  indicatorId: poverty,
  quarter,
  value: String(count),
  note: `Triwulan ${quarter}`,
  evidence: { households: households(from, count) },
  submit: true,
});
const indicatorOf = (res: LightMyRequestResponse, code: string) =>
  res.json().indicators.find((i: { code: string }) => i.code === code) as {
    target: { value: string; rule: string; overridden: boolean };
    quarters: {
      quarter: string;
      realization: { id: string; version: number; status: string } | null;
      capaian: { value: string } | null;
    }[];
    yearCapaian: { value: string; upTo: string } | null;
  };
const realizationCount = async () => (await dbA().selectFrom('village_realizations').select('id').execute()).length;

beforeAll(async () => {
  h = await startHarness();
  area = await desaPairs(h, h.tenants.a);
  dpmd = await dpmdPlanner(h, h.tenants.a);
  opD1 = await operatorOf(h, h.tenants.a, area.d1);
  opD2 = await operatorOf(h, h.tenants.a, area.d2);
  camatK1 = await reviewerOf(h, h.tenants.a, area.k1);
  kasiK2 = await reviewerOf(h, h.tenants.a, area.k2);
  adminB = await h.loginAs(h.tenants.b, 'admin');
});
afterAll(async () => h?.close());

describe('targets', () => {
  it('derives 8 % of 800 DTKS households = 64 KK from the DPMD defaults and bases', async () => {
    const defaults = await call({
      method: 'POST',
      url: '/api/villages/mandatory-results/defaults',
      as: dpmd,
      payload: { year: YEAR },
    });
    expect(defaults.statusCode, defaults.body).toBe(200);
    const codes = defaults.json().items.map((i: { code: string; id: string }) => i.code);
    expect(codes).toEqual(['IKM', 'KEMISKINAN', 'STUNTING']);
    poverty = defaults.json().items.find((i: { code: string }) => i.code === 'KEMISKINAN').id;
    ikm = defaults.json().items.find((i: { code: string }) => i.code === 'IKM').id;
    const bases = await call({
      method: 'PUT',
      url: `/api/villages/bases/${area.d1}/${YEAR}`,
      as: dpmd,
      payload: { values: [{ key: 'dtks_households', value: '800', version: null }] },
    });
    expect(bases.statusCode, bases.body).toBe(200);
    const target = indicatorOf(await view(opD1), 'KEMISKINAN').target;
    expect(target).toEqual({ value: '64', rule: '8% dari KK terdaftar DTKS', overridden: false });
    const stored = await dbA()
      .selectFrom('village_targets')
      .select(['value', 'derived_value'])
      .where('region_id', '=', area.d1)
      .where('mandatory_result_id', '=', poverty)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ value: '64', derived_value: '64' });
  });

  it('keeps targets for DPMD: a desa operator cannot set bases or mandated results (403)', async () => {
    const bases = await call({
      method: 'PUT',
      url: `/api/villages/bases/${area.d1}/${YEAR}`,
      as: opD1,
      payload: { values: [{ key: 'dtks_households', value: '1', version: 1 }] },
    });
    expect(bases.statusCode).toBe(403);
    expect(indicatorOf(await view(opD1), 'KEMISKINAN').target.value).toBe('64');
  });
});

describe('idempotent submission', () => {
  const clientId = randomUUID();
  const body = () => ({
    regionId: area.d1,
    year: YEAR,
    indicatorId: ikm,
    quarter: 'Q1',
    value: '78.5',
    evidence: { ikm: { respondents: 120, score: '78.5' } },
    submit: true,
  });

  it('answers 201 once, then 200 with the identical body for the same clientId, and keeps one row', async () => {
    const before = await realizationCount();
    const first = await put(clientId, body());
    expect(first.statusCode, first.body).toBe(201);
    const retry = await put(clientId, body());
    expect(retry.statusCode).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect(await realizationCount()).toBe(before + 1);
    expect((await dbA().selectFrom('village_realizations').select('id').where('client_id', '=', clientId).execute()).length).toBe(
      1,
    );
  });

  it('answers 409 when the same clientId comes with a different body, changing nothing', async () => {
    const res = await put(clientId, { ...body(), value: '90' });
    expect(res.statusCode).toBe(409);
    const row = await dbA()
      .selectFrom('village_realizations')
      .select(['value', 'version'])
      .where('client_id', '=', clientId)
      .executeTakeFirstOrThrow();
    expect([row.value, Number(row.version)]).toEqual(['78.5', 1]);
  });
});

describe('Sukajaya (domain notes §3.1, §5.1)', () => {
  it('shows 79.69 % for the year after the kecamatan verifies 8/12/15/16 KK', async () => {
    const counts = [8, 12, 15, 16];
    let from = 1;
    for (const [i, count] of counts.entries()) {
      const res = await put(randomUUID(), povertyBody(`Q${i + 1}`, from, count));
      expect(res.statusCode, res.body).toBe(201);
      from += count;
      const verify = await call({
        method: 'POST',
        url: `/api/villages/realizations/${res.json().id}/verify`,
        as: camatK1,
        payload: { version: res.json().version },
      });
      expect(verify.statusCode, verify.body).toBe(200);
      expect(verify.json().status).toBe('verified');
    }
    const row = indicatorOf(await view(opD1), 'KEMISKINAN');
    expect(row.yearCapaian).toMatchObject({ value: '79.69', upTo: 'Q4' });
    expect(row.quarters.map((q) => q.capaian?.value)).toEqual(['12.50', '31.25', '54.69', '79.69']);
  });

  it('uses DPMD’s cumulative quarter targets 10/25/45/64 once set (TW II: 20/25 = 80 %)', async () => {
    const res = await call({
      method: 'PUT',
      url: `/api/villages/targets/${area.d1}/${YEAR}/${poverty}`,
      as: dpmd,
      payload: {
        value: '64',
        quarterTargets: { Q1: '10', Q2: '25', Q3: '45', Q4: '64' },
        reason: 'Sesuai RPJMDes',
        version: null,
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ value: '64', derivedValue: '64', overridden: true, overrideReason: 'Sesuai RPJMDes' });
    const row = indicatorOf(await view(opD1), 'KEMISKINAN');
    expect(row.quarters.map((q) => q.capaian?.value)).toEqual(['80.00', '80.00', '77.78', '79.69']);
    expect(row.target.overridden).toBe(true);
  });
});

describe('access', () => {
  it('refuses another desa’s operator (403) and another tenant (404)', async () => {
    expect((await view(opD2)).statusCode).toBe(403);
    expect((await put(randomUUID(), povertyBody('Q1', 500, 1), opD2)).statusCode).toBe(403);
    expect((await view(adminB)).statusCode).toBe(404);
    expect((await put(randomUUID(), povertyBody('Q1', 600, 1), adminB)).statusCode).toBe(404);
  });

  it('lets only the desa’s own kecamatan verify, and lists only its desa in its queue', async () => {
    const sent = await put(randomUUID(), { ...povertyBody('Q1', 700, 2), regionId: area.d2 }, opD2);
    expect(sent.statusCode, sent.body).toBe(201);
    const { id, version } = sent.json();
    const foreign = await call({
      method: 'POST',
      url: `/api/villages/realizations/${id}/verify`,
      as: kasiK2,
      payload: { version },
    });
    expect(foreign.statusCode).toBe(403);
    const queue = (as: Session) => call({ method: 'GET', url: `/api/villages/verification-queue?year=${YEAR}`, as });
    expect((await queue(camatK1)).json().items.map((i: { id: string }) => i.id)).toContain(id);
    expect((await queue(kasiK2)).json().items).toEqual([]);
    expect((await queue(opD2)).statusCode).toBe(403);
    const row = await dbA()
      .selectFrom('village_realizations')
      .select(['status', 'version'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect([row.status, Number(row.version)]).toEqual(['submitted', 1]);
  });

  it('returns with a required note, and the desa submits again under a new clientId', async () => {
    const item = (
      await call({ method: 'GET', url: `/api/villages/verification-queue?year=${YEAR}&kecamatanId=${area.k1}`, as: camatK1 })
    )
      .json()
      .items.find((i: { desa: { id: string } }) => i.desa.id === area.d2);
    const url = `/api/villages/realizations/${item.id}/return`;
    const noNote = await call({ method: 'POST', url, as: camatK1, payload: { version: item.version, note: '  ' } });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['body.note']);
    const returned = await call({
      method: 'POST',
      url,
      as: camatK1,
      payload: { version: item.version, note: 'Lampirkan foto rumah' },
    });
    expect(returned.statusCode, returned.body).toBe(200);
    expect([returned.json().status, returned.json().returnNote]).toEqual(['returned', 'Lampirkan foto rumah']);
    const stale = await call({
      method: 'POST',
      url: `/api/villages/realizations/${item.id}/verify`,
      as: camatK1,
      payload: { version: item.version },
    });
    expect(stale.statusCode).toBe(409);
    const again = await put(randomUUID(), { ...povertyBody('Q1', 700, 2), regionId: area.d2 }, opD2);
    expect(again.statusCode, again.body).toBe(201);
    expect([again.json().id, again.json().status, again.json().returnNote, again.json().version]).toEqual([
      item.id,
      'submitted',
      null,
      3,
    ]);
  });

  it('refuses a household already counted this year (422), writing nothing', async () => {
    const before = await realizationCount();
    const res = await put(randomUUID(), { ...povertyBody('Q2', 701, 1), regionId: area.d2 }, opD2);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ field: 'evidence.households.0.noKk', message: expect.stringMatching(/Q1/) }),
    ]);
    expect(await realizationCount()).toBe(before);
  });
});

describe('bad input', () => {
  it('answers field messages for NIK / No KK / quarter / value, writing nothing', async () => {
    const before = await realizationCount();
    const bad = povertyBody('Q5', 900, 1);
    bad.value = '1,5';
    bad.evidence.households[0]!.noKk = '33130000000A0001';
    bad.evidence.households[0]!.nik = '331300000000001';
    const res = await put(randomUUID(), bad);
    expect(res.statusCode).toBe(400);
    const fields = res.json().error.fields.map((f: { field: string; message: string }) => [f.field, f.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['body.quarter', expect.stringMatching(/Q1, Q2, Q3 atau Q4/)],
        ['body.value', expect.stringMatching(/angka/)],
        ['body.evidence.households.0.noKk', 'Nomor KK harus 16 angka.'],
        ['body.evidence.households.0.nik', 'NIK harus 16 angka.'],
      ]),
    );
    const mismatch = await put(randomUUID(), { ...povertyBody('Q3', 950, 2), regionId: area.d2, value: '3' }, opD2);
    expect(mismatch.statusCode).toBe(422);
    expect(mismatch.json().error.fields[0].field).toBe('evidence.households');
    expect(await realizationCount()).toBe(before);
  });
});

describe('photos', () => {
  const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]);
  it('stores a photo once by its client id: 201, same bytes 200, other bytes 409, not an image 422', async () => {
    const queue = await call({ method: 'GET', url: `/api/villages/verification-queue?year=${YEAR}`, as: camatK1 });
    const item = queue.json().items.find((i: { desa: { id: string } }) => i.desa.id === area.d2);
    const row = await dbA()
      .selectFrom('village_realizations')
      .select('client_id')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    const url = `/api/villages/realizations/${row.client_id}/photos/${randomUUID()}`;
    const send = (payload: Buffer, type = 'image/jpeg') =>
      call({ method: 'PUT', url, as: opD2, payload, headers: { 'content-type': type } });
    const first = await send(jpeg);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ contentType: 'image/jpeg', size: jpeg.length });
    const again = await send(jpeg);
    expect([again.statusCode, again.json()]).toEqual([200, first.json()]);
    expect((await send(Buffer.concat([jpeg, Buffer.from([1])]))).statusCode).toBe(409);
    const pdf = await call({
      method: 'PUT',
      url: `${url.slice(0, url.lastIndexOf('/'))}/${randomUUID()}`,
      as: opD2,
      payload: Buffer.from('%PDF-1.7 hello world'),
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(pdf.statusCode).toBe(422);
    const stored = await dbA().selectFrom('village_evidence_photos').select('id').where('realization_id', '=', item.id).execute();
    expect(stored).toHaveLength(1);
  });
});

describe('privacy', () => {
  it('keeps no plain NIK or No KK in any village table, the audit log or any answer', async () => {
    expect(plain.size).toBeGreaterThan(50);
    expect(plain.has(kkOf(1)) && plain.has(nikOf(1))).toBe(true);
    const tables = TENANT_TABLES.filter((t) => t.startsWith('village_'));
    expect(tables).toEqual(expect.arrayContaining(['village_realizations', 'village_evidence_rows', 'village_privacy_keys']));
    const dumps: string[] = [];
    for (const table of tables) dumps.push(JSON.stringify(await dbA().selectFrom(table).selectAll().execute()));
    dumps.push(JSON.stringify(await dbA().selectFrom('audit_log').selectAll().execute()));
    const evidence = await dbA()
      .selectFrom('village_evidence_rows')
      .select(['no_kk_masked', 'no_kk_hash'])
      .where('no_kk_masked', '=', '3313********0001')
      .execute();
    expect(evidence).toHaveLength(1); // the masked form is kept, with a hash that is not the number
    expect(evidence[0]!.no_kk_hash).toMatch(/^[0-9a-f]{64}$/);
    for (const text of [...dumps, ...answers]) for (const number of plain) expect(text.includes(number), number).toBe(false);
  });
});
