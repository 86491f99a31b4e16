/** Letter search: stemming, PDF text after the job, numbers, visibility (journey 3), tenancy, syntax, paging. */
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createWorker } from '../../src/platform/jobs/index.ts';
import { letterMetadata, letterMultipart, type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let pencatat: Session;
let pencatatB: Session;
let kadis: PositionAccount;
let kabid: PositionAccount;
let outsider: PositionAccount;
let unitId: string;
const ids: Record<string, string> = {};

const arimo = createRequire(import.meta.url).resolve('@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf');

/** A text PDF (as a letter scan with a text layer) with the given lines. */
function textPdf(lines: readonly string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.font(arimo).fontSize(12);
    for (const line of lines) doc.text(line);
    doc.end();
  });
}

async function register(as: Session, meta: Record<string, unknown>, pdfLines: readonly string[] = ['Surat dinas.']) {
  const body = letterMultipart({ ...letterMetadata(unitId), ...meta }, await textPdf(pdfLines));
  const res = await h.inject({ method: 'POST', url: '/api/letters/incoming', as, payload: body.payload, headers: body.headers });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

function drainJobs() {
  return createWorker({ db: h.db, jobs: h.app.jobs, workerId: 'test-search' }).drain();
}

async function search(as: Session, q: string, extra = '') {
  const res = await h.inject({ method: 'GET', url: `/api/letters/search?q=${encodeURIComponent(q)}${extra}`, as });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { id: string; hal: string }[]; nextCursor: string | null };
}

const found = async (as: Session, q: string) => (await search(as, q)).items.map((i) => i.id).sort();
const sorted = (...list: string[]) => [...list].sort();

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  pencatat = await h.loginAs(a, 'pencatat');
  pencatatB = await h.loginAs(h.tenants.b, 'pencatat');
  unitId = await h.unitId(a, 'DISKOMINFO');
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Rudi Kadis' });
  kabid = await positionAccount(h, a, { positionCode: 'KABID-APTIKA', name: 'Bayu Aptika' });
  outsider = await positionAccount(h, a, { positionCode: 'KABID-IKP', name: 'Citra IKP' });
  ids.rencana = await register(pencatat, { hal: 'Rencana kerja tahunan dinas', theirNumber: '005/771/BKD/2026' });
  ids.merencanakan = await register(pencatat, { hal: 'Undangan merencanakan kegiatan bersama', summary: 'Koordinasi.' });
  ids.anggaran = await register(pencatat, { hal: 'Penyampaian dokumen anggaran', summary: 'Dokumen penganggaran daerah.' });
  ids.scan = await register(pencatat, { hal: 'Laporan triwulan' }, ['Isi laporan menyebut kata zamrudkhatulistiwa di halaman.']);
  ids.rahasia = await register(pencatat, { hal: 'Pemeriksaan khusus pegawai', security: 'rahasia' });
  await drainJobs();
});
afterAll(async () => h?.close());

describe('letter search', () => {
  it('matches Indonesian word forms through their stems, the same letters on both databases', async () => {
    expect(await found(kadis.session, 'direncanakan')).toEqual(sorted(ids.rencana as string, ids.merencanakan as string));
    expect(await found(kadis.session, 'rencana')).toEqual(sorted(ids.rencana as string, ids.merencanakan as string));
    expect(await found(kadis.session, 'penganggaran')).toEqual([ids.anggaran]);
    expect(await found(kadis.session, 'rencana kerja')).toEqual([ids.rencana]);
  });

  it('finds text inside the scanned PDF once the indexing job has run', async () => {
    expect(await found(kadis.session, 'zamrudkhatulistiwa')).toEqual([ids.scan]);
    const before = await register(pencatat, { hal: 'Nota susulan' }, ['Lampiran berisi kata safirnusantara saja.']);
    expect(await found(kadis.session, 'safirnusantara')).toEqual([]);
    expect(await found(kadis.session, 'susulan')).toEqual([before]);
    await drainJobs();
    expect(await found(kadis.session, 'safirnusantara')).toEqual([before]);
  });

  it('finds a letter by its number and by its agenda number', async () => {
    expect(await found(kadis.session, '005/771/BKD/2026')).toEqual([ids.rencana]);
    const letter = await h.inject({ method: 'GET', url: `/api/letters/${ids.anggaran}`, as: kadis.session });
    expect(await found(kadis.session, letter.json().agendaNumber)).toEqual([ids.anggaran]);
  });

  it('shows a rahasia letter to its addressee and its disposition chain, never to a staf outside it', async () => {
    expect(await found(outsider.session, 'pemeriksaan pegawai')).toEqual([]);
    expect(await found(kabid.session, 'pemeriksaan pegawai')).toEqual([]);
    expect(await found(kadis.session, 'pemeriksaan pegawai')).toEqual([ids.rahasia]);
    const disposed = await h.inject({
      method: 'POST',
      url: `/api/letters/${ids.rahasia}/dispositions`,
      as: kadis.session,
      payload: { to: [{ positionId: kabid.positionId, leading: true }], instructions: [], note: 'Tindak lanjuti.' },
    });
    expect(disposed.statusCode, disposed.body).toBe(201);
    expect(await found(kabid.session, 'pemeriksaan pegawai')).toEqual([ids.rahasia]);
    expect(await found(outsider.session, 'pemeriksaan pegawai')).toEqual([]);
  });

  it("never shows tenant A's letters to tenant B", async () => {
    expect(await found(pencatatB, 'zamrudkhatulistiwa')).toEqual([]);
    expect(await found(pencatatB, 'rencana')).toEqual([]);
    expect(await found(pencatat, 'zamrudkhatulistiwa')).toEqual([ids.scan]);
  });

  it('answers 200 to FTS syntax in the query, and 4xx (never 500) to a forged cursor or an empty query', async () => {
    for (const q of ['"', 'rencana"', '*', 'renc*', '(rencana', 'rencana NEAR kerja', '-rencana', 'hal:rencana', '^"()'])
      await search(kadis.session, q);
    expect(await found(kadis.session, '"rencana" -kerja')).toEqual([ids.rencana]);
    const bad = await h.inject({ method: 'GET', url: '/api/letters/search?q=rencana&cursor=bm90LWpzb24', as: kadis.session });
    expect([bad.statusCode, bad.json().error.fields[0].field]).toEqual([422, 'cursor']);
    const empty = await h.inject({ method: 'GET', url: '/api/letters/search?q=', as: kadis.session });
    expect(empty.statusCode, empty.body).toBe(400);
  });

  it('pages through every match once, without repeats', async () => {
    const made = new Set<string>();
    for (let i = 0; i < 7; i++) made.add(await register(pencatat, { hal: `Pengumuman halaman nomor ${i}` }));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await search(kadis.session, 'pengumuman', `&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.length).toBe(new Set(seen).size);
    expect(new Set(seen)).toEqual(made);
  });
});
