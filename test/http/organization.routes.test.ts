/** The organisation XLSX round trip over HTTP: template, dry run, queued import, tree, search, export. */

import type { CellValue } from 'exceljs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { OrgPlan } from '../../src/modules/organization/index.ts';
import { validCells, xlsxOf } from '../../src/modules/organization/org-file/org-file.test-helpers.ts';
import { parseOrgFile } from '../../src/modules/organization/org-file/org-file-parser.ts';
import { createWorker } from '../../src/platform/jobs/index.ts';
import { multipartFile } from '../factories/multipart.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

// Inline vitest projects do not inherit the root timeouts; argon2 and the real wilayah data need more than the defaults.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const SQL_NAME = "Lab'); DROP TABLE units;--";

type Cells = ReturnType<typeof validCells>;
interface UnitView {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  positions: { code: string; holders: { name: string; nip: string; kind: string }[] }[];
}

let h: Harness;
let adminA: Session;
let adminB: Session;

/** The file the happy path imports: the helper's valid file plus a unit whose name looks like SQL. */
function importCells(): Cells {
  const cells = validCells();
  cells.Unit[3][4] = null;
  cells.Unit.push(['LAB-KOMINFO', SQL_NAME, 'DISKOMINFO', 'upt', null]);
  return cells;
}

const upload = async (url: string, data: Buffer, as = adminA) => h.inject({ method: 'POST', url, as, ...multipartFile(data) });
const summary = async () => (await h.inject({ method: 'GET', url: '/api/org/summary', as: adminA })).json();
const units = async (q?: string): Promise<UnitView[]> =>
  (
    await h.inject({ method: 'GET', url: `/api/org/units${q === undefined ? '' : `?q=${encodeURIComponent(q)}`}`, as: adminA })
  ).json().units;

async function importAndRun(data: Buffer) {
  const queued = await upload('/api/org/import', data);
  expect(queued.statusCode).toBe(202);
  const { jobId } = queued.json();
  const pending = await h.inject({ method: 'GET', url: `/api/jobs/${jobId}`, as: adminA });
  expect(pending.json().status).toBe('pending');
  expect(await createWorker({ db: h.db, jobs: h.app.jobs, workerId: 'test' }).drain()).toBe(1);
  const job = await h.inject({ method: 'GET', url: `/api/jobs/${jobId}`, as: adminA });
  expect(job.statusCode).toBe(200);
  return { jobId, job: job.json() };
}

const byCode = <T extends { code: string }>(rows: T[]) => [...rows].sort((x, y) => x.code.localeCompare(y.code));
const normalized = (plan: OrgPlan) => ({
  units: byCode(plan.units),
  positions: byCode(plan.positions),
  employees: [...plan.employees].sort((x, y) => x.nip.localeCompare(y.nip)),
  assignments: [...plan.assignments].sort((x, y) => x.positionCode.localeCompare(y.positionCode)),
});

beforeAll(async () => {
  h = await startHarness({ org: false });
  adminA = await h.loginAs(h.tenants.a, 'admin');
  adminB = await h.loginAs(h.tenants.b, 'admin');
}, 120_000);

afterAll(async () => {
  await h?.close();
});

describe('organisation import over HTTP', () => {
  it('downloads the XLSX template with the guide and the four data sheets', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/org/template', as: adminA });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    expect(String(res.headers['content-disposition'])).toContain('attachment');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['Petunjuk', 'Unit', 'Jabatan', 'Pegawai', 'Penugasan']),
    );
  });

  it('dry-runs a file with problems, located by sheet, row and column in Indonesian, writing nothing', async () => {
    const before = await summary();
    const cells = importCells();
    cells.Pegawai[3][0] = cells.Pegawai[1][0] as CellValue; // duplicate NIP on Excel row 4
    cells.Unit[2][2] = 'TIDAK-ADA'; // unknown parent on Excel row 3
    cells.Unit.push(
      ['PUTAR-1', 'Unit Putar Satu', 'PUTAR-2', 'bidang', null],
      ['PUTAR-2', 'Unit Putar Dua', 'PUTAR-1', 'bidang', null],
    );
    const res = await upload('/api/org/import/dry-run', await xlsxOf(cells));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(false);
    const find = (sheet: string, text: string) =>
      body.problems.find((p: { sheet: string; message: string }) => p.sheet === sheet && p.message.includes(text));
    expect(find('Pegawai', 'sudah dipakai di baris 2')).toMatchObject({ row: 4, column: 'NIP' });
    expect(find('Unit', 'Kode Induk "TIDAK-ADA" tidak ada di lembar Unit')).toMatchObject({ row: 3, column: 'Kode Induk' });
    expect(find('Unit', 'Susunan induk unit berputar')?.message).toMatch(/PUTAR-1.*PUTAR-2|PUTAR-2.*PUTAR-1/);
    expect(body.problems.filter((p: { sheet: string; row: number }) => p.sheet === 'Unit' && p.row === 5)).toEqual([]);
    expect(await summary()).toEqual(before);
  });

  it('dry-runs the clean file as ok with its counts, accepting a SQL-looking name as text', async () => {
    const res = await upload('/api/org/import/dry-run', await xlsxOf(importCells()));
    expect(res.json()).toEqual({ ok: true, counts: { units: 4, positions: 3, employees: 3, assignments: 2 }, problems: [] });
  });

  it('imports through a job: 202, then done with progress 100 and counts', async () => {
    const { job } = await importAndRun(await xlsxOf(importCells()));
    expect(job).toMatchObject({ name: 'organization.import', status: 'done', progress: 100, error: null });
    const created = { units: 4, positions: 3, employees: 3, assignments: 2 };
    const updated = { units: 0, positions: 0, employees: 0, assignments: 0 };
    expect(job.result).toEqual({ ok: true, counts: { created, updated }, problems: [] });
    expect(await summary()).toMatchObject({ units: 4, positions: 3, employees: 3 });
  });

  it('shows the imported tree with current holders, and the SQL-looking name verbatim', async () => {
    const tree = await units();
    expect(tree.map((u) => u.code).sort()).toEqual(['BAG-ORG', 'DISKOMINFO', 'LAB-KOMINFO', 'SETDA']);
    const id = Object.fromEntries(tree.map((u) => [u.code, u.id]));
    const setda = tree.find((u) => u.code === 'SETDA')!;
    expect(setda.parentId).toBeNull();
    expect(tree.find((u) => u.code === 'BAG-ORG')?.parentId).toBe(id.SETDA);
    expect(setda.positions[0].holders).toEqual([
      expect.objectContaining({ name: 'Dr. Budi Santoso, S.Kom., M.T.', nip: '198503152010011002', kind: 'definitif' }),
    ]);
    const lab = tree.find((u) => u.code === 'LAB-KOMINFO')!;
    expect(lab.name).toBe(SQL_NAME);
    const one = await h.inject({ method: 'GET', url: `/api/org/units/${id.SETDA}`, as: adminA });
    expect(one.json()).toEqual(setda);
  });

  it('pages the employees with the positions each holds today (an ended Plt is not held)', async () => {
    const list = async (query: string) =>
      (await h.inject({ method: 'GET', url: `/api/org/employees?${query}`, as: adminA })).json();
    const budi = await list('q=budi');
    expect(budi.total).toBe(1);
    expect(budi.items[0]).toMatchObject({ name: 'Dr. Budi Santoso, S.Kom., M.T.', nip: '198503152010011002' });
    expect(budi.items[0].positions).toEqual([
      { positionName: 'Sekretaris Daerah', unitName: 'Sekretariat Daerah', kind: 'definitif' },
    ]);
    const pages = [await list('pageSize=2&page=1'), await list('pageSize=2&page=2')];
    expect(pages.map((p) => p.total)).toEqual([3, 3]);
    const all = pages.flatMap((p) => p.items);
    expect(all.map((e: { nip: string }) => e.nip).sort()).toEqual([
      '196705121990031003',
      '198503152010011002',
      '199001012015032001',
    ]);
    expect(all.find((e: { nip: string }) => e.nip === '199001012015032001').positions).toEqual([]);
  });

  it('keeps the ancestors of search hits so the tree stays whole', async () => {
    expect((await units('organisasi')).map((u) => u.code).sort()).toEqual(['BAG-ORG', 'SETDA']);
    expect((await units('budi')).map((u) => u.code)).toEqual(['SETDA']);
    expect((await units('drop table')).map((u) => u.code).sort()).toEqual(['DISKOMINFO', 'LAB-KOMINFO']);
    expect(await units('tidak-ada-yang-cocok')).toEqual([]);
  });

  it('exports a file that parses back to the imported rows', async () => {
    const res = await h.inject({ method: 'GET', url: '/api/org/export', as: adminA });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain(XLSX);
    const exported = await parseOrgFile(res.rawPayload);
    expect(exported.problems).toEqual([]);
    const original = await parseOrgFile(await xlsxOf(importCells()));
    expect(normalized(exported.plan)).toEqual(normalized(original.plan));
  });

  it('changes nothing when an import fails (all or nothing)', async () => {
    const before = await summary();
    const cells = validCells();
    cells.Unit = [cells.Unit[0], ['BARU', 'Unit Baru', null, 'badan', null]];
    cells.Jabatan = [cells.Jabatan[0], ['KABAN-BARU', 'Kepala Unit Baru', 'BARU', 'II.b', 'Ya']];
    cells.Pegawai = [cells.Pegawai[0], ['199912312020121001', null, 'Pegawai Baru', null, null, null, null, null, null]];
    cells.Penugasan = [cells.Penugasan[0], ['TIDAK-ADA', '199912312020121001', 'definitif', '2025-01-02', null, null]];
    const { job } = await importAndRun(await xlsxOf(cells));
    expect(job.status).toBe('done');
    expect(job.result.ok).toBe(false);
    expect(job.result.problems[0]).toMatchObject({ sheet: 'Penugasan', row: 2, column: 'Kode Jabatan' });
    expect(await summary()).toEqual(before);
    const unreadable = await importAndRun(Buffer.from('bukan berkas excel'));
    expect(unreadable.job.result).toMatchObject({ ok: false, problems: [expect.objectContaining({ sheet: 'file' })] });
    expect(await summary()).toEqual(before);
    expect((await units()).map((u) => u.code)).not.toContain('BARU');
  });

  it('hides a job of tenant A from tenant B', async () => {
    const queued = await upload('/api/org/import', Buffer.from('x'));
    const { jobId } = queued.json();
    const res = await h.inject({ method: 'GET', url: `/api/jobs/${jobId}`, as: adminB });
    expect(res.statusCode).toBe(404);
    expect((await h.inject({ method: 'GET', url: `/api/jobs/${jobId}`, as: adminA })).statusCode).toBe(200);
    expect((await h.inject({ method: 'GET', url: '/api/org/units', as: adminB })).json().units).toEqual([]);
  });
});
