/** Village IDM over HTTP: stored indices match the engine, XLSX round trip, bad rows write nothing, tenancy, permissions. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { PAKISREJO_2018 } from '../../src/modules/villages/idm/pakisrejo.fixture.ts';
import { parseIdmFile, writeIdmFile } from '../../src/modules/villages/idm-xlsx.ts';
import { computeIdm, IDM_INDICATORS, simulateNextStatus } from '../../src/modules/villages/index.ts';
import { multipartFile } from '../factories/multipart.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let manager: Session; // admin + perencana: manages IDM as admin
let staf: Session;
let planner: Session; // perencana outside DPMD
let operator: Session; // operator_desa without a linked desa
let adminB: Session;
let desa: { id: string; code: string }[];

const dbA = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });

beforeAll(async () => {
  h = await startHarness();
  await dbA().insertInto('user_roles', { user_id: h.tenants.a.users.admin.id, role: 'perencana' }).execute();
  manager = await h.loginAs(h.tenants.a, 'admin');
  staf = await h.loginAs(h.tenants.a, 'staf');
  planner = await h.loginAs(h.tenants.a, 'perencana');
  operator = await h.loginAs(h.tenants.a, 'operator_desa');
  adminB = await h.loginAs(h.tenants.b, 'admin');
  desa = await dbA().selectFrom('regions').select(['id', 'code']).where('level', '=', 'desa').orderBy('code').limit(4).execute();
});
afterAll(async () => h?.close());

/** Pakisrejo 2018 as catalogue codes: the fixture's indicators of each index, in order, onto the catalogue's. */
function pakisrejoScores(): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const index of ['IKS', 'IKE', 'IKL'] as const) {
    const fixture = PAKISREJO_2018.filter((s) => s.index === index);
    const codes = IDM_INDICATORS.filter((i) => i.index === index);
    expect(codes).toHaveLength(fixture.length);
    codes.forEach((c, i) => {
      scores[c.code] = fixture[i]!.score;
    });
  }
  return scores;
}
const uniform = (score: number) => Object.fromEntries(IDM_INDICATORS.map((i) => [i.code, score]));
const desaUrl = (id: string, year = 2024) => `/api/villages/idm/desa/${id}/years/${year}`;
const put = (id: string, scores: Record<string, number>, version: number | null, as = manager, year = 2024) =>
  h.inject({ method: 'PUT', url: desaUrl(id, year), as, payload: { scores, version } });
const importFile = (file: Buffer, year: number, dryRun: boolean, as = manager) => {
  const body = multipartFile(file, { fileName: 'idm.xlsx' });
  return h.inject({ method: 'POST', url: `/api/villages/idm/import?year=${year}&dryRun=${dryRun}`, as, ...body });
};
const resultCount = async (year: number) =>
  (await dbA().selectFrom('village_idm_results').select('region_id').where('year', '=', year).execute()).length;

describe('saving scores', () => {
  it('stores the indices the engine computes for Pakisrejo 2018 (notes §3.5: 0.7257, 0.5333, 0.6667 → 0.6419 Berkembang)', async () => {
    const res = await put(desa[0]!.id, pakisrejoScores(), null);
    expect(res.statusCode, res.body).toBe(200);
    const engine = computeIdm(PAKISREJO_2018);
    const { result, version } = res.json();
    expect(result).toMatchObject({
      iks: engine.display.IKS,
      ike: engine.display.IKE,
      ikl: engine.display.IKL,
      idm: engine.display.IDM,
    });
    expect([result.iks, result.ike, result.ikl, result.idm, result.statusCode]).toEqual([
      '0.7257',
      '0.5333',
      '0.6667',
      '0.6419',
      'berkembang',
    ]);
    expect(version).toBe(1);
    const stored = await dbA()
      .selectFrom('village_idm_results')
      .selectAll()
      .where('region_id', '=', desa[0]!.id)
      .executeTakeFirstOrThrow();
    expect(stored.idm).toBe('0.6419');
    const read = await h.inject({ method: 'GET', url: desaUrl(desa[0]!.id), as: staf });
    expect(read.json().indicators.map((i: { score: number }) => i.score)).toEqual(
      IDM_INDICATORS.map((i) => pakisrejoScores()[i.code]),
    );
  });

  it('simulates the engine’s smallest improvement to the next status', async () => {
    const res = await h.inject({ method: 'GET', url: `${desaUrl(desa[0]!.id)}/simulation`, as: staf });
    expect(res.statusCode, res.body).toBe(200);
    const plan = simulateNextStatus(PAKISREJO_2018)!;
    const view = res.json();
    expect(view.current.code).toBe('berkembang');
    expect(view.plan.reached.code).toBe(plan.reached.code);
    expect(view.plan.points).toBe(plan.points);
    expect(view.plan.improvements.map((m: { code: string; from: number; to: number }) => [m.code, m.from, m.to])).toEqual(
      plan.improvements.map((m) => [`IKL.0${m.indicatorId.split('.')[1]}`, m.from, m.to]),
    );
  });

  it('refuses a stale version (409) and bad scores field by field (400/422), writing nothing', async () => {
    expect((await put(desa[0]!.id, uniform(3), null)).statusCode).toBe(409);
    const bad = { ...uniform(3), 'IKS.01': 7 };
    const res = await put(desa[0]!.id, bad, 1);
    expect(res.statusCode).toBe(400); // the contract refuses it before the service runs
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ field: 'body.scores.IKS.01', message: expect.stringMatching(/0 sampai 5/) }),
    ]);
    const { 'IKL.03': _dropped, ...incomplete } = uniform(3);
    const missing = await put(desa[0]!.id, { ...incomplete, 'XYZ.01': 2 }, 1);
    expect(missing.statusCode).toBe(422);
    expect(
      missing
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['scores.IKL.03', 'scores.XYZ.01']);
    const after = await h.inject({ method: 'GET', url: desaUrl(desa[0]!.id), as: staf });
    expect([after.json().version, after.json().result.idm]).toEqual([1, '0.6419']);
  });

  it('recomputes on every change and bumps the version', async () => {
    const res = await put(desa[0]!.id, uniform(5), 1);
    expect(res.statusCode, res.body).toBe(200);
    expect([res.json().version, res.json().result.idm, res.json().result.statusCode]).toEqual([2, '1.0000', 'mandiri']);
  });
});

describe('access', () => {
  it('answers 404 for another tenant’s desa and for a kecamatan id', async () => {
    for (const [method, url] of [
      ['GET', desaUrl(desa[0]!.id)],
      ['GET', `${desaUrl(desa[0]!.id)}/simulation`],
    ] as const)
      expect((await h.inject({ method, url, as: adminB })).statusCode).toBe(404);
    expect((await put(desa[0]!.id, uniform(1), 2, adminB)).statusCode).toBe(404);
    const kecamatan = await dbA().selectFrom('regions').select('id').where('level', '=', 'kecamatan').executeTakeFirstOrThrow();
    expect((await h.inject({ method: 'GET', url: desaUrl(kecamatan.id), as: manager })).statusCode).toBe(404);
  });

  it('refuses writers without the permission or outside DPMD (403), and nothing changes', async () => {
    for (const as of [staf, planner, operator]) {
      const res = await put(desa[0]!.id, uniform(0), 2, as);
      expect(res.statusCode, res.body).toBe(403);
    }
    expect((await put(desa[0]!.id, uniform(0), 2, planner)).json().error.message).toMatch(/DPMD/);
    expect((await importFile(await writeIdmFile([]), 2024, true, staf)).statusCode).toBe(403);
    const after = await h.inject({ method: 'GET', url: desaUrl(desa[0]!.id), as: staf });
    expect(after.json().version).toBe(2);
  });

  it('shows an operator without a linked desa nothing', async () => {
    const list = await h.inject({ method: 'GET', url: '/api/villages/idm?year=2024', as: operator });
    expect(list.statusCode, list.body).toBe(200);
    expect([list.json().total, list.json().items]).toEqual([0, []]);
    expect((await h.inject({ method: 'GET', url: desaUrl(desa[0]!.id), as: operator })).statusCode).toBe(403);
  });

  it('lists every desa of the regency with status counts and keyset pages', async () => {
    const first = await h.inject({ method: 'GET', url: '/api/villages/idm?year=2024&limit=2', as: staf });
    const view = first.json();
    const all = await dbA().selectFrom('regions').select('id').where('level', '=', 'desa').execute();
    expect([view.total, view.items.length, view.statusCounts.mandiri, view.statusCounts.none]).toEqual([
      all.length,
      2,
      1,
      all.length - 1,
    ]);
    const next = await h.inject({ method: 'GET', url: `/api/villages/idm?year=2024&limit=2&after=${view.nextAfter}`, as: staf });
    expect(next.json().items[0].code > view.items[1].code).toBe(true);
  });
});

async function badFile(): Promise<Buffer> {
  const good = await writeIdmFile([
    { desaCode: desa[1]!.code, kecamatan: null, desa: 'Baik', scores: uniform(2), computed: ['', '', '', '', ''] },
    { desaCode: desa[1]!.code, kecamatan: null, desa: 'Kembar', scores: uniform(2), computed: ['', '', '', '', ''] },
    { desaCode: '99.99.99.9999', kecamatan: null, desa: 'Asing', scores: uniform(2), computed: ['', '', '', '', ''] },
    {
      desaCode: desa[2]!.code,
      kecamatan: null,
      desa: 'Enam',
      scores: { ...uniform(2), 'IKE.04': 6 },
      computed: ['', '', '', '', ''],
    },
    {
      desaCode: desa[3]!.code,
      kecamatan: null,
      desa: 'Kosong',
      scores: { ...uniform(2), 'IKL.02': undefined as unknown as number },
      computed: ['', '', '', '', ''],
    },
  ]);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(good as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('IDM')!;
  const column = 5 + IDM_INDICATORS.findIndex((i) => i.code === 'IKS.02');
  sheet.getRow(2).getCell(column).value = { formula: '1+1', result: 2 };
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('XLSX', () => {
  it('reports every bad row and writes nothing', async () => {
    const file = await badFile();
    const dry = await importFile(file, 2023, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const located = dry.json().problems.map((p: { row: number; column: string }) => [p.row, p.column]);
    expect(located).toEqual([
      [2, 'IKS.02'],
      [4, 'KODE DESA'],
      [5, 'IKE.04'],
      [6, 'IKL.02'],
    ]);
    expect(dry.json().ok).toBe(false);
    const real = await importFile(file, 2023, false);
    expect(real.statusCode).toBe(422);
    expect(await resultCount(2023)).toBe(0);
  });

  it('imports, exports and imports back identically', async () => {
    const rows = desa.slice(1).map((d, i) => ({
      desaCode: d.code,
      kecamatan: null,
      desa: 'x',
      scores: Object.fromEntries(IDM_INDICATORS.map((x, j) => [x.code, (i + j) % 6])),
      computed: ['', '', '', '', ''] as [string, string, string, string, string],
    }));
    const imported = await importFile(await writeIdmFile(rows), 2025, false);
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json().counts).toEqual({ rows: 3, added: 3, updated: 0, unchanged: 0 });
    const exported = await h.inject({ method: 'GET', url: '/api/villages/idm/export?year=2025', as: staf });
    expect(exported.statusCode).toBe(200);
    const codes = new Map(desa.map((d) => [d.code, d.id]));
    const parsed = await parseIdmFile(exported.rawPayload, codes);
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows.map((r) => [r.desaCode, r.scores])).toEqual(rows.map((r) => [r.desaCode, r.scores]));
    const again = await importFile(exported.rawPayload, 2025, false);
    expect(again.json().counts).toEqual({ rows: 3, added: 0, updated: 0, unchanged: 3 });
    const versions = await dbA().selectFrom('village_idm_results').select('version').where('year', '=', 2025).execute();
    expect(versions.map((v) => Number(v.version))).toEqual([1, 1, 1]);
    const view = await h.inject({ method: 'GET', url: desaUrl(desa[1]!.id, 2025), as: staf });
    expect(view.json().result.idm).toBe(
      computeIdm(IDM_INDICATORS.map((x) => ({ id: x.code, index: x.index, score: rows[0]!.scores[x.code]! }))).display.IDM,
    );
  });
});
