/** The planning chain over HTTP: RPJMD by Bappeda, Renstra and pokin by an OPD, who may edit what, bad input. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { ensureOpd, plannerIn, SAMPLE_INDICATOR } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let bappeda: Session;
let dinkes: Session;
let kominfo: Session;
let staf: Session;
let dinkesId: string;
let kominfoId: string;
let periodId: string;
const P = '/api/performance';
const rpjmd: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  bappeda = await plannerIn(h, a, await ensureOpd(h, a, 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'badan'));
  dinkesId = await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan');
  kominfoId = await h.unitId(a, 'DISKOMINFO');
  dinkes = await plannerIn(h, a, dinkesId);
  kominfo = await plannerIn(h, a, kominfoId);
  staf = await h.loginAs(a, 'staf');
});
afterAll(async () => h?.close());

const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, as: Session, payload?: object, lang = 'id') =>
  h.inject({ method, url, as, ...(payload ? { payload } : {}), headers: { 'accept-language': lang } });
const get = (url: string, as: Session) => h.inject({ method: 'GET', url, as });
const nodesUrl = () => `${P}/periods/${periodId}/nodes`;

async function made(res: { statusCode: number; body: string; json(): unknown }): Promise<{ id: string; version: number }> {
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}

async function nodeCount(): Promise<number> {
  return (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('plan_nodes').select('id').execute()).length;
}

type TreeNode = { id: string; kind: string; children: TreeNode[]; indicators: { targets: { year: number; value: string }[] }[] };

describe('RPJMD by the Bappeda planner', () => {
  it('builds visi → misi → tujuan → sasaran with an indicator and five yearly targets', async () => {
    const period = await made(await send('POST', `${P}/periods`, bappeda, { startYear: 2025, title: 'RPJMD 2025–2029' }));
    periodId = period.id;
    expect((await get(`${P}/periods/${periodId}`, bappeda)).json()).toMatchObject({
      startYear: 2025,
      endYear: 2029,
      status: 'draft',
    });
    let parentId: string | null = null;
    for (const kind of ['visi', 'misi', 'tujuan', 'sasaran']) {
      const node = await made(
        await send('POST', nodesUrl(), bappeda, { document: 'rpjmd', kind, parentId, title: `${kind} daerah` }),
      );
      rpjmd[kind] = node.id;
      parentId = node.id;
    }
    const targets = [2025, 2026, 2027, 2028, 2029].map((year, i) => ({ year, kind: 'number', value: `${70 + i}.50` }));
    const indicator = await made(
      await send('POST', `${P}/nodes/${rpjmd.sasaran}/indicators`, bappeda, {
        ...SAMPLE_INDICATOR,
        isIku: true,
        baselineValue: '68',
        targets,
      }),
    );
    rpjmd.indicator = indicator.id;
    const tree = (await get(`${P}/periods/${periodId}/tree`, staf)).json() as { roots: TreeNode[] };
    const path: string[] = [];
    let at: TreeNode | undefined = tree.roots.find((r) => r.id === rpjmd.visi);
    while (at) {
      path.push(at.kind);
      if (at.kind === 'sasaran') {
        expect(at.indicators[0]?.targets.map((t) => [t.year, t.value])).toEqual(
          targets.map((t) => [t.year, t.value.replace(/0$/, '')]),
        );
      }
      at = at.children[0];
    }
    expect(path).toEqual(['visi', 'misi', 'tujuan', 'sasaran']);
  });

  it('refuses RPJMD edits and new periods to an OPD planner (403) and to staf, writing nothing', async () => {
    const before = await nodeCount();
    const res = await send('POST', nodesUrl(), dinkes, { document: 'rpjmd', kind: 'misi', parentId: rpjmd.visi, title: 'x' });
    expect(res.statusCode).toBe(403);
    expect((await send('PUT', `${P}/nodes/${rpjmd.visi}`, dinkes, { title: 'diubah', version: 1 })).statusCode).toBe(403);
    expect((await send('POST', `${P}/periods`, dinkes, { startYear: 2030, title: 'x' })).statusCode).toBe(403);
    expect((await send('POST', `${P}/periods`, staf, { startYear: 2030, title: 'x' })).statusCode).toBe(403);
    expect(await nodeCount()).toBe(before);
  });
});

describe('Renstra and pohon kinerja of an OPD', () => {
  it('links a Renstra sasaran to the RPJMD sasaran and builds two pokin levels', async () => {
    const renstra = { document: 'renstra', unitId: dinkesId, derivesFromNodeId: rpjmd.sasaran };
    const tujuan = await made(await send('POST', nodesUrl(), dinkes, { ...renstra, kind: 'tujuan', title: 'Tujuan Dinkes' }));
    const sasaran = await made(
      await send('POST', nodesUrl(), dinkes, { ...renstra, kind: 'sasaran', parentId: tujuan.id, title: 'Sasaran Dinkes' }),
    );
    rpjmd.dinkesSasaran = sasaran.id;
    const pokin = { document: 'pokin', kind: 'kondisi', unitId: dinkesId };
    const top = await made(
      await send('POST', nodesUrl(), dinkes, {
        ...pokin,
        pokinLevel: 'opd',
        derivesFromNodeId: sasaran.id,
        resultType: 'outcome',
        title: 'AKI turun',
      }),
    );
    const below = await send('POST', nodesUrl(), dinkes, {
      ...pokin,
      pokinLevel: 'eselon_iii',
      parentId: top.id,
      resultType: 'intermediate',
      title: 'Persalinan di faskes naik',
    });
    expect(below.statusCode, below.body).toBe(201);
    const table = (await get(`${P}/periods/${periodId}/nodes?unitId=${dinkesId}&document=pokin`, dinkes)).json();
    expect(table.items.map((n: { pokinLevel: string; depth: number }) => [n.pokinLevel, n.depth])).toEqual([
      ['opd', 0],
      ['eselon_iii', 1],
    ]);
    const skip = await send('POST', nodesUrl(), dinkes, { ...pokin, pokinLevel: 'staf', parentId: top.id, title: 'x' });
    expect(skip.statusCode).toBe(422);
  });

  it('refuses another OPD’s Renstra to a planner (403)', async () => {
    const res = await send('PUT', `${P}/nodes/${rpjmd.dinkesSasaran}`, kominfo, { title: 'diambil alih', version: 1 });
    expect(res.statusCode).toBe(403);
    const create = await send('POST', nodesUrl(), kominfo, { document: 'renstra', kind: 'tujuan', unitId: dinkesId, title: 'x' });
    expect(create.statusCode).toBe(403);
    expect((await get(`${P}/periods/${periodId}/nodes?unitId=${dinkesId}&document=renstra`, bappeda)).json().items[1].title).toBe(
      'Sasaran Dinkes',
    );
  });
});

describe('orphans report', () => {
  it('lists an unlinked Renstra sasaran, a tujuan without sasaran and an indicator without targets', async () => {
    const tujuan = await made(
      await send('POST', nodesUrl(), kominfo, { document: 'renstra', kind: 'tujuan', unitId: kominfoId, title: 'T' }),
    );
    const other = await made(
      await send('POST', nodesUrl(), kominfo, { document: 'renstra', kind: 'tujuan', unitId: kominfoId, title: 'T2' }),
    );
    const sasaran = await made(
      await send('POST', nodesUrl(), kominfo, {
        document: 'renstra',
        kind: 'sasaran',
        unitId: kominfoId,
        parentId: tujuan.id,
        title: 'S',
      }),
    );
    const targets = [{ year: 2025, kind: 'number', value: '1' }];
    const ind = await made(await send('POST', `${P}/nodes/${sasaran.id}/indicators`, kominfo, { ...SAMPLE_INDICATOR, targets }));
    const report = (await get(`${P}/periods/${periodId}/orphans?unitId=${kominfoId}`, staf)).json();
    expect(report.unlinkedRenstraSasaran.map((n: { id: string }) => n.id)).toEqual([sasaran.id]);
    expect(report.dangling.map((n: { id: string }) => n.id)).toEqual([other.id]);
    expect(report.indicatorsWithoutTargets).toEqual([
      { indicatorId: ind.id, nodeId: sasaran.id, name: 'Indeks', missingYears: [2026, 2027, 2028, 2029] },
    ]);
    const whole = (await get(`${P}/periods/${periodId}/orphans`, staf)).json();
    expect(whole.unlinkedRenstraSasaran.map((n: { id: string }) => n.id)).not.toContain(rpjmd.dinkesSasaran);
    expect(whole.indicatorsWithoutTargets.map((i: { indicatorId: string }) => i.indicatorId)).not.toContain(rpjmd.indicator);
  });
});

describe('crosscutting', () => {
  it('is proposed by one OPD, needs a reason to reject, and is accepted by the target OPD only', async () => {
    const from = await made(
      await send('POST', nodesUrl(), kominfo, { document: 'renstra', kind: 'tujuan', unitId: kominfoId, title: 'SPBE' }),
    );
    const link = await made(await send('POST', `${P}/nodes/${from.id}/crosscutting`, kominfo, { toNodeId: rpjmd.dinkesSasaran }));
    expect((await send('POST', `${P}/links/${link.id}/accept`, kominfo, { version: 1 })).statusCode).toBe(403);
    const noReason = await send('POST', `${P}/links/${link.id}/reject`, dinkes, { version: 1, reason: ' ' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.fields[0].field).toBe('body.reason');
    const accepted = await send('POST', `${P}/links/${link.id}/accept`, dinkes, { version: 1 });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', fromUnitId: kominfoId, toUnitId: dinkesId, version: 2 });
    const again = await send('POST', `${P}/links/${link.id}/reject`, dinkes, { version: 2, reason: 'terlambat' });
    expect(again.statusCode).toBe(409);
    const listed = (await get(`${P}/periods/${periodId}/crosscutting?unitId=${dinkesId}`, staf)).json();
    expect(listed.items.map((l: { id: string; status: string }) => [l.id, l.status])).toEqual([[link.id, 'accepted']]);
  });

  it('stores a rejection with its reason', async () => {
    const from = await made(
      await send('POST', nodesUrl(), kominfo, { document: 'renstra', kind: 'tujuan', unitId: kominfoId, title: 'Data' }),
    );
    const link = await made(await send('POST', `${P}/nodes/${from.id}/crosscutting`, kominfo, { toNodeId: rpjmd.dinkesSasaran }));
    const res = await send('POST', `${P}/links/${link.id}/reject`, dinkes, { version: 1, reason: 'Bukan kewenangan kami' });
    expect(res.json()).toMatchObject({ status: 'rejected', reason: 'Bukan kewenangan kami' });
  });
});

describe('bad input changes nothing', () => {
  it('refuses a move that makes a cycle', async () => {
    const res = await send('POST', `${P}/nodes/${rpjmd.visi}/move`, bappeda, { parentId: rpjmd.tujuan, version: 1 });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([{ field: 'body.parentId', message: expect.stringContaining('lingkaran') }]);
    const tree = (await get(`${P}/periods/${periodId}/tree?document=rpjmd`, bappeda)).json();
    expect(tree.roots.map((r: { id: string }) => r.id)).toEqual([rpjmd.visi]);
  });

  it('refuses a parent of the wrong kind, of another period, or of another tenant', async () => {
    const wrongKind = await send('POST', nodesUrl(), bappeda, {
      document: 'rpjmd',
      kind: 'sasaran',
      parentId: rpjmd.visi,
      title: 'x',
    });
    expect(wrongKind.statusCode).toBe(422);
    const second = await made(await send('POST', `${P}/periods`, bappeda, { startYear: 2030, title: 'RPJMD berikut' }));
    const otherPeriod = await send('POST', `${P}/periods/${second.id}/nodes`, bappeda, {
      document: 'rpjmd',
      kind: 'misi',
      parentId: rpjmd.visi,
      title: 'x',
    });
    expect(otherPeriod.json().error.fields[0].field).toBe('body.parentId');
    const bappedaB = await plannerIn(h, h.tenants.b, await ensureOpd(h, h.tenants.b, 'BAPPEDA', 'Bappeda', 'badan'));
    const periodB = await made(await send('POST', `${P}/periods`, bappedaB, { startYear: 2025, title: 'RPJMD B' }));
    const crossTenant = await send('POST', `${P}/periods/${periodB.id}/nodes`, bappedaB, {
      document: 'rpjmd',
      kind: 'misi',
      parentId: rpjmd.visi,
      title: 'x',
    });
    expect(crossTenant.statusCode).toBe(422);
    expect(crossTenant.json().error.fields[0].field).toBe('body.parentId');
  });

  it('refuses a range with min > max and text where a number is expected, in Indonesian and English', async () => {
    const before = await get(`${P}/indicators/${rpjmd.indicator}`, bappeda);
    const range = { ...SAMPLE_INDICATOR, polarity: 'range', targets: [{ year: 2025, kind: 'range', min: '10', max: '5' }] };
    const res = await send('POST', `${P}/nodes/${rpjmd.sasaran}/indicators`, bappeda, range);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([{ field: 'body.targets.0.min', message: expect.stringContaining('Batas bawah') }]);
    const textual = [{ year: 2025, kind: 'number', value: 'tujuh puluh' }];
    const en = await send('PUT', `${P}/indicators/${rpjmd.indicator}/targets`, bappeda, { targets: textual, version: 1 }, 'en');
    expect(en.statusCode).toBe(400);
    expect(en.json().error.fields[0]).toEqual({
      field: 'body.targets.0.value',
      message: expect.stringContaining('decimal number'),
    });
    const negative = await send('PUT', `${P}/indicators/${rpjmd.indicator}/targets`, bappeda, {
      targets: [{ year: 2025, kind: 'number', value: '-1' }],
      version: 1,
    });
    expect(negative.statusCode).toBe(422);
    expect((await get(`${P}/indicators/${rpjmd.indicator}`, bappeda)).json()).toEqual(before.json());
  });

  it('refuses to delete a node with children or a period with nodes', async () => {
    expect((await send('DELETE', `${P}/nodes/${rpjmd.tujuan}`, bappeda)).statusCode).toBe(409);
    expect((await send('DELETE', `${P}/periods/${periodId}`, bappeda)).statusCode).toBe(409);
    expect((await get(`${P}/periods/${periodId}`, bappeda)).statusCode).toBe(200);
  });
});
