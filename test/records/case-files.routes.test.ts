/** Berkas (case files): opening, listing with filters, filing letters, closed berkas, and who sees which letters. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { createSamplePdf } from '../../src/platform/signing/signing.test-support.ts';
import { letterMetadata, letterMultipart, type PositionAccount, positionAccount } from '../factories/correspondence.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 180_000 });

let h: Harness;
let arsiparis: Session;
let pencatat: Session;
let staf: Session;
let kadis: PositionAccount;
let unitId: string;
let setdaId: string;
let pdf: Buffer;

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  arsiparis = await h.loginAs(a, 'arsiparis');
  pencatat = await h.loginAs(a, 'pencatat');
  staf = await h.loginAs(a, 'staf');
  kadis = await positionAccount(h, a, { positionCode: 'KADIS-KOMINFO', name: 'Rudi Kadis' });
  unitId = await h.unitId(a, 'DISKOMINFO');
  setdaId = await h.unitId(a, 'SETDA');
  pdf = await createSamplePdf();
});
afterAll(async () => h?.close());

async function registerLetter(overrides: Record<string, unknown> = {}): Promise<string> {
  const body = letterMultipart(letterMetadata(unitId, overrides), pdf);
  const res = await h.inject({
    method: 'POST',
    url: '/api/letters/incoming',
    as: pencatat,
    payload: body.payload,
    headers: body.headers,
  });
  if (res.statusCode !== 201) throw new Error(`register failed: ${res.body}`);
  return res.json().id as string;
}

function createCaseFile(payload: Record<string, unknown>, as: Session = arsiparis, headers: Record<string, string> = {}) {
  return h.inject({ method: 'POST', url: '/api/case-files', as, payload, headers });
}

async function newCaseFile(overrides: Record<string, unknown> = {}) {
  const res = await createCaseFile({ unitId, kka: '000.1', title: 'Rapat koordinasi', ...overrides });
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.body}`);
  return res.json() as { id: string; number: string; version: number; year: number };
}

const fileInto = (caseFileId: string, letterId: string, as: Session = pencatat) =>
  h.inject({ method: 'POST', url: `/api/case-files/${caseFileId}/letters`, as, payload: { letterId } });

async function caseFileCount(): Promise<number> {
  return (await tenantDb({ db: h.db, tenantId: h.tenants.a.id }).selectFrom('case_files').select('id').execute()).length;
}

describe('opening a berkas', () => {
  it('numbers berkas per unit and year and names the KKA from the active pack', async () => {
    const first = await createCaseFile({ unitId: setdaId, kka: '000.1', title: 'Tata usaha', year: 2024 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ number: 'B-2024-0001', kkaName: 'Ketatausahaan dan Kerumahtanggaan', status: 'open' });
    const second = await createCaseFile({ unitId: setdaId, kka: '000.1', title: 'Tata usaha 2', year: 2024 });
    expect(second.json().number).toBe('B-2024-0002');
    const otherUnit = await createCaseFile({ unitId, kka: '000.1', title: 'Tata usaha 3', year: 2024 });
    expect(otherUnit.json().number).toBe('B-2024-0001');
  });

  it('is the arsiparis’s work: pencatat and staf get 403 and nothing is written', async () => {
    const before = await caseFileCount();
    for (const as of [pencatat, staf]) {
      const res = await createCaseFile({ unitId, kka: '000.1', title: 'x' }, as);
      expect(res.statusCode).toBe(403);
    }
    expect(await caseFileCount()).toBe(before);
  });

  it('refuses bad input with field messages in Indonesian and English, writing nothing', async () => {
    const before = await caseFileCount();
    const unknown = await createCaseFile({ unitId, kka: '000.99', title: 'x' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual([
      { field: 'body.kka', message: expect.stringMatching(/000\.99.*paket regulasi/) },
    ]);
    const en = await createCaseFile({ unitId, kka: '000.99', title: 'x' }, arsiparis, { 'accept-language': 'en' });
    expect(en.json().error.fields[0].message).toMatch(/not in the active regulation pack/);
    const noUnit = await createCaseFile({ unitId: '01900000-0000-7000-8000-000000000000', kka: '000.1', title: 'x' });
    expect(noUnit.json().error.fields).toEqual([{ field: 'body.unitId', message: 'Unit pengolah tidak ditemukan.' }]);
    const shape = await createCaseFile({ unitId: 'bukan-uuid', kka: 'abc', title: '' });
    expect(shape.statusCode).toBe(400);
    const fields = (shape.json().error.fields as { field: string }[]).map((f) => f.field).sort();
    expect(fields).toEqual(['body.kka', 'body.title', 'body.unitId']);
    expect(await caseFileCount()).toBe(before);
  });

  it('keeps HTML in the title as plain text', async () => {
    const title = '<img src=x onerror=alert(1)> Berkas & <b>rapat</b>';
    const made = await newCaseFile({ title });
    const got = await h.inject({ method: 'GET', url: `/api/case-files/${made.id}`, as: staf });
    expect(got.headers['content-type']).toMatch(/application\/json/);
    expect(got.json().title).toBe(title);
  });
});

describe('listing berkas', () => {
  it('filters by unit, year, KKA subtree, status and words, and pages without repeats', async () => {
    const tag = `Filter${Date.now().toString(36)}`;
    const a = await newCaseFile({ kka: '000.1', title: `${tag} kepegawaian 100%`, year: 2023 });
    const b = await newCaseFile({ kka: '000.1.1', title: `${tag} mutasi`, year: 2023 });
    const c = await newCaseFile({ unitId: setdaId, kka: '900', title: `${tag} keuangan`, year: 2023 });
    await h.inject({ method: 'POST', url: `/api/case-files/${b.id}/close`, as: arsiparis, payload: { version: b.version } });
    const ids = async (qs: string) =>
      ((await h.inject({ method: 'GET', url: `/api/case-files?${qs}`, as: staf })).json().items as { id: string }[]).map(
        (i) => i.id,
      );
    const q = `q=${encodeURIComponent(tag.toLowerCase())}`;
    expect((await ids(`${q}&year=2023`)).sort()).toEqual([a.id, b.id, c.id].sort());
    expect(await ids(`${q}&unitId=${setdaId}`)).toEqual([c.id]);
    expect((await ids(`${q}&kka=000.1`)).sort()).toEqual([a.id, b.id].sort());
    expect(await ids(`${q}&kka=000.1.1`)).toEqual([b.id]);
    expect(await ids(`${q}&status=closed`)).toEqual([b.id]);
    expect(await ids(`q=${encodeURIComponent(`${tag} kepegawaian 100%`)}`)).toEqual([a.id]);
    expect(await ids(`q=${encodeURIComponent(`${tag}%`)}`)).toEqual([]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `/api/case-files?${q}&limit=1${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await h.inject({ method: 'GET', url, as: staf })).json();
      seen.push(...page.items.map((i: { id: string }) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.sort()).toEqual([a.id, b.id, c.id].sort());
  });

  it('refuses a forged cursor and a bad filter with 4xx', async () => {
    const forged = await h.inject({ method: 'GET', url: '/api/case-files?cursor=bm9wZQ', as: staf });
    expect(forged.statusCode).toBe(422);
    const bad = await h.inject({ method: 'GET', url: '/api/case-files?status=hilang&year=abc', as: staf });
    expect(bad.statusCode).toBe(400);
  });
});

describe('filing letters', () => {
  it('lets the registrar file a letter, shows the berkas on the letter, and warns on another top-level KKA', async () => {
    const berkas = await newCaseFile({ kka: '000.1' });
    const letterId = await registerLetter();
    const filed = await fileInto(berkas.id, letterId);
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toEqual({ caseFileId: berkas.id, letterId, warning: null });
    const ofLetter = await h.inject({ method: 'GET', url: `/api/letters/${letterId}/case-file`, as: pencatat });
    expect(ofLetter.json()).toMatchObject({ caseFile: { id: berkas.id, letterCount: 1 }, mayFile: true });
    const other = await newCaseFile({ kka: '800' });
    const warned = await fileInto(other.id, await registerLetter());
    expect(warned.statusCode).toBe(201);
    expect(warned.json().warning).toEqual({ code: 'kkaOtherClass', message: expect.stringContaining('000.1.5') });
  });

  it('refuses a letter in two berkas, then moves and removes it', async () => {
    const first = await newCaseFile();
    const second = await newCaseFile();
    const letterId = await registerLetter();
    expect((await fileInto(first.id, letterId)).statusCode).toBe(201);
    const twice = await fileInto(second.id, letterId);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toContain(first.number);
    const moved = await h.inject({
      method: 'POST',
      url: `/api/case-files/${first.id}/letters/${letterId}/move`,
      as: pencatat,
      payload: { toCaseFileId: second.id },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const where = async () =>
      (await h.inject({ method: 'GET', url: `/api/letters/${letterId}/case-file`, as: pencatat })).json().caseFile;
    expect((await where()).id).toBe(second.id);
    const removed = await h.inject({ method: 'DELETE', url: `/api/case-files/${second.id}/letters/${letterId}`, as: pencatat });
    expect(removed.statusCode).toBe(204);
    expect(await where()).toBeNull();
    const audit = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('audit_log')
      .select('action')
      .where('object_id', 'in', [first.id, second.id])
      .execute();
    expect(audit.map((r) => r.action).sort()).toEqual(
      [
        'records.caseFile.created',
        'records.caseFile.created',
        'records.letter.filed',
        'records.letter.moved',
        'records.letter.removed',
      ].sort(),
    );
  });

  it('closes a berkas (409 on new letters, stale versions and a second close) and reopens it', async () => {
    const berkas = await newCaseFile();
    const closed = await h.inject({
      method: 'POST',
      url: `/api/case-files/${berkas.id}/close`,
      as: arsiparis,
      payload: { version: 1 },
    });
    expect(closed.json()).toMatchObject({ status: 'closed', version: 2 });
    expect(closed.json().closedAt).toEqual(expect.any(String));
    const refused = await fileInto(berkas.id, await registerLetter());
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toMatch(/ditutup/);
    const again = await h.inject({
      method: 'POST',
      url: `/api/case-files/${berkas.id}/close`,
      as: arsiparis,
      payload: { version: 2 },
    });
    expect(again.statusCode).toBe(409);
    const stale = await h.inject({
      method: 'POST',
      url: `/api/case-files/${berkas.id}/reopen`,
      as: arsiparis,
      payload: { version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toMatch(/baru saja diubah/);
    const byPencatat = await h.inject({
      method: 'POST',
      url: `/api/case-files/${berkas.id}/reopen`,
      as: pencatat,
      payload: { version: 2 },
    });
    expect(byPencatat.statusCode).toBe(403);
    const reopened = await h.inject({
      method: 'POST',
      url: `/api/case-files/${berkas.id}/reopen`,
      as: arsiparis,
      payload: { version: 2 },
    });
    expect(reopened.json()).toMatchObject({ status: 'open', closedAt: null, version: 3 });
  });

  it('refuses a filer who is neither arsiparis nor registrar (403), and a letter the caller cannot see (404)', async () => {
    const berkas = await newCaseFile();
    const letterId = await registerLetter();
    expect((await fileInto(berkas.id, letterId, kadis.session)).statusCode).toBe(403);
    expect((await fileInto(berkas.id, letterId, staf)).statusCode).toBe(404);
    expect((await h.inject({ method: 'GET', url: `/api/letters/${letterId}/case-file`, as: staf })).statusCode).toBe(404);
    const unknown = await fileInto(berkas.id, '01900000-0000-7000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
  });
});

describe('visibility of the letters in a berkas', () => {
  it('lists a rahasia letter only within its chain; others see a count and no details', async () => {
    const berkas = await newCaseFile();
    const hal = 'Laporan investigasi rahasia nomor sembilan';
    const secret = await registerLetter({ security: 'rahasia', hal });
    const plain = await registerLetter();
    expect((await fileInto(berkas.id, secret)).statusCode).toBe(201);
    expect((await fileInto(berkas.id, plain)).statusCode).toBe(201);
    expect((await fileInto(berkas.id, secret, arsiparis)).statusCode).toBe(404);
    const outside = await h.inject({ method: 'GET', url: `/api/case-files/${berkas.id}`, as: arsiparis });
    expect(outside.json()).toMatchObject({ letterCount: 2, hiddenLetterCount: 2, letters: [] });
    expect(outside.body).not.toContain('investigasi');
    const inside = await h.inject({ method: 'GET', url: `/api/case-files/${berkas.id}`, as: kadis.session });
    expect(inside.json().hiddenLetterCount).toBe(0);
    expect((inside.json().letters as { id: string }[]).map((l) => l.id).sort()).toEqual([secret, plain].sort());
    expect(inside.body).toContain(hal);
  });
});
