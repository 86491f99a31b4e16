/**
 * PK Kepala Desa over HTTP: generated from the year's mandated results (with the desa's target) and own indicators,
 * refused without a target, signed by the kepala desa then the camat (anyone else refused), the PDF's text and two
 * valid signatures checked with poppler, read access by desa / kecamatan / regency, a revision superseding the
 * original, and another tenant answered 404.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createUser } from '../../src/modules/identity/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { newId } from '../../src/shared/ids.ts';
import { permissionsForRoles, type Role } from '../../src/shared/permissions.ts';
import { desaPairs, dpmdPlanner, operatorOf, regionUnit } from '../factories/villages-accountability.ts';
import { HARNESS_PASSWORD, type Harness, type HarnessTenant, type Session, startHarness } from '../support/harness.ts';
import { pdfsig, pdftotext, validSignatureCount } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const YEAR = 2026;
const A = '/api/villages/agreements';
let h: Harness;
let area: Awaited<ReturnType<typeof desaPairs>>;
let dpmd: Session;
let opD1: Session;
let opD2: Session;
let kades: Session;
let camat: Session;
let camatK2: Session;
let staf: Session;
let adminB: Session;
let pkId: string;

type Json = Record<string, unknown> & { id: string; status: string; version: number };
const send = (method: 'POST' | 'PUT', url: string, as: Session, payload: object = {}) => h.inject({ method, url, as, payload });
const get = (url: string, as: Session) => h.inject({ method: 'GET', url, as });
function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200): Json {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Json;
}
const generate = (regionId: string, as: Session) => send('POST', `/api/villages/desa/${regionId}/agreements`, as, { year: YEAR });
const sign = (id: string, as: Session) => send('POST', `${A}/${id}/sign`, as, {});
const rowCount = async () =>
  (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('village_agreements').select('id').execute()).length;

/** A person holding the head position (is_head = 1) of a unit today, with a login of the given role. */
async function headOf(tenant: HarnessTenant, unitId: string, position: string, name: string, role: Role): Promise<Session> {
  const ctx = systemContext(h.db, h.platform, tenant.id, 'test', permissionsForRoles(['admin']));
  const db = tenantDb(ctx);
  const [positionId, employeeId] = [newId(), newId()];
  const nip = `1975${randomBytes(7).readUIntBE(0, 6).toString().padStart(14, '0')}`.slice(0, 18);
  await db
    .insertInto('positions', { id: positionId, unit_id: unitId, code: `HEAD-${nip}`, name: position, echelon: null, is_head: 1 })
    .execute();
  await db.insertInto('employees', { id: employeeId, nip, nik: null, name, front_title: null, back_title: null }).execute();
  await db
    .insertInto('assignments', {
      ...{ id: newId(), position_id: positionId, employee_id: employeeId, kind: 'definitif' },
      ...{ starts_on: '2020-01-01', ends_on: null, decree_number: null },
    })
    .execute();
  const email = `kepala.${nip}@${tenant.slug}.uji.go.id`;
  await createUser(ctx, { displayName: name, email, password: HARNESS_PASSWORD, roles: [role as never], employeeId });
  const res = await h.app.http.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: tenant.slug, username: email, password: HARNESS_PASSWORD },
  });
  const cookie = res.cookies.find((c) => c.name === 'pamong_session')?.value;
  if (res.statusCode !== 200 || !cookie) throw new Error(`login failed: ${res.body}`);
  return { cookie, csrfToken: res.json().csrfToken, userId: res.json().user.id };
}

async function pdfOf(id: string, as: Session): Promise<Buffer> {
  const res = await get(`${A}/${id}/pdf`, as);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.rawPayload;
}

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  area = await desaPairs(h, a);
  dpmd = await dpmdPlanner(h, a);
  opD1 = await operatorOf(h, a, area.d1);
  opD2 = await operatorOf(h, a, area.d2);
  kades = await headOf(a, await regionUnit(h, a, area.d1, 'desa'), 'Kepala Desa', 'Suparman Hadi', 'kepala_desa');
  camat = await headOf(a, await regionUnit(h, a, area.k1, 'kecamatan'), 'Camat', 'Wahyu Prasetyo', 'pimpinan');
  camatK2 = await headOf(a, await regionUnit(h, a, area.k2, 'kecamatan'), 'Camat', 'Bambang Irawan', 'pimpinan');
  staf = await h.loginAs(a, 'staf');
  adminB = await h.loginAs(h.tenants.b, 'admin');
  ok(await send('POST', '/api/villages/mandatory-results/defaults', dpmd, { year: YEAR }));
  const base = { values: [{ key: 'dtks_households', value: '800', version: null }] };
  ok(await send('PUT', `/api/villages/bases/${area.d1}/${YEAR}`, dpmd, base));
  const own = { year: YEAR, name: 'Posyandu aktif melapor bulanan', unit: 'posyandu', target: '4' };
  ok(
    await send('POST', `/api/villages/desa/${area.d1}/indicators`, opD1, { ...own, polarity: 'maximize', aggregation: 'last' }),
    201,
  );
});
afterAll(async () => h?.close());

describe('generation', () => {
  it('refuses a desa whose mandated result has no target (409 naming it) and writes nothing', async () => {
    const before = await rowCount();
    const res = await generate(area.d2, opD2);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.message).toMatch(/Target belum ditetapkan untuk: KEMISKINAN/);
    expect(await rowCount()).toBe(before);
  });

  it('refuses a reporter of another desa (403)', async () => {
    expect((await generate(area.d1, opD2)).statusCode).toBe(403);
    expect((await generate(area.d1, camat)).statusCode).toBe(403);
  });

  it('generates the PK with the effective targets, the kepala desa and the camat, out for signature', async () => {
    const pk = ok(await generate(area.d1, opD1), 201);
    pkId = pk.id;
    expect(pk).toMatchObject({
      status: 'signing',
      revision: 0,
      nextSigner: 'kades',
      mySignatureDue: false,
      kades: { name: 'Suparman Hadi', signedAt: null },
      camat: { name: 'Wahyu Prasetyo', signedAt: null },
    });
    const items = pk.items as { code: string; target: string; unit: string; kind: string }[];
    expect(items.map((i) => [i.code, i.target, i.unit, i.kind])).toEqual([
      ['IKM', '76.61', 'indeks', 'mandatory'],
      ['KEMISKINAN', '64', 'KK', 'mandatory'],
      ['STUNTING', '14', '%', 'mandatory'],
      ['D01', '4', 'posyandu', 'own'],
    ]);
    expect(ok(await get(`${A}/${pkId}`, kades)).mySignatureDue).toBe(true);
    const again = await generate(area.d1, kades);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toMatch(/PK perubahan/);
  });
});

describe('signing in turn', () => {
  it('refuses the camat before the kepala desa, and anyone who is not a party', async () => {
    const early = await sign(pkId, camat);
    expect(early.statusCode).toBe(403);
    expect(early.json().error.message).toMatch(/Kepala desa menandatangani lebih dahulu/);
    for (const stranger of [staf, opD1, camatK2]) expect((await sign(pkId, stranger)).statusCode).toBe(403);
  });

  it('is signed by the kepala desa, then the camat, with two valid signatures in the PDF', async () => {
    let pk = ok(await sign(pkId, kades));
    expect(pk).toMatchObject({ status: 'signing', nextSigner: 'camat', kades: { signedAt: expect.any(String) } });
    expect((await sign(pkId, kades)).statusCode).toBe(403);
    const waiting = ok(await get(`${A}?year=${YEAR}&awaitingMe=true`, camat)) as unknown as { items: { id: string }[] };
    expect(waiting.items.map((i) => i.id)).toEqual([pkId]);
    const notMine = ok(await get(`${A}?year=${YEAR}&awaitingMe=true`, camatK2)) as unknown as { items: unknown[] };
    expect(notMine.items).toEqual([]);
    pk = ok(await sign(pkId, camat));
    expect(pk).toMatchObject({ status: 'signed', nextSigner: null, camat: { signedAt: expect.any(String) } });
    expect((await sign(pkId, camat)).statusCode).toBe(409);
    const pdf = await pdfOf(pkId, opD1);
    expect(validSignatureCount(await pdfsig(pdf))).toBe(2);
    const layout = await pdftotext(pdf);
    // The PK format: pihak kedua (the camat) on the left, pihak pertama (the kepala desa, who signs first) right.
    const names = layout.split('\n').find((line) => line.includes('Wahyu Prasetyo') && line.includes('Suparman Hadi'));
    expect(names?.indexOf('Wahyu Prasetyo')).toBeLessThan(names?.indexOf('Suparman Hadi') ?? -1);
    const text = layout.replace(/\s+/g, ' ');
    for (const expected of [
      'PERJANJIAN KINERJA TAHUN 2026',
      'Suparman Hadi',
      'Wahyu Prasetyo',
      'pemerintahan desa yang efektif, transparan dan akuntabel',
      'Penurunan angka kemiskinan',
      'KK keluar dari DTKS',
      '64 KK',
      '76,61 indeks',
      '14 %',
      'Posyandu aktif melapor bulanan',
      '4 posyandu',
    ])
      expect(text).toContain(expected);
  });
});

describe('reading', () => {
  it('lets the desa, its kecamatan and regency readers (any ASN, as for accountability) read; not another desa', async () => {
    for (const reader of [opD1, kades, camat, camatK2, staf, dpmd])
      expect((await get(`${A}/${pkId}`, reader)).statusCode).toBe(200);
    expect((await get(`${A}/${pkId}/pdf`, opD2)).statusCode).toBe(403);
    expect((await get(`${A}/${pkId}`, opD2)).statusCode).toBe(403);
    const listOf = async (as: Session) =>
      (ok(await get(`${A}?year=${YEAR}`, as)) as unknown as { items: { id: string }[] }).items.map((i) => i.id);
    expect(await listOf(staf)).toEqual([pkId]);
    expect(await listOf(camat)).toEqual([pkId]);
    expect(await listOf(opD2)).toEqual([]);
  });
});

describe('PK perubahan', () => {
  it('takes today’s targets into a new revision that supersedes the original once both sign', async () => {
    const original = ok(await get(`${A}/${pkId}`, kades));
    const base = await get(`/api/villages/bases?year=${YEAR}`, dpmd);
    const version = base.json().items.find((d: { regionId: string }) => d.regionId === area.d1).values[0].version;
    ok(
      await send('PUT', `/api/villages/bases/${area.d1}/${YEAR}`, dpmd, {
        values: [{ key: 'dtks_households', value: '900', version }],
      }),
    );
    expect(
      (await send('POST', `${A}/${pkId}/revise`, opD2, { reason: 'Data DTKS diperbarui', version: original.version })).statusCode,
    ).toBe(403);
    expect(
      (await send('POST', `${A}/${pkId}/revise`, kades, { reason: 'Data DTKS diperbarui', version: original.version - 1 }))
        .statusCode,
    ).toBe(409);
    let revision = ok(
      await send('POST', `${A}/${pkId}/revise`, kades, { reason: 'data DTKS diperbarui', version: original.version }),
      201,
    );
    expect(revision).toMatchObject({ status: 'signing', revision: 1, supersedesId: pkId });
    const poverty = (revision.items as { code: string; target: string }[]).find((i) => i.code === 'KEMISKINAN');
    expect(poverty?.target).toBe('72');
    expect(ok(await get(`${A}/${pkId}`, kades)).status).toBe('signed');
    const twice = await send('POST', `${A}/${pkId}/revise`, kades, { reason: 'lagi diubah', version: original.version + 1 });
    expect(twice.statusCode).toBe(409);
    ok(await sign(revision.id, kades));
    revision = ok(await sign(revision.id, camat));
    expect(revision.status).toBe('signed');
    expect(ok(await get(`${A}/${pkId}`, kades)).status).toBe('superseded');
    const text = (await pdftotext(await pdfOf(revision.id, camat))).replace(/\s+/g, ' ');
    expect(text).toContain('PERJANJIAN KINERJA TAHUN 2026 (PERUBAHAN)');
    expect(text).toContain('72 KK');
  });
});

describe('tenancy', () => {
  it('answers 404 to another tenant for every route naming a desa or a PK of tenant A', async () => {
    expect((await generate(area.d1, adminB)).statusCode).toBe(404);
    for (const url of [`${A}/${pkId}`, `${A}/${pkId}/pdf`]) expect((await get(url, adminB)).statusCode).toBe(404);
    expect((await sign(pkId, adminB)).statusCode).toBe(404);
    expect((await send('POST', `${A}/${pkId}/revise`, adminB, { reason: 'coba ubah', version: 1 })).statusCode).toBe(404);
    const list = ok(await get(`${A}?year=${YEAR}`, adminB)) as unknown as { items: unknown[] };
    expect(list.items).toEqual([]);
  });
});
