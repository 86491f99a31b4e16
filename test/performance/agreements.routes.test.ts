/**
 * Perjanjian Kinerja over HTTP: draft → items from the tree → PDF → signed by pihak kedua then pihak pertama, the
 * other-OPD indicator refusal, signing out of turn or by a stranger, the PK perubahan superseding the original, and
 * rencana aksi with bad input.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { positionAccount } from '../factories/correspondence.ts';
import { ensureOpd, plannerIn, SAMPLE_INDICATOR } from '../factories/performance.ts';
import { type SignerAccount, signerAccounts } from '../factories/signers.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdfsig, pdftotext, validSignatureCount } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });

const P = '/api/performance';
const A = `${P}/agreements`;
let h: Harness;
let kominfo: Session; // planner of DISKOMINFO
let dinkes: Session; // planner of DINKES
let staf: Session;
let kadis: SignerAccount; // Agus Salim, Kepala Dinas Kominfo (pihak pertama)
let bupati: Session; // pihak kedua
let kominfoId: string;
let kadisPosition: string;
let bupatiPosition: string;
let dinkesIndicator: string;
const indicatorNames = ['Indeks SPBE', 'Persentase layanan daring', 'Status keterbukaan informasi'];

type Json = Record<string, unknown> & { version: number; status: string; id: string };
const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, as: Session, payload?: object) =>
  h.inject({ method, url, as, ...(payload ? { payload } : {}) });
const get = (url: string, as: Session) => h.inject({ method: 'GET', url, as });
function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200): Json {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Json;
}

async function node(as: Session, periodId: string, body: object): Promise<string> {
  return ok(await send('POST', `${P}/periods/${periodId}/nodes`, as, body), 201).id;
}
async function indicator(as: Session, nodeId: string, name: string, target: object): Promise<string> {
  const polarity = (target as { kind: string }).kind === 'range' ? 'range' : 'maximize';
  const body = {
    ...SAMPLE_INDICATOR,
    name,
    polarity,
    unitOfMeasure: 'persen',
    targets: [2025, 2026, 2027, 2028, 2029].map((year) => ({ year, ...target })),
  };
  return ok(await send('POST', `${P}/nodes/${nodeId}/indicators`, as, body), 201).id;
}

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  const bappeda = await plannerIn(h, a, await ensureOpd(h, a, 'BAPPEDA', 'Badan Perencanaan', 'badan'));
  const dinkesId = await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan');
  kominfoId = await h.unitId(a, 'DISKOMINFO');
  kominfo = await plannerIn(h, a, kominfoId);
  dinkes = await plannerIn(h, a, dinkesId);
  staf = await h.loginAs(a, 'staf');
  [kadis] = (await signerAccounts(h, a, ['196705121990031003'])) as [SignerAccount];
  const b = await positionAccount(h, a, {
    positionCode: 'BUPATI',
    positionName: 'Bupati Karanganyar',
    unitCode: 'SETDA',
    name: 'Juliyatmono',
  });
  bupati = b.session;
  bupatiPosition = b.positionId;
  const db = tenantDb({ db: h.db, tenantId: a.id });
  kadisPosition = (await db.selectFrom('positions').select('id').where('code', '=', 'KADIS-KOMINFO').executeTakeFirstOrThrow())
    .id;
  const periodId = ok(await send('POST', `${P}/periods`, bappeda, { startYear: 2025, title: 'RPJMD 2025-2029' }), 201).id;
  const renstra = { document: 'renstra', unitId: kominfoId };
  const tujuan = await node(kominfo, periodId, { ...renstra, kind: 'tujuan', title: 'Tujuan Kominfo' });
  const s1 = await node(kominfo, periodId, { ...renstra, kind: 'sasaran', parentId: tujuan, title: 'Meningkatnya SPBE' });
  const s2 = await node(kominfo, periodId, { ...renstra, kind: 'sasaran', parentId: tujuan, title: 'Informasi terbuka' });
  await indicator(kominfo, s1, indicatorNames[0] as string, { kind: 'number', value: '3.5' });
  await indicator(kominfo, s1, indicatorNames[1] as string, { kind: 'range', min: '70', max: '80' });
  await indicator(kominfo, s2, indicatorNames[2] as string, { kind: 'text', text: 'Informatif' });
  const dTujuan = await node(dinkes, periodId, { document: 'renstra', unitId: dinkesId, kind: 'tujuan', title: 'Tujuan Dinkes' });
  const dSasaran = await node(dinkes, periodId, {
    ...{ document: 'renstra', unitId: dinkesId, kind: 'sasaran', parentId: dTujuan, title: 'Sehat' },
  });
  dinkesIndicator = await indicator(dinkes, dSasaran, 'Angka harapan hidup', { kind: 'number', value: '74' });
});
afterAll(async () => h?.close());

const create = (year: number, as = kominfo) =>
  send('POST', A, as, { unitId: kominfoId, year, firstPartyPositionId: kadisPosition, secondPartyPositionId: bupatiPosition });
const countRows = async (table: 'agreement_items' | 'action_plans') =>
  (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom(table).select('id').execute()).length;

async function pdfOf(id: string, as: Session): Promise<Buffer> {
  const res = await get(`${A}/${id}/pdf`, as);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-type']).toBe('application/pdf');
  return res.rawPayload;
}

/** A draft with the tree's items and two programs' budget, generated and signed by both parties. */
async function signedAgreement(year: number): Promise<Json> {
  let pk = ok(await create(year), 201);
  pk = ok(await send('POST', `${A}/${pk.id}/items/from-tree`, kominfo, { version: pk.version })).agreement as Json;
  pk = ok(await send('POST', `${A}/${pk.id}/generate`, kominfo, { version: pk.version }));
  ok(await send('POST', `${A}/${pk.id}/sign`, bupati, {}));
  return ok(await send('POST', `${A}/${pk.id}/sign`, kadis.session, {}));
}

describe('the whole flow', () => {
  it('drafts, takes items, budgets, generates the PermenPANRB PDF and is signed by both in turn', async () => {
    expect((await create(2027, staf)).statusCode).toBe(403);
    expect((await create(2027, dinkes)).statusCode).toBe(403);
    let pk = ok(await create(2027), 201);
    expect(pk).toMatchObject({ status: 'draft', revision: 0, year: 2027, items: [] });
    const taken = ok(await send('POST', `${A}/${pk.id}/items/from-tree`, kominfo, { version: pk.version }));
    expect(taken.added).toBe(3);
    pk = taken.agreement as Json;
    const items = pk.items as { id: string; indicatorName: string; target: object }[];
    expect(items.map((i) => i.indicatorName)).toEqual(indicatorNames);
    expect(items[1]?.target).toMatchObject({ kind: 'range', min: '70', max: '80' });
    pk = ok(
      await send('PUT', `${A}/${pk.id}/items/${items[0]?.id}`, kominfo, {
        target: { kind: 'number', value: '3.75' },
        version: pk.version,
      }),
    );
    const budget = (programCode: string, pagu: string) => ({
      programCode,
      programName: `Program ${programCode}`,
      pagu,
      version: pk.version,
    });
    pk = ok(await send('POST', `${A}/${pk.id}/budgets`, kominfo, budget('2.16.02', '1250000000')), 201);
    pk = ok(await send('POST', `${A}/${pk.id}/budgets`, kominfo, budget('2.16.02', '250000000.5')), 201);
    pk = ok(await send('POST', `${A}/${pk.id}/budgets`, kominfo, budget('2.16.03', '75000000')), 201);
    expect(pk.budgetTotal).toBe('1575000000.5');
    expect((await send('POST', `${A}/${pk.id}/generate`, kominfo, { version: pk.version - 1 })).statusCode).toBe(409);
    pk = ok(await send('POST', `${A}/${pk.id}/generate`, kominfo, { version: pk.version }));
    expect(pk).toMatchObject({
      status: 'signing',
      nextSigner: 'second',
      firstParty: { name: 'Agus Salim', nip: '196705121990031003' },
    });
    expect(pk.verificationCode).toEqual(expect.any(String));
    const text = (await pdftotext(await pdfOf(pk.id, staf))).replace(/\s+/g, ' ');
    for (const expected of [
      'PERJANJIAN KINERJA TAHUN 2027',
      'Agus Salim',
      'Juliyatmono',
      'Kepala Dinas Komunikasi dan Informatika',
      'Bupati Karanganyar',
      'pihak pertama',
      'pihak kedua',
      'Meningkatnya SPBE',
      '3,75 persen',
      '70–80 persen',
      'Informatif',
      'Rp1.500.000.000,50',
      'Rp75.000.000,00',
      'Rp1.575.000.000,50',
    ])
      expect(text).toContain(expected);
    const edit = await send('POST', `${A}/${pk.id}/budgets`, kominfo, budget('2.16.04', '1'));
    expect(edit.statusCode).toBe(409);
    expect(edit.json().error.message).toMatch(/tidak dapat diubah/);
  });

  it('refuses a stranger and the party out of turn, then signs pihak kedua → pihak pertama with two valid signatures', async () => {
    let pk = ok(await create(2029), 201);
    pk = ok(await send('POST', `${A}/${pk.id}/items/from-tree`, kominfo, { version: pk.version })).agreement as Json;
    pk = ok(await send('POST', `${A}/${pk.id}/generate`, kominfo, { version: pk.version }));
    const stranger = await send('POST', `${A}/${pk.id}/sign`, staf, {});
    expect(stranger.statusCode).toBe(403);
    expect(stranger.json().error.message).toMatch(/bukan pihak pertama atau pihak kedua/);
    expect((await send('POST', `${A}/${pk.id}/sign`, kominfo, {})).statusCode).toBe(403);
    expect((await send('POST', `${A}/${pk.id}/sign`, kadis.session, {})).statusCode).toBe(403);
    pk = ok(await send('POST', `${A}/${pk.id}/sign`, bupati, {}));
    expect(pk).toMatchObject({ status: 'signing', nextSigner: 'first' });
    expect(ok(await get(`${A}/${pk.id}`, kadis.session)).mySignatureDue).toBe(true);
    pk = ok(await send('POST', `${A}/${pk.id}/sign`, kadis.session, {}));
    expect(pk).toMatchObject({ status: 'signed', nextSigner: null });
    expect((await send('POST', `${A}/${pk.id}/sign`, kadis.session, {})).statusCode).toBe(409);
    const report = await pdfsig(await pdfOf(pk.id, kominfo));
    expect(validSignatureCount(report)).toBe(2);
    const list = ok(await get(`${A}?year=2029&unitId=${kominfoId}`, staf)) as unknown as {
      items: { id: string; status: string }[];
    };
    expect(list.items).toEqual([expect.objectContaining({ id: pk.id, status: 'signed' })]);
  });
});

describe('bad input', () => {
  it('refuses an indicator of another OPD with a field message and writes nothing', async () => {
    const pk = ok(await create(2026), 201);
    const before = await countRows('agreement_items');
    const res = await send('POST', `${A}/${pk.id}/items`, kominfo, { indicatorId: dinkesIndicator, version: pk.version });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      {
        field: 'body.indicatorId',
        message: expect.stringMatching(/milik perangkat daerah lain.*Dinas Komunikasi dan Informatika/),
      },
    ]);
    expect(await countRows('agreement_items')).toBe(before);
    expect(ok(await get(`${A}/${pk.id}`, kominfo)).version).toBe(pk.version);
  });

  it('refuses a target that is text where a number is expected (400 with the field)', async () => {
    const pk = ok(await create(2025), 201);
    const taken = ok(await send('POST', `${A}/${pk.id}/items/from-tree`, kominfo, { version: pk.version })).agreement as Json;
    const res = await send('PUT', `${A}/${pk.id}/items/${(taken.items as { id: string }[])[0]?.id}`, kominfo, {
      target: { kind: 'number', value: 'tiga koma lima' },
      version: taken.version,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ field: 'body.target.value', message: expect.stringMatching(/angka desimal/) }]);
  });
});

describe('PK perubahan', () => {
  it('copies the items into a new draft and supersedes the original once the revision is signed', async () => {
    const original = await signedAgreement(2028);
    expect(
      (await send('POST', `${A}/${original.id}/revise`, kominfo, { reason: 'x', version: original.version })).statusCode,
    ).toBe(400);
    let revision = ok(
      await send('POST', `${A}/${original.id}/revise`, kominfo, { reason: 'refocusing anggaran', version: original.version }),
      201,
    );
    expect(revision).toMatchObject({
      status: 'draft',
      revision: 1,
      supersedesId: original.id,
      revisionReason: 'refocusing anggaran',
    });
    expect((revision.items as { indicatorName: string }[]).map((i) => i.indicatorName)).toEqual(indicatorNames);
    const current = ok(await get(`${A}/${original.id}`, kominfo));
    expect(current.status).toBe('signed');
    expect(
      (await send('POST', `${A}/${original.id}/revise`, kominfo, { reason: 'lagi', version: current.version })).statusCode,
    ).toBe(409);
    revision = ok(await send('POST', `${A}/${revision.id}/generate`, kominfo, { version: revision.version }));
    ok(await send('POST', `${A}/${revision.id}/sign`, bupati, {}));
    revision = ok(await send('POST', `${A}/${revision.id}/sign`, kadis.session, {}));
    expect(revision.status).toBe('signed');
    expect(ok(await get(`${A}/${original.id}`, kominfo)).status).toBe('superseded');
    const text = await pdftotext(await pdfOf(revision.id, kominfo));
    expect(text).toContain('PERJANJIAN KINERJA TAHUN 2028 (PERUBAHAN)');
    const itemId = (current.items as { id: string }[])[0]?.id;
    const late = await send('POST', `${A}/${original.id}/action-plans`, kominfo, { itemId, period: 'Q1', action: 'Rapat' });
    expect(late.statusCode).toBe(409);
  });
});

describe('rencana aksi', () => {
  it('creates, updates, refuses bad input and stale versions, deletes', async () => {
    const listed = ok(await get(`${A}?year=2026&unitId=${kominfoId}`, kominfo)) as unknown as { items: Json[] };
    let pk = listed.items[0] ? ok(await get(`${A}/${listed.items[0].id}`, kominfo)) : ok(await create(2026), 201);
    pk = ok(await send('POST', `${A}/${pk.id}/items/from-tree`, kominfo, { version: pk.version })).agreement as Json;
    const itemId = (pk.items as { id: string }[])[0]?.id;
    const url = `${A}/${pk.id}/action-plans`;
    const body = {
      itemId,
      period: 'Q1',
      action: 'Sosialisasi SPBE',
      targetValue: '25',
      budget: '15000000.50',
      picPositionId: kadisPosition,
    };
    expect((await send('POST', url, staf, body)).statusCode).toBe(403);
    const plan = ok(await send('POST', url, kominfo, body), 201);
    expect(plan).toMatchObject({ period: 'Q1', targetValue: '25', budget: '15000000.5', version: 1 });
    const before = await countRows('action_plans');
    for (const [field, value, pattern] of [
      ['targetValue', 'dua puluh', /angka desimal/],
      ['budget', '1.500.000', /tanpa pemisah ribuan/],
      ['period', 'Q5', /Q1–Q4 atau M01–M12/],
    ] as const) {
      const res = await send('POST', url, kominfo, { ...body, [field]: value });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ field: `body.${field}`, message: expect.stringMatching(pattern) }]);
    }
    const foreign = await send('POST', url, kominfo, { ...body, itemId: '01900000-0000-7000-8000-000000000009' });
    expect(foreign.statusCode).toBe(422);
    expect(await countRows('action_plans')).toBe(before);
    const { itemId: _item, ...edit } = body;
    const updated = ok(await send('PUT', `${url}/${plan.id}`, kominfo, { ...edit, period: 'M02', action: 'Bimtek', version: 1 }));
    expect(updated).toMatchObject({ period: 'M02', action: 'Bimtek', version: 2 });
    expect((await send('PUT', `${url}/${plan.id}`, kominfo, { ...edit, version: 1 })).statusCode).toBe(409);
    const view = ok(await get(`${A}/${pk.id}`, staf));
    expect((view.items as { actionPlans: { id: string }[] }[])[0]?.actionPlans.map((p) => p.id)).toEqual([plan.id]);
    expect((await send('DELETE', `${url}/${plan.id}`, kominfo)).statusCode).toBe(204);
    expect(await countRows('action_plans')).toBe(before - 1);
  });
});
