/** Period lifecycle, compare-and-set, indicator manual edits, cascading and node moves over HTTP. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { ensureOpd, plannerIn, SAMPLE_INDICATOR } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let bappeda: Session;
let dinkes: Session;
let dinkesId: string;
const P = '/api/performance';

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  bappeda = await plannerIn(h, a, await ensureOpd(h, a, 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'badan'));
  dinkesId = await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan');
  dinkes = await plannerIn(h, a, dinkesId);
});
afterAll(async () => h?.close());

const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, as: Session, payload?: object) =>
  h.inject({ method, url, as, ...(payload ? { payload } : {}) });
const get = (url: string, as: Session) => h.inject({ method: 'GET', url, as });

async function created(res: { statusCode: number; body: string; json(): unknown }) {
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

describe('period lifecycle', () => {
  it('activates a draft, closing the period in force, and keeps a closed period read-only', async () => {
    const first = await created(await send('POST', `${P}/periods`, bappeda, { startYear: 2021, title: 'RPJMD 2021–2026' }));
    expect((await send('POST', `${P}/periods/${first.id}/activate`, bappeda, { version: 1 })).json().status).toBe('active');
    const second = await created(
      await send('POST', `${P}/periods`, bappeda, { startYear: 2025, endYear: 2029, title: 'RPJMD 2025–2029' }),
    );
    expect((await send('POST', `${P}/periods/${second.id}/activate`, bappeda, { version: 1 })).json().status).toBe('active');
    expect((await get(`${P}/periods/${first.id}`, bappeda)).json().status).toBe('closed');
    const late = await send('POST', `${P}/periods/${first.id}/nodes`, bappeda, { document: 'rpjmd', kind: 'visi', title: 'x' });
    expect(late.statusCode).toBe(409);
    const list = (await get(`${P}/periods`, dinkes)).json();
    expect(list.items.map((p: { id: string; status: string }) => [p.id, p.status])).toEqual([
      [second.id, 'active'],
      [first.id, 'closed'],
    ]);
  });

  it('refuses periods longer than five years, stale versions, and year changes after activation', async () => {
    const long = await send('POST', `${P}/periods`, bappeda, { startYear: 2025, endYear: 2031, title: 'x' });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.fields[0].field).toBe('body.endYear');
    const draft = await created(await send('POST', `${P}/periods`, bappeda, { startYear: 2030, title: 'Draf' }));
    const renamed = await send('PUT', `${P}/periods/${draft.id}`, bappeda, { title: 'Draf 2', version: 1 });
    expect(renamed.json()).toMatchObject({ title: 'Draf 2', version: 2 });
    const stale = await send('PUT', `${P}/periods/${draft.id}`, bappeda, { title: 'Draf 3', version: 1 });
    expect(stale.statusCode).toBe(409);
    const active = (await get(`${P}/periods`, bappeda)).json().items.find((p: { status: string }) => p.status === 'active');
    const years = await send('PUT', `${P}/periods/${active.id}`, bappeda, {
      title: active.title,
      startYear: 2026,
      version: active.version,
    });
    expect(years.statusCode).toBe(409);
    expect((await send('DELETE', `${P}/periods/${draft.id}`, bappeda)).statusCode).toBe(204);
    expect((await get(`${P}/periods/${draft.id}`, bappeda)).statusCode).toBe(404);
  });
});

describe('indicators and nodes', () => {
  let periodId: string;
  let sasaranId: string;
  let tujuanId: string;

  beforeAll(async () => {
    periodId = (await created(await send('POST', `${P}/periods`, bappeda, { startYear: 2035, title: 'RPJMD uji' }))).id;
    const nodes = `${P}/periods/${periodId}/nodes`;
    const visi = await created(await send('POST', nodes, bappeda, { document: 'rpjmd', kind: 'visi', title: 'V' }));
    const misi = await created(
      await send('POST', nodes, bappeda, { document: 'rpjmd', kind: 'misi', parentId: visi.id, title: 'M' }),
    );
    tujuanId = (
      await created(await send('POST', nodes, bappeda, { document: 'rpjmd', kind: 'tujuan', parentId: misi.id, title: 'T' }))
    ).id;
    sasaranId = (
      await created(await send('POST', nodes, bappeda, { document: 'rpjmd', kind: 'sasaran', parentId: tujuanId, title: 'S' }))
    ).id;
  });

  it('edits the IKU manual and keeps targets fitting a new polarity', async () => {
    const targets = [{ year: 2035, kind: 'number', value: '10' }];
    const ind = await created(
      await send('POST', `${P}/nodes/${sasaranId}/indicators`, bappeda, { ...SAMPLE_INDICATOR, targets }),
    );
    const smart = { specific: true, measurable: true, achievable: true, relevant: true, time_bound: false, challenging: false };
    const manual = {
      ...SAMPLE_INDICATOR,
      operationalDefinition: 'Definisi',
      formulaText: 'A/B × 100',
      smart,
      isIku: true,
      version: 1,
    };
    const edited = await send('PUT', `${P}/indicators/${ind.id}`, bappeda, manual);
    expect(edited.json()).toMatchObject({ operationalDefinition: 'Definisi', smart, isIku: true, version: 2 });
    const toRange = await send('PUT', `${P}/indicators/${ind.id}`, bappeda, { ...manual, polarity: 'range', version: 2 });
    expect(toRange.statusCode).toBe(422);
    const replaced = await send('PUT', `${P}/indicators/${ind.id}/targets`, bappeda, {
      targets: [{ year: 2036, kind: 'text', text: 'Tersedia' }],
      version: 2,
    });
    expect(replaced.json().targets).toEqual([
      { year: 2036, period: null, kind: 'text', value: null, min: null, max: null, text: 'Tersedia' },
    ]);
  });

  it('reads a SMART checklist stored without some items (an older row) with those items unchecked', async () => {
    const ind = await created(await send('POST', `${P}/nodes/${sasaranId}/indicators`, bappeda, SAMPLE_INDICATOR));
    const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
    await db.updateTable('indicators').set({ smart_check: '{"specific":true}' }).where('id', '=', ind.id).execute();
    const read = await get(`${P}/indicators/${ind.id}`, bappeda);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json().smart).toEqual({
      specific: true,
      measurable: false,
      achievable: false,
      relevant: false,
      time_bound: false,
      challenging: false,
    });
    expect((await get(`${P}/periods/${periodId}/tree`, bappeda)).statusCode).toBe(200);
  });

  it('cascades an OPD indicator from the RPJMD one and refuses deleting the source', async () => {
    const source = await created(await send('POST', `${P}/nodes/${sasaranId}/indicators`, bappeda, SAMPLE_INDICATOR));
    const tujuan = await created(
      await send('POST', `${P}/periods/${periodId}/nodes`, dinkes, {
        document: 'renstra',
        kind: 'tujuan',
        unitId: dinkesId,
        derivesFromNodeId: sasaranId,
        title: 'T',
      }),
    );
    const derived = { ...SAMPLE_INDICATOR, derivedFromIndicatorId: source.id, derivationMethod: 'Proporsi kontribusi' };
    const child = await created(await send('POST', `${P}/nodes/${tujuan.id}/indicators`, dinkes, derived));
    expect((await get(`${P}/indicators/${child.id}`, dinkes)).json().derivedFromIndicatorId).toBe(source.id);
    expect((await send('DELETE', `${P}/indicators/${source.id}`, bappeda)).statusCode).toBe(409);
    const loop = await send('PUT', `${P}/indicators/${source.id}`, bappeda, {
      ...SAMPLE_INDICATOR,
      derivedFromIndicatorId: child.id,
      version: 1,
    });
    expect(loop.statusCode).toBe(422);
    expect(loop.json().error.fields[0].field).toBe('body.derivedFromIndicatorId');
    expect((await send('DELETE', `${P}/indicators/${child.id}`, dinkes)).statusCode).toBe(204);
    expect((await send('DELETE', `${P}/indicators/${source.id}`, bappeda)).statusCode).toBe(204);
  });

  it('moves a node under a parent of the right kind and deletes a leaf', async () => {
    const nodes = `${P}/periods/${periodId}/nodes`;
    const other = await created(
      await send('POST', nodes, bappeda, {
        document: 'rpjmd',
        kind: 'tujuan',
        parentId: (await get(`${P}/periods/${periodId}/nodes?document=rpjmd`, bappeda)).json().items[1].id,
        title: 'T2',
      }),
    );
    const moved = await send('POST', `${P}/nodes/${sasaranId}/move`, bappeda, { parentId: other.id, version: 1 });
    expect(moved.json()).toMatchObject({ parentId: other.id, depth: 3, version: 2 });
    const leaf = await created(
      await send('POST', nodes, bappeda, { document: 'rpjmd', kind: 'sasaran', parentId: tujuanId, title: 'S2' }),
    );
    expect((await send('DELETE', `${P}/nodes/${leaf.id}`, bappeda)).statusCode).toBe(204);
    const notOpd = await send('POST', nodes, bappeda, {
      document: 'renstra',
      kind: 'tujuan',
      unitId: await h.unitId(h.tenants.a, 'BAG-ORG'),
      title: 'x',
    });
    expect(notOpd.json().error.fields.map((f: { field: string }) => f.field)).toEqual(['body.unitId']);
  });
});
