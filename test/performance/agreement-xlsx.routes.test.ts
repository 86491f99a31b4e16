/**
 * Perjanjian Kinerja XLSX over HTTP: export → import unchanged, one edited cell changes exactly that, new items by
 * code and new budget rows, bad rows (other OPD, text, inverted range, money, formula, foreign budget id) refused
 * whole, merged cells, draft only (409), and scope (403/404).
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import { multipartFile } from '../factories/multipart.ts';
import { ensureOpd, plannerIn, SAMPLE_INDICATOR } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

const P = '/api/performance';
const A = `${P}/agreements`;
const YEAR = 2026;
let h: Harness;
let kominfo: Session;
let dinkes: Session;
let staf: Session;
let kominfoId: string;
let agreementId: string;
const ind = { spbe: '', extra: '', dinkes: '' };

type Json = Record<string, unknown> & { id: string; version: number };
async function ok(res: Promise<{ statusCode: number; body: string; json(): unknown }>, status = 200): Promise<Json> {
  const done = await res;
  expect(done.statusCode, done.body).toBe(status);
  return done.json() as Json;
}
const send = (url: string, as: Session, payload: object) => h.inject({ method: 'POST', url, as, payload });

async function indicator(as: Session, nodeId: string, body: object): Promise<string> {
  return (await ok(send(`${P}/nodes/${nodeId}/indicators`, as, { ...SAMPLE_INDICATOR, unitOfMeasure: 'persen', ...body }), 201))
    .id;
}
const yearly = (target: object) => ({ targets: [{ year: YEAR, ...target }] });

async function positionId(code: string): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  return (await db.selectFrom('positions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** A draft PK of DISKOMINFO with the tree's three items and three budget rows (one too precise for a double). */
async function draftAgreement(year: number): Promise<string> {
  const body = { unitId: kominfoId, year, firstPartyPositionId: await positionId('KADIS-KOMINFO') };
  let pk = await ok(send(A, kominfo, { ...body, secondPartyPositionId: await positionId('SEKDA') }), 201);
  pk = (await ok(send(`${A}/${pk.id}/items/from-tree`, kominfo, { version: pk.version }))).agreement as Json;
  for (const [programCode, pagu] of [
    ['2.16.02', '1250000000'],
    ['2.16.03', '250000000.5'],
    ['2.16.04', '123456789012345678.99'],
  ] as const)
    pk = await ok(
      send(`${A}/${pk.id}/budgets`, kominfo, { programCode, programName: `Program ${programCode}`, pagu, version: pk.version }),
      201,
    );
  return pk.id;
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
  const periodId = (await ok(send(`${P}/periods`, bappeda, { startYear: 2025, title: 'RPJMD 2025-2029' }), 201)).id;
  const node = async (as: Session, body: object) => (await ok(send(`${P}/periods/${periodId}/nodes`, as, body), 201)).id;
  const renstra = { document: 'renstra', unitId: kominfoId };
  const tujuan = await node(kominfo, { ...renstra, kind: 'tujuan', title: 'Tujuan Kominfo' });
  const s1 = await node(kominfo, { ...renstra, kind: 'sasaran', parentId: tujuan, title: 'Meningkatnya SPBE' });
  const s2 = await node(kominfo, { ...renstra, kind: 'sasaran', parentId: tujuan, title: 'Informasi terbuka' });
  ind.spbe = await indicator(kominfo, s1, { code: 'I1', name: 'Indeks SPBE', ...yearly({ kind: 'number', value: '3.5' }) });
  await indicator(kominfo, s1, { name: 'Layanan daring', polarity: 'range', ...yearly({ kind: 'range', min: '70', max: '80' }) });
  await indicator(kominfo, s2, { name: 'Keterbukaan', aggregation: 'manual', ...yearly({ kind: 'text', text: 'Informatif' }) });
  ind.extra = await indicator(kominfo, tujuan, { code: 'K9', name: 'Kepuasan layanan' });
  const dinkesRenstra = { document: 'renstra', unitId: dinkesId };
  const dTujuan = await node(dinkes, { ...dinkesRenstra, kind: 'tujuan', title: 'Tujuan Dinkes' });
  ind.dinkes = await indicator(dinkes, dTujuan, { name: 'Angka harapan hidup' });
  agreementId = await draftAgreement(YEAR);
});
afterAll(async () => h?.close());

const url = (id = agreementId) => `${A}/${id}/pk.xlsx`;
function importFile(file: Buffer, as: Session, dryRun: boolean, id = agreementId, lang = 'id') {
  const body = multipartFile(file, { fileName: 'pk.xlsx' });
  return h.inject({
    method: 'POST',
    url: `${url(id)}?dryRun=${dryRun}`,
    as,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': lang },
  });
}
async function exported(id = agreementId): Promise<Buffer> {
  const res = await h.inject({ method: 'GET', url: url(id), as: staf });
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}
/** Every stored PK row, item and budget row of tenant A. */
async function snapshot() {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const byId = <T extends { id: string }>(rows: T[]) => rows.sort((x, y) => x.id.localeCompare(y.id));
  return {
    agreements: byId(await db.selectFrom('performance_agreements').selectAll().execute()),
    items: byId(await db.selectFrom('agreement_items').selectAll().execute()),
    budgets: byId(await db.selectFrom('agreement_budgets').selectAll().execute()),
  };
}

/** Changes one cell (row by number, or the first row whose `key` column holds `match`) of a workbook. */
async function editFile(file: Buffer, edit: (book: ExcelJS.Workbook) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  edit(book);
  return Buffer.from(await book.xlsx.writeBuffer());
}
function cell(book: ExcelJS.Workbook, sheetName: string, row: number, header: string): ExcelJS.Cell {
  const sheet = book.getWorksheet(sheetName)!;
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
  return sheet.getRow(row).getCell(headers.indexOf(header));
}
/** The Excel row whose `header` cell holds `value`. */
function rowWhere(book: ExcelJS.Workbook, sheetName: string, header: string, value: ExcelJS.CellValue): number {
  const sheet = book.getWorksheet(sheetName)!;
  for (let row = 2; row <= sheet.rowCount; row++) if (cell(book, sheetName, row, header).value === value) return row;
  throw new Error(`${sheetName}: no ${header} = ${String(value)}`);
}
function setRow(book: ExcelJS.Workbook, sheetName: string, row: number, values: Record<string, ExcelJS.CellValue>) {
  for (const [header, value] of Object.entries(values)) cell(book, sheetName, row, header).value = value;
}

describe('PK XLSX', () => {
  it('exports both sheets with exact values and imports back with 0 changes and nothing written', async () => {
    const file = await exported();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as unknown as ArrayBuffer);
    const target = (name: string) => cell(book, 'Sasaran', rowWhere(book, 'Sasaran', 'Indikator', name), 'Target').value;
    expect([target('Indeks SPBE'), target('Layanan daring'), target('Keterbukaan')]).toEqual([3.5, '70–80', 'Informatif']);
    const pagu = (code: string) => cell(book, 'Anggaran', rowWhere(book, 'Anggaran', 'Kode Program', code), 'Pagu').value;
    expect([pagu('2.16.02'), pagu('2.16.03'), pagu('2.16.04')]).toEqual([1250000000, 250000000.5, '123456789012345678.99']);
    expect(cell(book, 'Sasaran', rowWhere(book, 'Sasaran', 'ID Indikator', ind.spbe), 'Kode Indikator').value).toBe('I1');
    const before = await snapshot();
    const dry = await ok(importFile(file, kominfo, true));
    expect(dry).toMatchObject({ ok: true, dryRun: true, applied: false, problems: [] });
    const real = await ok(importFile(file, kominfo, false));
    expect(real).toMatchObject({ ok: true, applied: true, counts: { rows: 6, added: 0, updated: 0, unchanged: 6 } });
    expect(await snapshot()).toEqual(before);
  });

  it('changes exactly the edited target and pagu cells and bumps the PK version once', async () => {
    const file = await editFile(await exported(), (book) => {
      cell(book, 'Sasaran', rowWhere(book, 'Sasaran', 'Indikator', 'Indeks SPBE'), 'Target').value = 3.9;
      cell(book, 'Anggaran', rowWhere(book, 'Anggaran', 'Kode Program', '2.16.03'), 'Pagu').value = '250000000.75';
    });
    const before = await snapshot();
    const view = await ok(importFile(file, kominfo, false));
    expect(view.counts).toEqual({ rows: 6, added: 0, updated: 2, unchanged: 4 });
    const expected = structuredClone(before);
    const item = expected.items.find((i) => i.indicator_id === ind.spbe)!;
    item.target_value = '3.9';
    expected.budgets.find((b) => b.program_code === '2.16.03')!.pagu = '250000000.75';
    const after = await snapshot();
    const pk = expected.agreements.find((a) => a.id === agreementId)!;
    pk.version += 1;
    pk.updated_at = after.agreements.find((a) => a.id === agreementId)!.updated_at;
    expect(after).toEqual(expected);
    const audits = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('audit_log')
      .select(['object_id', 'data'])
      .where('action', '=', 'performance.agreement.imported')
      .execute();
    expect(audits.map((a) => [a.object_id, JSON.parse(a.data).updated])).toContainEqual([agreementId, 2]);
  });

  it('adds an item named by its code, with the sasaran of the plan, and a new budget row', async () => {
    const file = await editFile(await exported(), (book) => {
      setRow(book, 'Sasaran', book.getWorksheet('Sasaran')!.rowCount + 1, { 'Kode Indikator': 'K9', Target: '90' });
      setRow(book, 'Anggaran', book.getWorksheet('Anggaran')!.rowCount + 1, {
        'Kode Program': '2.16.05',
        Program: 'Program baru',
        'Kode Kegiatan': '2.16.05.1.01',
        Pagu: 1500000.5,
      });
    });
    const view = await ok(importFile(file, kominfo, false));
    expect(view.counts).toEqual({ rows: 8, added: 2, updated: 0, unchanged: 6 });
    const { items, budgets } = await snapshot();
    expect(items.find((i) => i.indicator_id === ind.extra)).toMatchObject({
      ...{ agreement_id: agreementId, sasaran: 'Tujuan Kominfo', indicator_name: 'Kepuasan layanan' },
      ...{ target_kind: 'number', target_value: '90', sort_order: 3 },
    });
    expect(budgets.find((b) => b.program_code === '2.16.05')).toMatchObject({
      ...{ kegiatan_code: '2.16.05.1.01', sub_kegiatan_code: null, pagu: '1500000.5', sort_order: 1 },
    });
  });

  it('reports other-OPD, text, inverted range, money, formula and foreign budget rows per cell, and writes nothing', async () => {
    const at = { spbe: 0, range: 0, manual: 0, added: 0, first: 0, second: 0, third: 0 };
    const file = await editFile(await exported(), (book) => {
      const named = (name: string) => rowWhere(book, 'Sasaran', 'Indikator', name);
      Object.assign(at, { spbe: named('Indeks SPBE'), range: named('Layanan daring'), manual: named('Keterbukaan') });
      at.added = book.getWorksheet('Sasaran')!.rowCount + 1;
      const program = (code: string) => rowWhere(book, 'Anggaran', 'Kode Program', code);
      Object.assign(at, { first: program('2.16.02'), second: program('2.16.03'), third: program('2.16.04') });
      setRow(book, 'Sasaran', at.spbe, { Target: 'tiga koma sembilan' });
      setRow(book, 'Sasaran', at.range, { Target: '90–80' });
      setRow(book, 'Sasaran', at.manual, { Target: { formula: '1+1', result: 2 } });
      setRow(book, 'Sasaran', at.added, { 'ID Indikator': ind.dinkes, Target: 1 });
      setRow(book, 'Anggaran', at.first, { Pagu: '1.250.000.000' });
      setRow(book, 'Anggaran', at.second, { Pagu: 'dua ratus juta' });
      setRow(book, 'Anggaran', at.third, { 'ID Anggaran': newId() });
    });
    const before = await snapshot();
    const dry = await ok(importFile(file, kominfo, true));
    expect(dry.ok).toBe(false);
    const found = (dry.problems as { sheet: string; row: number; column: string; message: string }[]).map((p) => [
      p.sheet,
      p.row,
      p.column,
      p.message,
    ]);
    const bySheetAndRow = (x: unknown[], y: unknown[]) =>
      String(x[0]).localeCompare(String(y[0])) * -1 || Number(x[1]) - Number(y[1]);
    expect(found).toEqual(
      [
        ['Sasaran', at.spbe, 'Target', expect.stringMatching(/harus angka.*tiga koma sembilan/)],
        ['Sasaran', at.range, 'Target', expect.stringMatching(/Batas bawah rentang/)],
        ['Sasaran', at.manual, 'Target', expect.stringMatching(/rumus/)],
        ['Sasaran', at.added, 'ID Indikator', expect.stringMatching(/perangkat daerah lain.*Dinas Komunikasi/)],
        ['Anggaran', at.first, 'Pagu', expect.stringMatching(/tanpa pemisah ribuan.*1\.250\.000\.000/)],
        ['Anggaran', at.second, 'Pagu', expect.stringMatching(/tanpa pemisah ribuan.*dua ratus juta/)],
        ['Anggaran', at.third, 'ID Anggaran', expect.stringMatching(/bukan bagian dari perjanjian kinerja ini/)],
      ].sort(bySheetAndRow),
    );
    const real = await importFile(file, kominfo, false, agreementId, 'en');
    expect(real.statusCode).toBe(422);
    expect(real.json().error.message).toMatch(/nothing was saved/);
    expect(real.json().error.fields).toContainEqual({
      field: `Sasaran[${at.spbe}].Target`,
      message: expect.stringMatching(/must be a number/),
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses merged cells as a whole-file problem', async () => {
    const file = await editFile(await exported(), (book) => book.getWorksheet('Anggaran')!.mergeCells('B2:B3'));
    const before = await snapshot();
    const dry = await ok(importFile(file, kominfo, true));
    expect(dry.problems).toEqual([
      expect.objectContaining({ row: null, message: expect.stringMatching(/sel gabungan \(B2:B3\)/) }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('imports only into a draft (409), only by the OPD or the coordinator (403), and answers 404 for an unknown PK', async () => {
    const file = await exported();
    const other = await draftAgreement(2027);
    await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .updateTable('performance_agreements')
      .set({ status: 'signing' })
      .where('id', '=', other)
      .execute();
    const before = await snapshot();
    const late = await importFile(await exported(other), kominfo, true, other);
    expect(late.statusCode, late.body).toBe(409);
    expect((await importFile(file, dinkes, false)).statusCode).toBe(403);
    expect((await importFile(file, staf, false)).statusCode).toBe(403);
    expect((await importFile(file, kominfo, false, newId())).statusCode).toBe(404);
    expect((await h.inject({ method: 'GET', url: url(newId()), as: staf })).statusCode).toBe(404);
    expect(await snapshot()).toEqual(before);
  });
});
