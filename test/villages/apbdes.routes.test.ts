/**
 * APBDes over HTTP: a Siskeudes-shaped workbook checked (dry run) then imported, a file with a wrong subtotal refused
 * with located messages and nothing written, the year's APBDes replaced whole at the version seen (409 when stale),
 * export → import giving back the same lines, the APBDes-vs-RKPDes summary per bidang, and who may do what.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import {
  type FixtureRow,
  SUKAJAYA_ROWS,
  siskeudesApbdesWorkbook,
} from '../../src/modules/villages/village-apbdes.test-support.ts';
import { parseApbdesFile } from '../../src/modules/villages/village-apbdes-xlsx.ts';
import { multipartFile } from '../factories/multipart.ts';
import { desaPairs, operatorOf, reviewerOf } from '../factories/villages-accountability.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let opD1: Session;
let opD2: Session;
let camatK1: Session;
let staf: Session;
let adminB: Session;
let area: Awaited<ReturnType<typeof desaPairs>>;

const apbdesUrl = (regionId = area.d1, year = 2026) => `/api/villages/desa/${regionId}/apbdes/${year}`;
const upload = (file: Buffer, query: string, as = opD1, regionId = area.d1, year = 2026) =>
  h.inject({
    method: 'POST',
    url: `${apbdesUrl(regionId, year)}/import?${query}`,
    as,
    ...multipartFile(file, { fileName: 'apbdes.xlsx' }),
  });
const stored = async () => (await h.inject({ method: 'GET', url: apbdesUrl(), as: opD1 })).json();
const lineCount = async () =>
  (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('village_budget_lines').select('position').execute()).length;
const withAmount = (kode: string, amount: string): FixtureRow[] =>
  SUKAJAYA_ROWS.map((r) => (r[0] === kode ? [r[0], r[1], amount, r[3]] : r));

beforeAll(async () => {
  h = await startHarness();
  area = await desaPairs(h, h.tenants.a);
  opD1 = await operatorOf(h, h.tenants.a, area.d1);
  opD2 = await operatorOf(h, h.tenants.a, area.d2);
  camatK1 = await reviewerOf(h, h.tenants.a, area.k1);
  staf = await h.loginAs(h.tenants.a, 'staf');
  adminB = await h.loginAs(h.tenants.b, 'admin');
});
afterAll(async () => h?.close());

describe('import', () => {
  it('checks a Siskeudes export without writing, then imports it', async () => {
    const file = await siskeudesApbdesWorkbook();
    const dry = await upload(file, 'dryRun=true');
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({
      ok: true,
      applied: false,
      version: null,
      counts: { lines: SUKAJAYA_ROWS.length, kegiatan: 7 },
    });
    expect(dry.json().totals).toEqual({
      pendapatan: '1523000000.00',
      belanja: '1573000000.00',
      pembiayaanPenerimaan: '60000000.00',
      pembiayaanPengeluaran: '10000000.00',
    });
    expect(await lineCount()).toBe(0);
    const real = await upload(file, 'dryRun=false');
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({ ok: true, applied: true, version: 1 });
    const view = await stored();
    expect(view.lines).toHaveLength(SUKAJAYA_ROWS.length);
    expect(view.lines.find((l: { kode: string }) => l.kode === '5.2.2.01')).toMatchObject({
      level: 'rekening',
      bidang: 2,
      anggaran: '78000000.50',
      sumberDana: 'DDS',
    });
  });

  it('refuses a file whose bidang total disagrees with its kegiatan, locating it, and writes nothing', async () => {
    const bad = await siskeudesApbdesWorkbook({ rows: withAmount('3.', '55.000.000,00') });
    const dry = await upload(bad, 'dryRun=true&version=1');
    expect(dry.json().ok).toBe(false);
    const row = 8 + SUKAJAYA_ROWS.findIndex((r) => r[0] === '3.');
    expect(dry.json().problems).toContainEqual({
      sheet: 'Lap APBDes',
      row,
      column: 'Anggaran (Rp)',
      message: 'Jumlah 3 (55000000.00) tidak sama dengan jumlah rinciannya (50000000.00).',
    });
    const real = await upload(bad, 'dryRun=false&version=1');
    expect(real.statusCode).toBe(422);
    expect(real.json().error.fields).toContainEqual(expect.objectContaining({ field: `Lap APBDes[${row}].Anggaran (Rp)` }));
    expect((await stored()).version).toBe(1);
    expect(await lineCount()).toBe(SUKAJAYA_ROWS.length);
  });

  it('refuses a file of another year and a missing file', async () => {
    const other = await upload(await siskeudesApbdesWorkbook({ year: 2025 }), 'dryRun=true');
    expect(other.json().problems.map((p: { message: string }) => p.message)).toEqual([
      'Berkas ini APBDes tahun 2025, bukan 2026.',
    ]);
    const none = await h.inject({ method: 'POST', url: `${apbdesUrl()}/import?dryRun=true`, as: opD1, payload: {} });
    expect(none.statusCode).toBe(422);
  });

  it('replaces the year whole at the version seen, and refuses a stale or missing version (409)', async () => {
    const smaller = SUKAJAYA_ROWS.filter((r) => !r[0].startsWith('6'));
    const file = await siskeudesApbdesWorkbook({ rows: smaller });
    expect((await upload(file, 'dryRun=false')).statusCode).toBe(409);
    expect((await upload(file, 'dryRun=false&version=7')).statusCode).toBe(409);
    expect(await lineCount()).toBe(SUKAJAYA_ROWS.length);
    const ok = await upload(file, 'dryRun=false&version=1');
    expect(ok.json()).toMatchObject({ applied: true, version: 2 });
    expect(await lineCount()).toBe(smaller.length);
    expect((await stored()).totals.pembiayaanPenerimaan).toBe('0.00');
  });

  it('exports a workbook that imports back to the same lines', async () => {
    const before = await stored();
    const exported = await h.inject({ method: 'GET', url: `${apbdesUrl()}/export`, as: staf });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    expect((await parseApbdesFile(exported.rawPayload, 2026)).problems).toEqual([]);
    const again = await upload(exported.rawPayload, `dryRun=false&version=${before.version}`);
    expect(again.json()).toMatchObject({ applied: true, version: before.version + 1 });
    const after = await stored();
    expect(after.lines).toEqual(before.lines);
    expect(after.totals).toEqual(before.totals);
  });
});

describe('summary', () => {
  it('compares APBDes belanja with RKPDes biaya per bidang, exactly', async () => {
    const rkp = `/api/villages/desa/${area.d1}/rkp/2026/activities`;
    const base = { name: 'Kegiatan', biaya: '400000000.25', pola: 'swakelola' };
    expect((await h.inject({ method: 'POST', url: rkp, as: opD1, payload: { ...base, bidang: 1 } })).statusCode).toBe(201);
    await h.inject({ method: 'POST', url: rkp, as: opD1, payload: { ...base, bidang: 1, biaya: '0.50' } });
    const res = await h.inject({ method: 'GET', url: `/api/villages/desa/${area.d1}/plans/2026/summary`, as: camatK1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res.json().bidang.map((b: { apbdes: string; rkp: string; difference: string }) => [b.apbdes, b.rkp, b.difference]),
    ).toEqual([
      ['420000000.00', '400000000.75', '19999999.25'],
      ['853000000.00', '0.00', '853000000.00'],
      ['50000000.00', '0.00', '50000000.00'],
      ['150000000.00', '0.00', '150000000.00'],
      ['100000000.00', '0.00', '100000000.00'],
    ]);
    expect(res.json().totals).toEqual({ apbdes: '1573000000.00', rkp: '400000000.75', difference: '1172999999.25' });
  });
});

describe('who may import and read', () => {
  it('lets only the desa’s own operator import (403 for others, 404 for another tenant)', async () => {
    const file = await siskeudesApbdesWorkbook();
    expect((await upload(file, 'dryRun=true', camatK1)).statusCode).toBe(403);
    expect((await upload(file, 'dryRun=true', staf)).statusCode).toBe(403);
    expect((await upload(file, 'dryRun=true', opD2)).statusCode).toBe(403);
    expect((await upload(file, 'dryRun=true', adminB)).statusCode).toBe(404);
    expect((await h.inject({ method: 'GET', url: `${apbdesUrl()}/export`, as: opD2 })).statusCode).toBe(403);
    expect((await h.inject({ method: 'GET', url: apbdesUrl(), as: adminB })).statusCode).toBe(404);
    expect((await h.inject({ method: 'GET', url: apbdesUrl(area.d2), as: opD2 })).json()).toMatchObject({
      version: null,
      lines: [],
    });
  });
});
