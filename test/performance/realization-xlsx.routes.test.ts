/** Realisasi XLSX over HTTP: export → import unchanged, edits become drafts, locked/reviewed/bad rows refused whole, scope. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { type RealizationExportRow, writeRealizationFile } from '../../src/modules/performance/realization-xlsx.ts';
import { newId } from '../../src/shared/ids.ts';
import { multipartFile } from '../factories/multipart.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let kominfo: Session;
let dinkes: Session;
let staf: Session;
let kominfoId: string;
const ind = { quarterly: '', yearly: '', dinkes: '' };
const P = '/api/performance';
const YEAR = 2026;

async function created(as: Session, url: string, payload: object): Promise<string> {
  const res = await h.inject({ method: 'POST', url, as, payload });
  if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`);
  return res.json().id;
}

const MANUAL = { unitOfMeasure: 'persen', polarity: 'maximize', aggregation: 'last' };

beforeAll(async () => {
  // Today is 10 May 2026 (Asia/Jakarta): Q1 is locked (15 days after 31 March), Q2 open, Q3 not started, the year open.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-05-10T03:00:00.000Z'));
  h = await startHarness({ env: { SESSION_TTL_HOURS: '2160' } });
  const a = h.tenants.a;
  const bappeda = await plannerIn(h, a, await ensureOpd(h, a, 'BAPPEDA', 'Badan Perencanaan', 'badan'));
  kominfoId = await h.unitId(a, 'DISKOMINFO');
  const dinkesId = await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan');
  kominfo = await plannerIn(h, a, kominfoId);
  dinkes = await plannerIn(h, a, dinkesId);
  staf = await h.loginAs(a, 'staf');
  const periodId = await created(bappeda, `${P}/periods`, { startYear: 2025, title: 'RPJMD 2025–2029' });
  await h.inject({ method: 'POST', url: `${P}/periods/${periodId}/activate`, as: bappeda, payload: { version: 1 } });
  const nodes = `${P}/periods/${periodId}/nodes`;
  const tujuan = await created(kominfo, nodes, { document: 'renstra', kind: 'tujuan', title: 'Informasi', unitId: kominfoId });
  const other = await created(dinkes, nodes, { document: 'renstra', kind: 'tujuan', title: 'Kesehatan', unitId: dinkesId });
  const indicators = (nodeId: string) => `${P}/nodes/${nodeId}/indicators`;
  ind.quarterly = await created(kominfo, indicators(tujuan), { ...MANUAL, code: 'A', name: 'Layanan', frequency: 'quarterly' });
  ind.yearly = await created(kominfo, indicators(tujuan), { ...MANUAL, code: 'B', name: 'Indeks', frequency: 'yearly' });
  ind.dinkes = await created(dinkes, indicators(other), { ...MANUAL, name: 'Imunisasi', frequency: 'yearly' });
  await tenantDb({ db: h.db, tenantId: a.id })
    .insertInto('indicator_realizations', {
      ...{ id: newId(), indicator_id: ind.quarterly, year: YEAR, period: 'Q2', value: '50', numerator: null, denominator: null },
      ...{ manual_capaian: null, obstacles: null, remedies: null, source: 'manual', status: 'submitted', review_note: null },
      ...{ entered_by: null, submitted_by: null, submitted_at: null, reviewed_by: null, reviewed_at: null },
      ...{ created_at: '2026-05-01T00:00:00.000Z', updated_at: '2026-05-01T00:00:00.000Z' },
    })
    .execute();
});
afterAll(async () => {
  await h?.close();
  vi.useRealTimers();
});

const url = (unitId = kominfoId) => `${P}/units/${unitId}/realizations/${YEAR}.xlsx`;
function importFile(file: Buffer, as: Session, dryRun: boolean, lang = 'id') {
  const body = multipartFile(file, { fileName: 'realisasi.xlsx' });
  return h.inject({
    method: 'POST',
    url: `${url()}?dryRun=${dryRun}`,
    as,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': lang },
  });
}
const stored = async () =>
  (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('indicator_realizations').selectAll().execute()).sort(
    (x, y) => x.id.localeCompare(y.id),
  );
const row = (indicatorId: string, period: string, values: Partial<RealizationExportRow> = {}): RealizationExportRow => ({
  indicatorId,
  code: null,
  name: '',
  unitOfMeasure: '',
  period,
  value: null,
  numerator: null,
  denominator: null,
  obstacles: null,
  remedies: null,
  status: null,
  ...values,
});

describe('realisasi XLSX', () => {
  it('exports one row per indicator × period that imports back with 0 changes', async () => {
    const exported = await h.inject({ method: 'GET', url: url(), as: staf });
    expect(exported.statusCode, exported.body).toBe(200);
    const before = await stored();
    const again = await importFile(exported.rawPayload, kominfo, false);
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().counts).toEqual({ rows: 5, added: 0, updated: 0, unchanged: 5 });
    expect(await stored()).toEqual(before);
  });

  it('imports an edited row as a draft (source import), then updates it', async () => {
    const first = await writeRealizationFile([row(ind.yearly, 'Y', { value: '12.50', obstacles: 'Anggaran terlambat' })]);
    expect((await importFile(first, kominfo, false)).json().counts).toEqual({ rows: 1, added: 1, updated: 0, unchanged: 0 });
    const [saved] = (await stored()).filter((r) => r.indicator_id === ind.yearly);
    expect(saved).toMatchObject({
      value: '12.5',
      obstacles: 'Anggaran terlambat',
      status: 'draft',
      source: 'import',
      version: 1,
    });
    const second = await writeRealizationFile([row(ind.yearly, 'Y', { value: '13', obstacles: 'Anggaran terlambat' })]);
    expect((await importFile(second, kominfo, false)).json().counts).toMatchObject({ updated: 1 });
    const [updated] = (await stored()).filter((r) => r.indicator_id === ind.yearly);
    expect(updated).toMatchObject({ id: saved!.id, value: '13', status: 'draft', version: 2 });
  });

  it('refuses locked, reviewed, not-started, text, negative and foreign rows per row, and writes nothing', async () => {
    const file = await writeRealizationFile([
      row(ind.quarterly, 'Q1', { value: '40' }),
      row(ind.quarterly, 'Q2', { value: '55' }),
      row(ind.quarterly, 'Q3', { value: '1' }),
      row(ind.quarterly, 'Q4', { value: '-5' }),
      row(ind.quarterly, 'M05', { value: '1' }),
      row(ind.yearly, 'Y', { value: 'dua belas' }),
      row(ind.dinkes, 'Y', { value: '90' }),
    ]);
    const before = await stored();
    const dry = (await importFile(file, kominfo, true)).json();
    const found = dry.problems.map((p: { row: number; column: string; message: string }) => [p.row, p.column, p.message]);
    expect(found).toEqual([
      [2, 'Periode', expect.stringMatching(/terkunci sejak 2026-04-16/)],
      [3, 'Realisasi', expect.stringMatching(/menunggu verifikasi/)],
      [4, 'Periode', expect.stringMatching(/belum dimulai.*2026-07-01/)],
      [5, 'Realisasi', expect.stringMatching(/tidak mengizinkan nilai negatif/)],
      [6, 'Periode', expect.stringMatching(/M05 tidak diukur.*Q1, Q2, Q3, Q4/)],
      [7, 'Realisasi', expect.stringMatching(/harus berupa angka.*dua belas/)],
      [8, 'ID Indikator', expect.stringMatching(/bukan indikator perangkat daerah ini/)],
    ]);
    const real = await importFile(file, kominfo, false, 'en');
    expect(real.statusCode).toBe(422);
    expect(real.json().error.message).toMatch(/nothing was saved/);
    expect(await stored()).toEqual(before);
  });

  it("refuses another OPD's planner and staf (403) and answers 404 for an unknown unit", async () => {
    const file = await writeRealizationFile([row(ind.yearly, 'Y', { value: '1' })]);
    const before = await stored();
    expect((await importFile(file, dinkes, false)).statusCode).toBe(403);
    expect((await importFile(file, staf, false)).statusCode).toBe(403);
    expect(await stored()).toEqual(before);
    const unknown = await h.inject({ method: 'GET', url: url(newId()), as: staf });
    expect(unknown.statusCode).toBe(404);
  });
});
