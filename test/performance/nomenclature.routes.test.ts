/** Nomenclature over HTTP: the template imports, bad rows are reported and nothing is written, search, scope. */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { positionAccount } from '../factories/correspondence.ts';
import { multipartFile } from '../factories/multipart.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const EDITION = 'Kepmendagri 900.1.15.5-1317/2023';
let h: Harness;
let lead: Session;
let opdPlanner: Session;
let staf: Session;

beforeAll(async () => {
  h = await startHarness();
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  await db.insertInto('user_roles', { user_id: h.tenants.a.users.admin.id, role: 'perencana' }).execute();
  lead = await h.loginAs(h.tenants.a, 'admin');
  staf = await h.loginAs(h.tenants.a, 'staf');
  const account = await positionAccount(h, h.tenants.a, { positionCode: 'PERENCANA-KOMINFO', name: 'Rina Perencana' });
  await db.insertInto('user_roles', { user_id: account.session.userId, role: 'perencana' }).execute();
  opdPlanner = account.session;
});
afterAll(async () => h?.close());

function importFile(file: Buffer, dryRun: boolean, as = lead, locale = 'id') {
  const body = multipartFile(file, { fileName: 'nomenklatur.xlsx' });
  return h.inject({
    method: 'POST',
    url: `/api/performance/nomenclature/import?edition=${encodeURIComponent(EDITION)}&dryRun=${dryRun}`,
    as,
    payload: body.payload,
    headers: { ...body.headers, 'accept-language': locale },
  });
}
const count = async () =>
  (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('nomenclature_items').select('id').execute()).length;

async function badFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Nomenklatur');
  sheet.addRow(['Tingkat', 'Kode', 'Kode Induk', 'Nama']);
  sheet.addRow(['program', '2.16.03', null, 'Program Aplikasi Informatika']);
  sheet.addRow(['program', '2.16.03', null, 'Kembar']);
  sheet.addRow(['kegiatan', '2.16.03.1', '2.16.03', 'Bentuk salah']);
  sheet.addRow(['sub kegiatan', '2.16.09.1.01.0001', '2.16.09.1.01', 'Induk tidak ada']);
  sheet.addRow(['kegiatan', '2.16.03.1.01', '2.16.02', 'Induk tidak cocok']);
  sheet.addRow(['bidang', '2.16', null, 'Tingkat asing']);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('nomenclature import', () => {
  it('reports every bad row and writes nothing', async () => {
    const file = await badFile();
    const view = (await importFile(file, true)).json();
    expect(view.ok).toBe(false);
    expect(view.problems.map((p: { row: number; column: string }) => [p.row, p.column])).toEqual([
      [3, 'Kode'],
      [4, 'Kode'],
      [5, 'Kode Induk'],
      [6, 'Kode Induk'],
      [7, 'Tingkat'],
    ]);
    expect(view.problems[2].message).toMatch(/Induk "2.16.09.1.01".*tidak ada/);
    const real = await importFile(file, false, lead, 'en');
    expect(real.statusCode).toBe(422);
    expect(real.json().error.fields.length).toBe(5);
    expect(await count()).toBe(0);
  });

  it('imports the downloaded template, then searches it', async () => {
    const template = await h.inject({ method: 'GET', url: '/api/performance/nomenclature/template', as: staf });
    expect(template.statusCode).toBe(200);
    expect((await importFile(template.rawPayload, true)).json()).toMatchObject({ ok: true, counts: { added: 3 } });
    expect(await count()).toBe(0);
    const real = await importFile(template.rawPayload, false);
    expect(real.json()).toMatchObject({ ok: true, applied: true, counts: { added: 3 } });
    expect((await importFile(template.rawPayload, false)).json().counts).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
    const found = (await h.inject({ method: 'GET', url: '/api/performance/nomenclature?q=perumusan', as: staf })).json();
    expect(found.editions).toEqual([EDITION]);
    expect(found.items).toEqual([
      {
        edition: EDITION,
        level: 'sub_kegiatan',
        code: '2.16.02.1.01.0001',
        parentCode: '2.16.02.1.01',
        name: expect.stringMatching(/^Perumusan/),
      },
    ]);
    const children = (await h.inject({ method: 'GET', url: '/api/performance/nomenclature?parent=2.16.02', as: staf })).json();
    expect(children.items.map((i: { code: string }) => i.code)).toEqual(['2.16.02.1.01']);
  });

  it('is for the planning unit or an admin planner only (403), and never for staf', async () => {
    const template = (await h.inject({ method: 'GET', url: '/api/performance/nomenclature/template', as: staf })).rawPayload;
    const refused = await importFile(template, true, opdPlanner, 'en');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toMatch(/planning unit/);
    expect((await importFile(template, true, staf)).statusCode).toBe(403);
  });

  it('needs an edition and a file (field errors)', async () => {
    const noEdition = await h.inject({ method: 'POST', url: '/api/performance/nomenclature/import?dryRun=true', as: lead });
    expect(noEdition.statusCode).toBe(400);
    expect(noEdition.json().error.fields.map((f: { field: string }) => f.field)).toContain('querystring.edition');
    const noFile = await h.inject({
      method: 'POST',
      url: `/api/performance/nomenclature/import?edition=${encodeURIComponent(EDITION)}`,
      as: lead,
    });
    expect(noFile.statusCode).toBe(422);
    expect(noFile.json().error.fields[0].message).toMatch(/Unggah satu berkas XLSX/);
  });
});
