/** RPJMD and Renstra XLSX over HTTP: import, export → import unchanged, one edited cell, bad files refused whole, scope. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { type FileIndicator, type FileNode, writePlanFile } from '../../src/modules/performance/plan-xlsx.ts';
import { multipartFile } from '../factories/multipart.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let bappeda: Session;
let kominfo: Session;
let dinkes: Session;
let staf: Session;
let kominfoId: string;
let periodId: string;
const P = '/api/performance';
const YEARS = [2025, 2026, 2027, 2028, 2029];

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  bappeda = await plannerIn(h, a, await ensureOpd(h, a, 'BAPPEDA', 'Badan Perencanaan Pembangunan Daerah', 'badan'));
  kominfoId = await h.unitId(a, 'DISKOMINFO');
  kominfo = await plannerIn(h, a, kominfoId);
  dinkes = await plannerIn(h, a, await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan'));
  staf = await h.loginAs(a, 'staf');
  const period = await h.inject({
    method: 'POST',
    url: `${P}/periods`,
    as: bappeda,
    payload: { startYear: 2025, title: 'RPJMD' },
  });
  periodId = period.json().id;
});
afterAll(async () => h?.close());

type Node = Omit<FileNode, 'row'>;
type Indicator = Omit<FileIndicator, 'row'>;
const node = (
  kind: Node['kind'],
  code: string,
  parentCode: string | null,
  title: string,
  derivesCode: string | null = null,
): Node => ({
  kind,
  code,
  parentCode,
  derivesCode,
  title,
});
const MANUAL = {
  code: null,
  unitOfMeasure: 'persen',
  polarity: 'maximize',
  aggregation: 'last',
  frequency: 'yearly',
  operationalDefinition: null,
  formulaText: null,
  isIku: false,
  baselineYear: null,
  baselineValue: null,
} as const;
const num = (value: string) => ({ kind: 'number', value }) as const;

const RPJMD_NODES = [
  node('visi', 'V', null, 'Karanganyar maju'),
  node('misi', 'M1', 'V', 'Tata kelola'),
  node('tujuan', 'T1', 'M1', 'Pemerintahan yang akuntabel'),
  node('sasaran', 'S1.1', 'T1', 'Akuntabilitas kinerja meningkat'),
  node('sasaran', 'S1.2', 'T1', 'Inflasi terkendali'),
];
const RPJMD_INDICATORS: Indicator[] = [
  {
    ...MANUAL,
    nodeCode: 'S1.1',
    code: 'IKU-1',
    name: 'Nilai SAKIP',
    unitOfMeasure: 'nilai',
    operationalDefinition: 'Nilai evaluasi AKIP dari KemenPANRB',
    formulaText: 'Nilai LHE',
    isIku: true,
    baselineYear: 2024,
    baselineValue: '62.50',
    targets: [num('65'), num('67.5'), num('70'), num('72.25'), num('123456789012345.678')],
  },
  {
    ...MANUAL,
    nodeCode: 'S1.2',
    name: 'Laju inflasi',
    polarity: 'range',
    aggregation: 'average',
    frequency: 'quarterly',
    targets: YEARS.map(() => ({ kind: 'range', min: '2', max: '4' }) as const),
  },
  {
    ...MANUAL,
    nodeCode: 'S1.1',
    name: 'Opini BPK',
    unitOfMeasure: 'opini',
    aggregation: 'manual',
    targets: [{ kind: 'text', text: 'WTP' }, null, null, null, { kind: 'text', text: 'WTP' }],
  },
];

function importXlsx(url: string, file: Buffer, as: Session, dryRun: boolean, lang = 'id') {
  const body = multipartFile(file, { fileName: 'rencana.xlsx' });
  return h.inject({
    method: 'POST',
    url: `${url}?dryRun=${dryRun}`,
    as,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': lang },
  });
}
const rpjmdUrl = () => `${P}/periods/${periodId}/rpjmd.xlsx`;
const renstraUrl = (unitId = kominfoId) => `${P}/periods/${periodId}/units/${unitId}/renstra.xlsx`;
const table = async (document: string) =>
  (await h.inject({ method: 'GET', url: `${P}/periods/${periodId}/nodes?document=${document}`, as: staf })).json();

/** Every planning row of tenant A, to prove a refused import wrote nothing. */
async function snapshot() {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const order = (rows: { id: string }[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return {
    nodes: order(await db.selectFrom('plan_nodes').selectAll().execute()),
    indicators: order(await db.selectFrom('indicators').selectAll().execute()),
    targets: order(await db.selectFrom('indicator_targets').selectAll().execute()),
  };
}

/** Sets one cell of a row (by number, or the row whose Indikator column holds the given name). */
async function editCell(file: Buffer, sheetName: string, row: number | string, header: string, value: ExcelJS.CellValue) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = book.getWorksheet(sheetName)!;
  const headers = (sheet.getRow(1).values as ExcelJS.CellValue[]).map((v) => String(v ?? ''));
  let at = typeof row === 'number' ? row : 0;
  sheet.eachRow((r, n) => {
    if (r.getCell(headers.indexOf('Indikator')).value === row) at = n;
  });
  sheet.getRow(at).getCell(headers.indexOf(header)).value = value;
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('RPJMD XLSX', () => {
  it('checks (dry run, nothing written), imports, and lists the imported tree with indicators and targets', async () => {
    const file = await writePlanFile({ document: 'rpjmd', years: YEARS }, RPJMD_NODES, RPJMD_INDICATORS);
    const before = await snapshot();
    const dry = await importXlsx(rpjmdUrl(), file, bappeda, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({ ok: true, applied: false, counts: { rows: 8, added: 8, updated: 0, unchanged: 0 } });
    expect(await snapshot()).toEqual(before);
    const real = await importXlsx(rpjmdUrl(), file, bappeda, false);
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({ ok: true, applied: true, counts: { added: 8 } });
    const items = (await table('rpjmd')).items as { id: string; code: string; parentId: string | null; indicators: never[] }[];
    const idOf = (code: string) => items.find((n) => n.code === code)?.id;
    expect(items.map((n) => [n.code, n.parentId])).toEqual([
      ['V', null],
      ['M1', idOf('V')],
      ['T1', idOf('M1')],
      ['S1.1', idOf('T1')],
      ['S1.2', idOf('T1')],
    ]);
    const sakip = items.flatMap((n) => n.indicators as { name: string }[]).find((i) => i.name === 'Nilai SAKIP');
    expect(sakip).toMatchObject({
      code: 'IKU-1',
      isIku: true,
      baselineYear: 2024,
      baselineValue: '62.50',
      formulaText: 'Nilai LHE',
      targets: expect.arrayContaining([
        expect.objectContaining({ year: 2026, kind: 'number', value: '67.5' }),
        expect.objectContaining({ year: 2029, kind: 'number', value: '123456789012345.678' }),
      ]),
    });
  });

  it('exports a file that imports back with 0 changes, and an edited cell changes exactly that', async () => {
    const exported = await h.inject({ method: 'GET', url: rpjmdUrl(), as: staf });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toMatch(/spreadsheetml/);
    const before = await table('rpjmd');
    const again = await importXlsx(rpjmdUrl(), exported.rawPayload, bappeda, false);
    expect(again.json().counts).toEqual({ rows: 8, added: 0, updated: 0, unchanged: 8 });
    expect(await table('rpjmd')).toEqual(before);

    const edited = await editCell(exported.rawPayload, 'Indikator', 'Nilai SAKIP', 'Target 2027', '71.5');
    const changed = await importXlsx(rpjmdUrl(), edited, bappeda, false);
    expect(changed.json().counts).toEqual({ rows: 8, added: 0, updated: 1, unchanged: 7 });
    const after = await table('rpjmd');
    type Ind = { name: string; version: number; targets: { year: number; value: string | null }[] };
    const sakip = (t: typeof after) =>
      (t.items as { indicators: Ind[] }[]).flatMap((n) => n.indicators).find((i) => i.name === 'Nilai SAKIP')!;
    const expected = structuredClone(before);
    const target = sakip(expected).targets.find((x) => x.year === 2027)!;
    target.value = '71.5';
    sakip(expected).version += 1;
    expect(after).toEqual(expected);
  });

  it('refuses merged cells as a whole-file problem', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Rencana');
    sheet.addRow(['Jenis', 'Kode', 'Kode Induk', 'Uraian']);
    sheet.addRow(['misi', 'M2', 'V', 'Misi dua']);
    sheet.addRow(['misi', 'M3', 'V', 'Misi tiga']);
    sheet.mergeCells('C2:C3');
    const before = await snapshot();
    const view = (await importXlsx(rpjmdUrl(), Buffer.from(await book.xlsx.writeBuffer()), bappeda, true)).json();
    expect(view.problems).toEqual([
      expect.objectContaining({ row: null, message: expect.stringMatching(/sel gabungan \(C2:C3\)/) }),
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('reports formulas, text for numbers, inverted ranges and cycles per row and field, and writes nothing', async () => {
    const good = await writePlanFile(
      { document: 'rpjmd', years: YEARS },
      [...RPJMD_NODES, node('visi', 'VX', 'VY', 'Lingkaran satu'), node('visi', 'VY', 'VX', 'Lingkaran dua')],
      [
        { ...RPJMD_INDICATORS[0]!, baselineValue: null, targets: [num('1'), null, null, null, null] },
        { ...RPJMD_INDICATORS[1]!, targets: [{ kind: 'range', min: '5', max: '3' }, null, null, null, null] },
        {
          ...MANUAL,
          nodeCode: 'S1.2',
          name: 'Angka baru',
          targets: [null, { kind: 'text', text: 'delapan puluh' }, null, null, null],
        },
      ],
    );
    let file = await editCell(good, 'Indikator', 2, 'Baseline', 'enam puluh');
    file = await editCell(file, 'Indikator', 2, 'Target 2026', { formula: '1+1', result: 2 });
    const before = await snapshot();
    const dry = (await importXlsx(rpjmdUrl(), file, bappeda, true)).json();
    expect(dry.ok).toBe(false);
    const located = dry.problems.map((p: { sheet: string; row: number; column: string }) => [p.sheet, p.row, p.column]);
    expect(located).toEqual([
      ['Rencana', 7, 'Kode Induk'],
      ['Rencana', 8, 'Kode Induk'],
      ['Indikator', 2, 'Baseline'],
      ['Indikator', 2, 'Target 2026'],
      ['Indikator', 3, 'Target 2025'],
      ['Indikator', 4, 'Target 2026'],
    ]);
    const message = (row: number, column: string) =>
      dry.problems.find((p: { row: number; column: string }) => p.row === row && p.column === column).message;
    expect(message(7, 'Kode Induk')).toMatch(/lingkaran/);
    expect(message(2, 'Baseline')).toMatch(/harus berupa angka.*enam puluh/);
    expect(message(2, 'Target 2026')).toMatch(/rumus/);
    expect(message(3, 'Target 2025')).toMatch(/Batas bawah rentang/);
    expect(message(4, 'Target 2026')).toMatch(/harus angka.*delapan puluh/);
    const real = await importXlsx(rpjmdUrl(), file, bappeda, false, 'en');
    expect(real.statusCode).toBe(422);
    expect(real.json().error.message).toMatch(/nothing was saved/);
    expect(real.json().error.fields[0]).toEqual({ field: 'Rencana[7].Kode Induk', message: expect.stringMatching(/loop/) });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps the RPJMD import to the planning unit (403) and answers 404 for an unknown period', async () => {
    const file = await writePlanFile({ document: 'rpjmd', years: YEARS }, RPJMD_NODES, []);
    expect((await importXlsx(rpjmdUrl(), file, kominfo, true)).statusCode).toBe(403);
    expect((await importXlsx(rpjmdUrl(), file, staf, true)).statusCode).toBe(403);
    const unknown = `${P}/periods/01900000-0000-7000-8000-00000000abcd/rpjmd.xlsx`;
    expect((await importXlsx(unknown, file, bappeda, true)).statusCode).toBe(404);
  });
});

describe('Renstra XLSX', () => {
  const NODES = [
    node('tujuan', 'K-T1', null, 'Tata kelola informasi', 'T1'),
    node('sasaran', 'K-S1', 'K-T1', 'Layanan informasi publik meningkat', 'S1.1'),
  ];
  const INDICATORS: Indicator[] = [
    {
      ...MANUAL,
      nodeCode: 'K-S1',
      code: 'K-1',
      name: 'Indeks KIP',
      targets: [num('70'), num('72'), num('74'), num('76'), num('78')],
    },
  ];

  it('imports the OPD Renstra linked to RPJMD sasaran, round-trips unchanged, and flags an unknown RPJMD code', async () => {
    const file = await writePlanFile({ document: 'renstra', years: YEARS }, NODES, INDICATORS);
    const real = await importXlsx(renstraUrl(), file, kominfo, false);
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json().counts).toEqual({ rows: 3, added: 3, updated: 0, unchanged: 0 });
    const rpjmd = (await table('rpjmd')).items as { id: string; code: string }[];
    const renstra = (await table('renstra')).items as { code: string; unitId: string; derivesFromNodeId: string }[];
    expect(renstra.map((n) => [n.code, n.unitId, n.derivesFromNodeId])).toEqual([
      ['K-T1', kominfoId, rpjmd.find((n) => n.code === 'T1')!.id],
      ['K-S1', kominfoId, rpjmd.find((n) => n.code === 'S1.1')!.id],
    ]);
    const exported = await h.inject({ method: 'GET', url: renstraUrl(), as: staf });
    expect((await importXlsx(renstraUrl(), exported.rawPayload, kominfo, false)).json().counts).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: 3,
    });
    const unknown = await writePlanFile(
      { document: 'renstra', years: YEARS },
      [node('sasaran', 'K-S2', 'K-T1', 'Baru', 'S9')],
      [],
    );
    const view = (await importXlsx(renstraUrl(), unknown, kominfo, true, 'en')).json();
    expect(view.problems).toEqual([
      expect.objectContaining({ row: 2, column: 'Kode Acuan RPJMD', message: expect.stringMatching(/"S9" is not in the RPJMD/) }),
    ]);
  });

  it("refuses another OPD's planner (403) and writes nothing", async () => {
    const file = await writePlanFile(
      { document: 'renstra', years: YEARS },
      [node('tujuan', 'D-T1', null, 'Dinkes di Kominfo')],
      [],
    );
    const before = await snapshot();
    const refused = await importXlsx(renstraUrl(), file, dinkes, false, 'en');
    expect(refused.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});
