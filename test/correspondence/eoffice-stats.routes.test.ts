/**
 * The e-Office dashboard over HTTP, with the clock set (only `Date` is faked, timers stay real): month buckets
 * read in WIB, open vs overdue as of today, exact medians (odd and even counts) of the response time, the
 * pimpinan's headed units vs the admin's whole tenant, 403 for staf and 422 for a bad year (id and en).
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createUser } from '../../src/modules/identity/index.ts';
import { systemContext } from '../../src/platform/access/context.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { permissionsForRoles } from '../../src/shared/permissions.ts';
import { letterMetadata, letterMultipart, type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { HARNESS_PASSWORD, type Harness, type HarnessTenant, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 240_000 });

type Stats = {
  year: number;
  asOf: string;
  scope: 'tenant' | 'headed';
  months: { month: number; incoming: number; outgoing: number }[];
  units: {
    unitId: string;
    unitCode: string;
    open: number;
    overdue: number;
    completed: number;
    medianResponseHours: number | null;
    responseCount: number;
  }[];
};

const HOUR = 3_600_000;
/** When dispositions are sent: 2027-04-01 08:00 WIB. */
const SENT = Date.parse('2027-04-01T01:00:00.000Z');

let h: Harness;
let pdf: Buffer;
let pencatat: Session;
let admin: Session;
let kadis: PositionAccount;
let sekda: PositionAccount;
let kabag: PositionAccount;
let pranata: PositionAccount;
let kadisPimpinan: Session;
let sekdaPimpinan: Session;
let units: { kominfo: string; setda: string; bagOrg: string };

function at(iso: string | number) {
  vi.setSystemTime(new Date(iso));
}

/** A second account, role pimpinan, for the pegawai of a position account; logged in. */
async function pimpinanOf(tenant: HarnessTenant, account: PositionAccount, email: string): Promise<Session> {
  const ctx = systemContext(h.db, h.platform, tenant.id, 'test', permissionsForRoles(['admin']));
  await createUser(ctx, {
    displayName: `${account.name} (pimpinan)`,
    email,
    password: HARNESS_PASSWORD,
    roles: ['pimpinan'],
    employeeId: account.employeeId,
  });
  const res = await h.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { tenant: tenant.slug, username: email, password: HARNESS_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  const cookie = res.cookies.find((c) => c.name === 'pamong_session')?.value as string;
  return { cookie, csrfToken: res.json().csrfToken, userId: res.json().user.id };
}

function post(as: Session, url: string, payload: object = {}) {
  return h.inject({ method: 'POST', url, as, payload });
}

async function register(unitId: string, as = pencatat, receivedDate = '2027-03-31'): Promise<string> {
  const metadata = letterMetadata(unitId, { theirDate: '2027-03-01', receivedDate });
  const res = await h.inject({ method: 'POST', url: '/api/letters/incoming', as, ...letterMultipart(metadata, pdf) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

async function dispose(from: PositionAccount, letterId: string, to: PositionAccount, deadline?: string): Promise<string> {
  const res = await post(from.session, `/api/letters/${letterId}/dispositions`, {
    to: [{ positionId: to.positionId }],
    ...(deadline ? { deadline } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return (res.json().ids as string[])[0] as string;
}

async function finish(by: PositionAccount, dispositionId: string, how: 'complete' | 'close', afterHours: number) {
  at(SENT + afterHours * HOUR);
  const res = await post(by.session, `/api/dispositions/${dispositionId}/${how}`, { version: 1, note: 'Sudah dikerjakan' });
  expect(res.statusCode, res.body).toBe(200);
}

async function signOutgoing(drafter: PositionAccount, signer: PositionAccount) {
  const draft = await post(drafter.session, '/api/letters/outgoing', {
    typeCode: 'SD',
    kka: '000.1.5',
    security: 'rahasia',
    urgency: 'biasa',
    signerPositionId: signer.positionId,
    addressees: { positions: [{ positionId: sekda.positionId, role: 'kepada' }] },
    content: {
      title: 'SURAT DINAS',
      hal: 'Hal rahasia statistik',
      place: 'Karanganyar',
      body: [{ kind: 'paragraph', text: 'Isi surat.' }],
    },
  });
  expect(draft.statusCode, draft.body).toBe(201);
  const id = draft.json().id as string;
  const submitted = await post(drafter.session, `/api/letters/outgoing/${id}/submit`);
  expect(submitted.json().status, submitted.body).toBe('siap_tte');
  const signed = await post(signer.session, `/api/letters/outgoing/${id}/sign`);
  expect(signed.statusCode, signed.body).toBe(200);
}

async function stats(as: Session, query = '', lang = 'id') {
  return h.inject({ method: 'GET', url: `/api/eoffice/stats${query}`, as, headers: { 'accept-language': lang } });
}

async function statsOk(as: Session, query = ''): Promise<Stats> {
  const res = await stats(as, query);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Stats;
}

async function seedDispositions() {
  // DISKOMINFO: three answered (2 h, 5 h, 30 h → median 5), one overdue, one open within its deadline.
  const kominfoLetters = [];
  for (let i = 0; i < 5; i += 1) kominfoLetters.push(await register(units.kominfo));
  at(SENT);
  const answered = [];
  for (const letterId of kominfoLetters.slice(0, 3)) answered.push(await dispose(kadis, letterId, pranata));
  await dispose(kadis, kominfoLetters[3] as string, pranata, '2027-04-03');
  await dispose(kadis, kominfoLetters[4] as string, pranata, '2027-05-31');
  // BAG-ORG: two answered (1 h, 4 h → median 2.5), one open within its deadline.
  at('2027-04-01T00:30:00.000Z');
  const setdaLetters = [await register(units.setda), await register(units.setda), await register(units.setda)];
  at(SENT);
  const bagOrg = [];
  for (const letterId of setdaLetters) bagOrg.push(await dispose(sekda, letterId, kabag, '2027-05-31'));
  await finish(pranata, answered[0] as string, 'complete', 2);
  await finish(pranata, answered[1] as string, 'close', 5);
  await finish(pranata, answered[2] as string, 'complete', 30);
  await finish(kabag, bagOrg[0] as string, 'complete', 4);
  await finish(kabag, bagOrg[1] as string, 'close', 1);
}

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2027-03-20T02:00:00.000Z');
  h = await startHarness({ env: { SESSION_TTL_HOURS: '2160' } });
  const a = h.tenants.a;
  pdf = await createSamplePdf();
  pencatat = await h.loginAs(a, 'pencatat');
  admin = await h.loginAs(a, 'admin');
  units = { kominfo: await h.unitId(a, 'DISKOMINFO'), setda: await h.unitId(a, 'SETDA'), bagOrg: await h.unitId(a, 'BAG-ORG') };
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Rina Kadis', kind: 'plt' });
  sekda = await positionAccount(h, a, { positionCode: 'SEKDA', name: 'Sigit Sekda', kind: 'plh' });
  kabag = await positionAccount(h, a, { positionCode: 'KABAG-ORG', name: 'Tono Kabag', kind: 'plh' });
  pranata = await positionAccount(h, a, { positionCode: 'PRANATA-KOMINFO', name: 'Umi Pranata' });
  kadisPimpinan = await pimpinanOf(a, kadis, 'pimpinan.kadis@karanganyar.uji.go.id');
  sekdaPimpinan = await pimpinanOf(a, sekda, 'pimpinan.sekda@karanganyar.uji.go.id');
  // Either side of midnight WIB on 31 March / 1 April (17:00Z).
  at('2027-03-31T16:30:00.000Z');
  await register(units.kominfo);
  at('2027-03-31T18:00:00.000Z');
  await register(units.kominfo, pencatat, '2027-04-01');
  // Another regency's letter never counts in Karanganyar's dashboard.
  await register(await h.unitId(h.tenants.b, 'DISKOMINFO'), await h.loginAs(h.tenants.b, 'pencatat'), '2027-04-01');
  await seedDispositions();
  // Signed at 00:30 WIB on 1 May: letter date 2027-05-01.
  at('2027-04-30T17:30:00.000Z');
  await signOutgoing(pranata, kadis);
  at('2027-04-05T03:00:00.000Z');
});
afterAll(async () => {
  await h?.close();
  vi.useRealTimers();
});

describe('GET /api/eoffice/stats', () => {
  it('buckets letters by month in WIB: 31 March 18:00Z is April, an outgoing letter by its letter date', async () => {
    const body = await statsOk(admin, '?year=2027');
    expect(body).toMatchObject({ year: 2027, asOf: '2027-04-05', scope: 'tenant' });
    expect(body.months.map((m) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const byMonth = new Map(body.months.map((m) => [m.month, m]));
    expect(byMonth.get(3)).toEqual({ month: 3, incoming: 1, outgoing: 0 });
    // One at 01:00 WIB on 1 April, five for DISKOMINFO and three for SETDA; tenant b's letter is not here.
    expect(byMonth.get(4)).toEqual({ month: 4, incoming: 9, outgoing: 0 });
    expect(byMonth.get(5)).toEqual({ month: 5, incoming: 0, outgoing: 1 });
    expect(body.months.reduce((n, m) => n + m.incoming + m.outgoing, 0)).toBe(11);
    expect(JSON.stringify(body)).not.toContain('rahasia');
  });

  it('defaults to the current year in the tenant zone, and an empty year has zeros', async () => {
    expect((await statsOk(admin)).year).toBe(2027);
    const empty = await statsOk(admin, '?year=2026');
    expect(empty.months.every((m) => m.incoming === 0 && m.outgoing === 0)).toBe(true);
    expect(empty.units).toEqual([]);
  });

  it('counts open and overdue as of today, and takes exact medians of odd and even counts', async () => {
    const body = await statsOk(admin, '?year=2027');
    const byCode = new Map(body.units.map((u) => [u.unitCode, u]));
    expect([...byCode.keys()].sort()).toEqual(['BAG-ORG', 'DISKOMINFO']);
    expect(byCode.get('DISKOMINFO')).toMatchObject({
      open: 2,
      overdue: 1,
      completed: 3,
      medianResponseHours: 5,
      responseCount: 3,
    });
    expect(byCode.get('BAG-ORG')).toMatchObject({
      open: 1,
      overdue: 0,
      completed: 2,
      medianResponseHours: 2.5,
      responseCount: 2,
    });
  });

  it('turns open into overdue when the deadline passes', async () => {
    at('2027-06-01T03:00:00.000Z');
    try {
      const kominfo = (await statsOk(admin, '?year=2027')).units.find((u) => u.unitCode === 'DISKOMINFO');
      expect(kominfo).toMatchObject({ open: 2, overdue: 2 });
    } finally {
      at('2027-04-05T03:00:00.000Z');
    }
  });

  it('shows a pimpinan only the units under the positions they head; the admin may narrow to one unit', async () => {
    const kominfo = await statsOk(kadisPimpinan, '?year=2027');
    expect(kominfo.scope).toBe('headed');
    expect(kominfo.units.map((u) => u.unitCode)).toEqual(['DISKOMINFO']);
    expect(kominfo.months.reduce((n, m) => n + m.incoming, 0)).toBe(7);
    expect(kominfo.months.reduce((n, m) => n + m.outgoing, 0)).toBe(1);

    // The Sekda heads SETDA, so BAG-ORG below it is in scope; DISKOMINFO is not.
    const setda = await statsOk(sekdaPimpinan, '?year=2027');
    expect(setda.units.map((u) => u.unitCode)).toEqual(['BAG-ORG']);
    expect(setda.months.reduce((n, m) => n + m.incoming + m.outgoing, 0)).toBe(3);

    const narrowed = await statsOk(admin, `?year=2027&unitId=${units.bagOrg}`);
    expect(narrowed.units.map((u) => u.unitCode)).toEqual(['BAG-ORG']);
    expect(narrowed.months.reduce((n, m) => n + m.incoming, 0)).toBe(0);
    expect((await statsOk(sekdaPimpinan, `?year=2027&unitId=${units.bagOrg}`)).units).toHaveLength(1);
  });

  it('gives a pimpinan who heads nothing an empty dashboard, not the tenant', async () => {
    const body = await statsOk(await h.loginAs(h.tenants.a, 'pimpinan'), '?year=2027');
    expect(body.units).toEqual([]);
    expect(body.months.every((m) => m.incoming === 0 && m.outgoing === 0)).toBe(true);
  });

  it('refuses staf (403), a unit outside the headed ones (403) and an unknown unit (404)', async () => {
    expect((await stats(await h.loginAs(h.tenants.a, 'staf'), '?year=2027')).statusCode).toBe(403);
    expect((await stats(pranata.session, '?year=2027')).statusCode).toBe(403);
    const outside = await stats(kadisPimpinan, `?year=2027&unitId=${units.setda}`);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.message).toMatch(/di luar unit/);
    const otherTenant = await h.unitId(h.tenants.b, 'DISKOMINFO');
    expect((await stats(admin, `?year=2027&unitId=${otherTenant}`)).statusCode).toBe(404);
    expect((await stats(admin, '?year=2027&unitId=tidak-ada')).statusCode).toBe(404);
  });

  it('answers 422 with a field message for a year outside 2000–2100, in Indonesian or English', async () => {
    for (const year of ['1999', '2101', 'abcd', '20270']) {
      const res = await stats(admin, `?year=${year}`);
      expect(res.statusCode, year).toBe(422);
      expect(res.json().error.fields).toEqual([{ field: 'year', message: 'Tahun harus berupa angka 2000 sampai 2100.' }]);
    }
    const en = await stats(admin, '?year=1999', 'en');
    expect(en.json().error.fields[0].message).toBe('The year must be a number from 2000 to 2100.');
    expect((await statsOk(admin, '?year=2000')).year).toBe(2000);
    expect((await statsOk(admin, '?year=2100')).year).toBe(2100);
  });
});
