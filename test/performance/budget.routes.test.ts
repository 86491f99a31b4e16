/** Budget lines over HTTP: import with problems writes nothing, valid import, export → import roundtrip, exact totals, OPD scope, tags, settings. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { type BudgetFileLine, writeBudgetFile } from '../../src/modules/performance/budget-file.ts';
import { newId } from '../../src/shared/ids.ts';
import { positionAccount } from '../factories/correspondence.ts';
import { multipartFile } from '../factories/multipart.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let lead: Session; // admin + perencana: every OPD
let opdPlanner: Session; // perencana holding a position in DISKOMINFO
let staf: Session;
let kominfo: string;
let setda: string;

const addRole = (userId: string, role: string) =>
  tenantDb({ db: h.db, tenantId: h.tenants.a.id }).insertInto('user_roles', { user_id: userId, role }).execute();

beforeAll(async () => {
  h = await startHarness();
  await addRole(h.tenants.a.users.admin.id, 'perencana');
  lead = await h.loginAs(h.tenants.a, 'admin');
  staf = await h.loginAs(h.tenants.a, 'staf');
  const account = await positionAccount(h, h.tenants.a, { positionCode: 'PERENCANA-KOMINFO', name: 'Rina Perencana' });
  await addRole(account.session.userId, 'perencana');
  opdPlanner = account.session;
  kominfo = await h.unitId(h.tenants.a, 'DISKOMINFO');
  setda = await h.unitId(h.tenants.a, 'SETDA');
});
afterAll(async () => h?.close());

const months = (values: Record<number, string>) => Array.from({ length: 12 }, (_, i) => values[i] ?? null);
const LINES: BudgetFileLine[] = [
  {
    subKegiatanCode: '2.16.02.1.01.0001',
    accountCode: '5.1.02.01.01.0024',
    description: 'Belanja ATK',
    fundingSource: 'PAD',
    pagu: '0.3',
    realisasi: months({ 0: '0.1', 1: '0.2' }),
  },
  {
    subKegiatanCode: '2.16.02.1.01.0001',
    accountCode: null,
    description: 'Pagu sub kegiatan <b>tebal</b>',
    fundingSource: null,
    pagu: '1000000',
    realisasi: months({ 2: '333333.33' }),
  },
  {
    subKegiatanCode: '2.16.02.1.01.0002',
    accountCode: '5.1.02.02.01.0026',
    description: 'Honorarium',
    fundingSource: 'DAU',
    pagu: '123456789012345.67',
    realisasi: months({ 11: '0.01' }),
  },
];

function importFile(file: Buffer, unitId: string, dryRun: boolean, as = lead, locale = 'id') {
  const body = multipartFile(file, { fileName: 'dpa.xlsx' });
  return h.inject({
    method: 'POST',
    url: `/api/performance/budget/import?unitId=${unitId}&year=2026&dryRun=${dryRun}`,
    as,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': locale },
  });
}
const list = (unitId: string, as = staf) =>
  h.inject({ method: 'GET', url: `/api/performance/budget/lines?unitId=${unitId}&year=2026`, as });
const countLines = async () =>
  (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('budget_lines').select('id').execute()).length;

async function badFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('DPA');
  const header = [
    'Kode Sub Kegiatan',
    'Kode Rekening',
    'Uraian',
    'Sumber Dana',
    'Pagu',
    ...[
      'Januari',
      'Februari',
      'Maret',
      'April',
      'Mei',
      'Juni',
      'Juli',
      'Agustus',
      'September',
      'Oktober',
      'November',
      'Desember',
    ].map((m) => `Realisasi ${m}`),
  ];
  sheet.addRow(header);
  sheet.addRow(['2.16.02.1.01.0001', '5.1.02.01.01.0024', 'Baik', null, '100']);
  sheet.addRow(['2.16.02.1.01.0001', '5.1.02.01.01.0024', 'Kembar', null, '100']);
  sheet.addRow(['2.16.02', null, 'Bukan sub kegiatan', null, 'seratus']);
  sheet.addRow(['2.16.02.1.01.0003', null, 'Negatif', null, '-5']);
  sheet.addRow(['2.16.02.1.01.0004', null, 'Lebih', null, '10', '11']);
  sheet.addRow(['2.16.02.1.01.0005', null, 'Rumus', null, { formula: '1+1', result: 2 }]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('budget import', () => {
  it('reports every bad row and writes nothing', async () => {
    const file = await badFile();
    const dry = await importFile(file, kominfo, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const view = dry.json();
    expect(view.ok).toBe(false);
    expect(view.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [3, 'Kode Rekening'],
      [4, 'Kode Sub Kegiatan'],
      [4, 'Pagu'],
      [5, 'Pagu'],
      [6, 'Pagu'],
      [7, 'Pagu'],
    ]);
    expect(view.problems[0].message).toMatch(/sudah ada di baris 2/);
    expect(view.problems.find((p: { row: number }) => p.row === 7).message).toMatch(/rumus/);
    const real = await importFile(file, kominfo, false, lead, 'en');
    expect(real.statusCode).toBe(422);
    expect(real.json().error.message).toMatch(/nothing was saved/);
    expect(real.json().error.fields[0]).toEqual({
      field: 'DPA[3].Kode Rekening',
      message: expect.stringMatching(/already appear in row 2/),
    });
    expect(await countLines()).toBe(0);
  });

  it('refuses merged cells with a clear message', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('DPA');
    sheet.addRow(['Kode Sub Kegiatan', 'Kode Rekening', 'Uraian']);
    sheet.addRow(['2.16.02.1.01.0001', null, 'A']);
    sheet.mergeCells('A2:A3');
    const view = (await importFile(Buffer.from(await book.xlsx.writeBuffer()), kominfo, true)).json();
    expect(view.problems).toEqual([
      expect.objectContaining({ row: null, message: expect.stringMatching(/sel gabungan \(A2:A3\)/) }),
    ]);
  });

  it('imports valid lines and lists exact totals and serapan', async () => {
    const file = await writeBudgetFile(LINES);
    const dry = (await importFile(file, kominfo, true)).json();
    expect(dry).toMatchObject({ ok: true, applied: false, counts: { rows: 3, added: 3, updated: 0 } });
    expect(await countLines()).toBe(0);
    const real = await importFile(file, kominfo, false, opdPlanner);
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({ ok: true, applied: true, counts: { added: 3 } });
    const view = (await list(kominfo)).json();
    const atk = view.lines.find((l: { accountCode: string | null }) => l.accountCode === '5.1.02.01.01.0024');
    expect(atk).toMatchObject({ pagu: '0.3', realisasiTotal: '0.3', serapan: '100.00' });
    const pagu = view.lines.find((l: { accountCode: string | null }) => l.accountCode === null);
    expect(pagu).toMatchObject({ realisasiTotal: '333333.33', serapan: '33.33', description: 'Pagu sub kegiatan <b>tebal</b>' });
    expect(view.totals).toEqual({ pagu: '123456790012345.97', realisasi: '333333.64', serapan: '0.00' });
  });

  it('exports a file that imports back to the same data', async () => {
    const exported = await h.inject({
      method: 'GET',
      url: `/api/performance/budget/export?unitId=${kominfo}&year=2026`,
      as: staf,
    });
    expect(exported.statusCode).toBe(200);
    const before = (await list(kominfo)).json();
    const again = (await importFile(exported.rawPayload, kominfo, false)).json();
    expect(again.counts).toEqual({ rows: 3, added: 0, updated: 0, unchanged: 3 });
    expect((await list(kominfo)).json()).toEqual(before);
    const lines = before.lines.map(
      ({ id: _id, realisasiTotal: _t, serapan: _s, indicatorIds: _i, ...line }: Record<string, unknown>) => line,
    );
    expect(lines).toEqual(expect.arrayContaining(LINES.map((l) => expect.objectContaining(l))));
  });

  it('keeps an OPD planner to their own OPD (403) and staf out (403)', async () => {
    const file = await writeBudgetFile(LINES);
    const other = await importFile(file, setda, true, opdPlanner, 'en');
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toMatch(/only the budget of the agency/);
    expect((await importFile(file, setda, false, staf)).statusCode).toBe(403);
    expect((await importFile(file, setda, false, lead)).statusCode).toBe(200);
  });

  it('answers bad query input with field errors and an unknown unit with 404', async () => {
    const bad = await h.inject({
      method: 'GET',
      url: '/api/performance/budget/lines?unitId=x&year=abc',
      as: staf,
      headers: { 'accept-language': 'en' },
    });
    expect(bad.statusCode).toBe(400);
    expect((await list(newId())).statusCode).toBe(404);
  });
});

describe('indicator tags and settings', () => {
  it('tags and untags a line within the planner scope', async () => {
    const line = (await list(kominfo)).json().lines[0];
    const indicatorId = newId();
    const url = `/api/performance/budget/lines/${line.id}/tags`;
    const tagged = await h.inject({ method: 'POST', url, as: opdPlanner, payload: { indicatorId } });
    expect(tagged.statusCode, tagged.body).toBe(200);
    expect(tagged.json().indicatorIds).toEqual([indicatorId]);
    expect((await list(kominfo)).json().lines[0].indicatorIds).toEqual([indicatorId]);
    const bad = await h.inject({ method: 'POST', url, as: opdPlanner, payload: { indicatorId: 'bukan-id' } });
    expect(bad.statusCode).toBe(400);
    const untagged = await h.inject({ method: 'DELETE', url: `${url}/${indicatorId}`, as: opdPlanner });
    expect(untagged.json().indicatorIds).toEqual([]);
    const setdaLine = (await list(setda)).json().lines[0];
    const refused = await h.inject({
      method: 'POST',
      url: `/api/performance/budget/lines/${setdaLine.id}/tags`,
      as: opdPlanner,
      payload: { indicatorId },
    });
    expect(refused.statusCode).toBe(403);
  });

  it('has default efficiency bands to verify, saved only by the whole scope', async () => {
    const url = '/api/performance/budget/settings';
    expect((await h.inject({ method: 'GET', url, as: staf })).json()).toEqual({
      efficientAbove: '5',
      fairFrom: '-5',
      toVerify: true,
    });
    expect(
      (await h.inject({ method: 'PUT', url, as: opdPlanner, payload: { efficientAbove: '0', fairFrom: '0' } })).statusCode,
    ).toBe(403);
    const crossed = await h.inject({ method: 'PUT', url, as: lead, payload: { efficientAbove: '0', fairFrom: '3' } });
    expect(crossed.statusCode).toBe(422);
    expect(crossed.json().error.fields[0]).toMatchObject({ field: 'fairFrom' });
    const saved = await h.inject({ method: 'PUT', url, as: lead, payload: { efficientAbove: '0', fairFrom: '-10' } });
    expect(saved.json()).toEqual({ efficientAbove: '0', fairFrom: '-10', toVerify: false });
  });
});
