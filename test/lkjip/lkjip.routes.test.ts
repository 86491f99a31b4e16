/**
 * LKjIP over HTTP on a seeded OPD: narrative sections with optimistic versions, an exported version whose DOCX and PDF
 * carry every chapter and the tables' numbers, 404 for another tenant, the all-OPD job (one version per OPD with data)
 * and finalising into a document the head of the OPD signs.
 */
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createWorker } from '../../src/platform/jobs/index.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdftotext } from '../support/poppler.ts';
import { type LkjipSeed, seedLkjip, WRITTEN_SECTIONS, YEAR } from './seed.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const CHAPTER_HEADINGS = [
  'IKHTISAR EKSEKUTIF',
  'BAB I PENDAHULUAN',
  'BAB II PERENCANAAN KINERJA',
  'BAB III AKUNTABILITAS KINERJA',
  'B. Realisasi Anggaran',
  'BAB IV PENUTUP',
  'LAMPIRAN',
];

let h: Harness;
let seed: LkjipSeed;
let planner: Session;
let coordinator: Session;
let reportId: string;

beforeAll(async () => {
  h = await startHarness();
  seed = await seedLkjip(h, h.tenants.a);
  planner = await plannerIn(h, h.tenants.a, seed.unitId);
  coordinator = await plannerIn(h, h.tenants.a, await ensureOpd(h, h.tenants.a, 'BAPPEDA', 'Badan Perencanaan', 'badan'));
  const res = await h.inject({
    method: 'POST',
    url: '/api/lkjip/reports',
    as: planner,
    payload: { unitId: seed.unitId, year: YEAR },
  });
  if (res.statusCode !== 201) throw new Error(res.body);
  reportId = res.json().id;
}, 120_000);

afterAll(async () => {
  await h?.close();
});

const report = async () => (await h.inject({ method: 'GET', url: `/api/lkjip/reports/${reportId}`, as: planner })).json();
const saveSection = (key: string, text: string, version: number, as = planner) =>
  h.inject({ method: 'PUT', url: `/api/lkjip/reports/${reportId}/sections`, as, payload: { key, text, version } });

/** The paragraphs' text of a DOCX, one line per paragraph. */
async function docxText(bytes: Buffer): Promise<string> {
  const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/&amp;/g, '&');
}

describe('LKjIP report', () => {
  it('asks only for the sections the data cannot write', async () => {
    const view = await report();
    expect(view.status).toBe('draft');
    const missing = view.completeness.map((i: { code: string; field: string }) => `${i.code}:${i.field}`).sort();
    const expected = Object.keys(WRITTEN_SECTIONS(seed.sasaranId)).map((k) => `sectionEmpty:sections.${k}`);
    expect(missing).toEqual(expected.sort());
    const first = view.sections.find((s: { key: string }) => s.key === `bab3a.${seed.sasaranId}.analisis_1`);
    expect(first.defaultText).toContain('Capaian indikator Persentase layanan daring sebesar 95,50 % (Hijau)');
  });

  it('refuses a planner of another OPD (403) and a stale section version (409)', async () => {
    const other = await plannerIn(h, h.tenants.a, seed.otherUnitId);
    expect((await saveSection('bab1.isu_strategis', 'x', 0, other)).statusCode).toBe(403);
    for (const [key, text] of Object.entries(WRITTEN_SECTIONS(seed.sasaranId)))
      expect((await saveSection(key, text, 0)).statusCode).toBe(200);
    const stale = await saveSection('bab1.isu_strategis', 'Teks lama', 0);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('conflict');
    const fresh = await saveSection('bab1.isu_strategis', WRITTEN_SECTIONS(seed.sasaranId)['bab1.isu_strategis'], 1);
    expect(fresh.statusCode).toBe(200);
    const section = fresh.json().sections.find((s: { key: string }) => s.key === 'bab1.isu_strategis');
    expect([section.version, section.edited]).toEqual([2, true]);
    expect((await saveSection('bab9.tidak_ada', 'x', 0)).statusCode).toBe(422);
  });

  it('exports a version whose DOCX carries each chapter in order and the tables numbers', async () => {
    const res = await h.inject({ method: 'POST', url: `/api/lkjip/reports/${reportId}/versions`, as: planner });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ number: 1, completeness: [] });
    const docx = await h.inject({ method: 'GET', url: res.json().docxUrl, as: planner });
    expect(docx.statusCode).toBe(200);
    const text = await docxText(docx.rawPayload);
    const positions = CHAPTER_HEADINGS.map((heading) => text.indexOf(heading));
    expect(
      positions.every((p) => p >= 0),
      text.slice(0, 400),
    ).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const bab3 = text.slice(positions[3], positions[4]);
    expect(bab3).toContain('95,50');
    expect(bab3).toContain('Meningkatnya layanan digital');
    expect(bab3).toContain('Grafik: Capaian indikator');
    expect(bab3).toContain('Jaringan desa terbatas');
    const bab3b = text.slice(positions[4], positions[5]);
    expect(bab3b).toContain('Rp1.000.000,00');
    expect(bab3b).toContain('Rp900.000,00');
    expect(bab3b).toContain('90,00');
    expect(text.slice(positions[2], positions[3])).toContain('800/17/2026');
    expect(text).toContain(WRITTEN_SECTIONS(seed.sasaranId)['bab4.simpulan']);
  });

  it('has a PDF whose text holds every chapter heading and the tables numbers', async () => {
    const pdf = await h.inject({ method: 'GET', url: `/api/lkjip/reports/${reportId}/versions/1/pdf`, as: planner });
    expect(pdf.statusCode).toBe(200);
    const text = (await pdftotext(pdf.rawPayload)).replace(/\s+/g, ' ');
    for (const heading of CHAPTER_HEADINGS) expect(text).toContain(heading);
    for (const number of ['95,50', '88,00', '80,00', 'Rp1.000.000,00', 'Rp900.000,00', '90,00', '800/17/2026'])
      expect(text).toContain(number);
    expect(text).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
  });

  it('answers 404 to another tenant for the report and its files', async () => {
    const adminB = await h.loginAs(h.tenants.b, 'admin');
    for (const url of [`/api/lkjip/reports/${reportId}`, `/api/lkjip/reports/${reportId}/versions/1/pdf`]) {
      const res = await h.inject({ method: 'GET', url, as: adminB });
      expect(res.statusCode, url).toBe(404);
    }
  });

  it('exports every OPD with data in a background job, one version per OPD', async () => {
    expect((await h.inject({ method: 'POST', url: '/api/lkjip/exports', as: planner, payload: { year: YEAR } })).statusCode).toBe(
      403,
    );
    const res = await h.inject({ method: 'POST', url: '/api/lkjip/exports', as: coordinator, payload: { year: YEAR } });
    expect(res.statusCode).toBe(202);
    await createWorker({ db: h.db, jobs: h.app.jobs, workerId: 'test' }).drain();
    const job = (await h.inject({ method: 'GET', url: `/api/jobs/${res.json().jobId}`, as: coordinator })).json();
    expect([job.status, job.progress]).toEqual(['done', 100]);
    const exported = job.result.exported.map((e: { unitId: string }) => e.unitId).sort();
    expect(exported).toEqual([seed.unitId, seed.otherUnitId].sort());
    const rows = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('lkjip_versions')
      .innerJoin('lkjip_reports', (j) =>
        j
          .onRef('lkjip_reports.tenant_id', '=', 'lkjip_versions.tenant_id')
          .onRef('lkjip_reports.id', '=', 'lkjip_versions.report_id'),
      )
      .select(['lkjip_reports.unit_id', 'lkjip_versions.number'])
      .where('lkjip_versions.job_id', '=', res.json().jobId)
      .execute();
    expect(rows.map((r) => r.unit_id).sort()).toEqual(exported);
    expect(rows.find((r) => r.unit_id === seed.unitId)?.number).toBe(2);
  });

  it('finalises into a document for the head of the OPD and freezes the report', async () => {
    const before = await report();
    const res = await h.inject({
      method: 'POST',
      url: `/api/lkjip/reports/${reportId}/finalise`,
      as: planner,
      payload: { version: before.version },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('final');
    const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
    const signers = await db
      .selectFrom('document_signers')
      .innerJoin('employees', (j) =>
        j
          .onRef('employees.tenant_id', '=', 'document_signers.tenant_id')
          .onRef('employees.id', '=', 'document_signers.employee_id'),
      )
      .select(['employees.nip', 'document_signers.status'])
      .where('document_signers.document_id', '=', res.json().documentId)
      .execute();
    expect(signers).toEqual([{ nip: '196705121990031003', status: 'pending' }]);
    const document = await db
      .selectFrom('official_documents')
      .select('number')
      .where('id', '=', res.json().documentId)
      .executeTakeFirst();
    expect(document?.number).toBe(`LKJIP/${YEAR}/DISKOMINFO`);
    expect((await saveSection('bab4.simpulan', 'Ubah', 1)).statusCode).toBe(409);
    expect((await h.inject({ method: 'POST', url: `/api/lkjip/reports/${reportId}/versions`, as: planner })).statusCode).toBe(
      409,
    );
  });
});
