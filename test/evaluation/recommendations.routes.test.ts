/**
 * LHE recommendations over HTTP: the evaluator writes them (evaluating or final), the OPD follows up with progress
 * and evidence until 100 % marks one done, the evaluator confirms or reopens; overdue ones are listed by the tenant's
 * day (Asia/Jakarta) with a fixed clock; bad input writes nothing; the LHE as PDF and DOCX carries the total, the
 * predikat and the recommendations; another tenant's ids answer 404.
 */
import { randomBytes } from 'node:crypto';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { LKE_88_2021, PREDIKAT_88_2021, predikatFor, scoreEvaluation } from '../../src/modules/evaluation/index.ts';
import { workedExampleAnswers } from '../../src/modules/evaluation/scoring/worked-example.fixture.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdftotext } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const E = '/api/evaluation/evaluations';
const R = '/api/evaluation/recommendations';
// 20 January 2027, 10:00 WIB: the 2026 evaluation is final, recommendations due at the end of January and March.
const at = (iso: string) => vi.setSystemTime(new Date(iso));
let h: Harness;
let kominfo: Session;
let dinkes: Session;
let evaluator: Session;
let staf: Session;
let kominfoId: string;
let kadisPositionId: string;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests
type Json = Record<string, any>;
const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, as: Session, payload: object) =>
  h.inject({ method, url, as, payload });
const get = (url: string, as: Session) => h.inject({ method: 'GET', url, as });
function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200): Json {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Json;
}
const asList = (answers: Record<string, string>) =>
  Object.entries(answers).map(([criterionId, answer]) => ({ criterionId, answer }));
const fieldsOf = (res: { json(): unknown }) => (res.json() as Json).error.fields.map((f: Json) => f.field);

/** Multipart text fields plus `file` parts. */
function multipart(fields: Record<string, string>, files: { data: Buffer; name: string }[]) {
  const boundary = `----pamong${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields))
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  for (const f of files)
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${f.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

const snapshot = async () => {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  return JSON.stringify([
    await db.selectFrom('evaluation_recommendations').selectAll().orderBy('id').execute(),
    await db.selectFrom('recommendation_followups').selectAll().orderBy('id').execute(),
    await db.selectFrom('files').select('id').orderBy('id').execute(),
  ]);
};

const worked = workedExampleAnswers();
// The OPD's usulan breaks a kerangka logis rule (2.b.4 above 2.a.1 = T); the evaluator's answers do not.
const selfAnswers = { ...worked, '2.a.1': 'T' };
let ev: Json;

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  at('2027-01-20T03:00:00.000Z');
  h = await startHarness({ env: { SESSION_TTL_HOURS: '2160' } });
  const a = h.tenants.a;
  kominfoId = await h.unitId(a, 'DISKOMINFO');
  kominfo = await plannerIn(h, a, kominfoId);
  dinkes = await plannerIn(h, a, await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan'));
  evaluator = await h.loginAs(a, 'evaluator');
  staf = await h.loginAs(a, 'staf');
  const kadis = await tenantDb({ db: h.db, tenantId: a.id })
    .selectFrom('positions')
    .select('id')
    .where('code', '=', 'KADIS-KOMINFO')
    .executeTakeFirstOrThrow();
  kadisPositionId = kadis.id;
  ev = ok(await send('POST', E, kominfo, { unitId: kominfoId, year: 2026 }), 201);
  ev = ok(await send('PUT', `${E}/${ev.id}/self-answers`, kominfo, { version: ev.version, answers: asList(selfAnswers) }));
  ev = ok(await send('POST', `${E}/${ev.id}/submit`, kominfo, { version: ev.version }));
});
afterAll(async () => {
  await h?.close();
  vi.useRealTimers();
});

const recommendation = (text: string, deadline: string) => ({
  text,
  criterionId: '2.a.1',
  componentId: '2',
  personInCharge: { kind: 'position', positionId: kadisPositionId },
  deadline,
});
let recA: Json; // due 31 January 2027, followed up to 100 %
let recB: Json; // due 31 January 2027, never followed up
let recC: Json; // due 31 March 2027

describe('recommendations of an evaluation', () => {
  it('are written by the evaluator only, not during the self-assessment', async () => {
    const early = ok(await send('POST', E, dinkes, { unitId: await h.unitId(h.tenants.a, 'DINKES'), year: 2026 }), 201);
    const body = recommendation('Susun pedoman', '2027-01-31');
    expect((await send('POST', `${E}/${early.id}/recommendations`, evaluator, body)).statusCode).toBe(409);
    expect((await send('POST', `${E}/${ev.id}/recommendations`, kominfo, body)).statusCode).toBe(403);
    recA = ok(await send('POST', `${E}/${ev.id}/recommendations`, evaluator, body), 201);
    expect(recA).toMatchObject({ status: 'open', progress: 0, overdue: false, deadline: '2027-01-31' });
    expect(recA.personInCharge).toMatchObject({
      kind: 'position',
      id: kadisPositionId,
      name: 'Kepala Dinas Komunikasi dan Informatika',
    });
    const userPic = { ...recommendation('Lengkapi definisi operasional indikator', '2027-01-31') };
    userPic.personInCharge = { kind: 'user', userId: h.tenants.a.users.staf.id } as never;
    recB = ok(await send('POST', `${E}/${ev.id}/recommendations`, evaluator, userPic), 201);
    expect(recB.personInCharge).toMatchObject({ kind: 'user', id: h.tenants.a.users.staf.id });
    recC = ok(await send('POST', `${E}/${ev.id}/recommendations`, evaluator, recommendation('Reviu IKU', '2027-03-31')), 201);
    const edited = { ...recommendation('Reviu IKU seluruh bidang', '2027-03-31'), version: recC.version };
    recC = ok(await send('PUT', `${R}/${recC.id}`, evaluator, edited));
    expect([recC.text, recC.version]).toEqual(['Reviu IKU seluruh bidang', 2]);
    expect((await send('PUT', `${R}/${recC.id}`, evaluator, { ...edited, version: 1 })).statusCode).toBe(409);
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const before = await snapshot();
    const shape = await send('POST', `${E}/${ev.id}/recommendations`, evaluator, {
      ...recommendation('', 'besok'),
      personInCharge: { kind: 'position', positionId: 'x' },
    });
    expect(shape.statusCode).toBe(400);
    expect(fieldsOf(shape)).toEqual(expect.arrayContaining(['body.text', 'body.deadline', 'body.personInCharge.positionId']));
    const positionOfB = await tenantDb({ db: h.db, tenantId: h.tenants.b.id })
      .selectFrom('positions')
      .select('id')
      .executeTakeFirstOrThrow();
    const rules = await send('POST', `${E}/${ev.id}/recommendations`, evaluator, {
      ...recommendation('Teks', '2027-01-31'),
      criterionId: '1.a.1',
      personInCharge: { kind: 'position', positionId: positionOfB.id },
    });
    expect(rules.statusCode, rules.body).toBe(422);
    expect(fieldsOf(rules)).toEqual(['body.criterionId', 'body.personInCharge.positionId']);
    expect(rules.json().error.fields[0].message).toMatch(/bukan bagian dari komponen/);
    const early = await send('POST', `${R}/${recA.id}/followups`, kominfo, {
      version: recA.version,
      date: '2027-01-20',
      progress: 10,
      note: 'Mulai',
    });
    expect(early.statusCode).toBe(409); // the evaluation is not final yet
    expect(await snapshot()).toBe(before);
  });
});

describe('the final evaluation, its follow-up and overdue recommendations', () => {
  it('finalises (recommendations stay writable for the evaluator)', async () => {
    ev = ok(await send('PUT', `${E}/${ev.id}/final-answers`, evaluator, { version: ev.version, answers: asList(worked) }));
    ev = ok(
      await send('PUT', `${E}/${ev.id}/final-answers`, evaluator, {
        version: ev.version,
        answers: [{ criterionId: '2.a.1', answer: 'Y', note: 'Pedoman pengukuran ditetapkan Perbup 12/2025' }],
      }),
    );
    ev = ok(await send('POST', `${E}/${ev.id}/finalise`, evaluator, { version: ev.version }));
    expect(ev.status).toBe('final');
  });

  it('refuses bad follow-up input and writes nothing', async () => {
    const before = await snapshot();
    const url = `${R}/${recA.id}/followups`;
    const shape = await send('POST', url, kominfo, { version: recA.version, date: '2027-01-20', progress: 101, note: '' });
    expect(shape.statusCode).toBe(400);
    expect(fieldsOf(shape)).toEqual(expect.arrayContaining(['body.progress', 'body.note']));
    const future = await send('POST', url, kominfo, { version: recA.version, date: '2027-01-21', progress: 10, note: 'x' });
    expect(future.statusCode).toBe(422);
    expect(fieldsOf(future)).toEqual(['body.date']);
    const fields = { version: String(recA.version), date: '2027-01-20', progress: '10', note: 'Bukti' };
    const exe = multipart(fields, [
      { data: Buffer.from('%PDF-1.4 bukti'), name: 'a.pdf' },
      { data: Buffer.from('MZ\x90\x00'), name: 'b.pdf' },
    ]);
    const bad = await h.inject({ method: 'POST', url, as: kominfo, ...exe });
    expect(bad.statusCode, bad.body).toBe(422);
    expect(fieldsOf(bad)).toEqual(['file.1']);
    expect((await send('POST', url, dinkes, { ...fields, version: recA.version, progress: 10 })).statusCode).toBe(403);
    expect((await send('POST', url, kominfo, { ...fields, version: 99, progress: 10 })).statusCode).toBe(409);
    expect(await snapshot()).toBe(before);
  });

  it('follows a recommendation up to 100 % with evidence, then the evaluator confirms or reopens', async () => {
    const evidence = Buffer.from('%PDF-1.4\n% bukti tindak lanjut\n');
    const upload = multipart({ version: String(recA.version), date: '2027-01-18', progress: '40', note: 'Draf pedoman' }, [
      { data: evidence, name: 'draf-pedoman.pdf' },
    ]);
    recA = ok(await h.inject({ method: 'POST', url: `${R}/${recA.id}/followups`, as: kominfo, ...upload }), 201);
    expect([recA.status, recA.progress]).toEqual(['in_progress', 40]);
    const [entry] = recA.followups;
    expect(entry.evidence).toEqual([
      { fileId: expect.any(String), fileName: 'draf-pedoman.pdf', contentType: 'application/pdf' },
    ]);
    const file = await get(`/api/evaluation/followups/${entry.id}/files/${entry.evidence[0].fileId}`, staf);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(evidence)).toBe(true);
    const full = { version: recA.version, date: '2027-01-20', progress: 100, note: 'Pedoman ditetapkan' };
    recA = ok(await send('POST', `${R}/${recA.id}/followups`, kominfo, full), 201);
    expect([recA.status, recA.progress, recA.followups.length]).toEqual(['done', 100, 2]);
    expect(recA.doneAt).not.toBeNull();
    expect((await send('POST', `${R}/${recA.id}/followups`, kominfo, { ...full, version: recA.version })).statusCode).toBe(409);
    expect((await send('POST', `${R}/${recA.id}/confirm`, kominfo, { version: recA.version })).statusCode).toBe(403);
    recA = ok(await send('POST', `${R}/${recA.id}/reopen`, evaluator, { version: recA.version, reason: 'Belum diundangkan' }));
    expect([recA.status, recA.doneAt]).toEqual(['in_progress', null]);
    recA = ok(await send('POST', `${R}/${recA.id}/followups`, kominfo, { ...full, version: recA.version }), 201);
    recA = ok(await send('POST', `${R}/${recA.id}/confirm`, evaluator, { version: recA.version }));
    expect([recA.status, recA.confirmedAt !== null]).toEqual(['done', true]);
    expect((await send('DELETE', `${R}/${recA.id}`, evaluator, { version: recA.version })).statusCode).toBe(409);
  });

  it('lists overdue recommendations by the Jakarta day: count, OPD and days late', async () => {
    at('2027-01-31T16:30:00.000Z'); // 23:30 WIB on the deadline day
    expect(ok(await get(`${R}/overdue`, evaluator)).count).toBe(0);
    at('2027-01-31T17:30:00.000Z'); // 00:30 WIB on 1 February, still 31 January in UTC
    const first = ok(await get(`${R}/overdue`, evaluator));
    expect(first).toMatchObject({ today: '2027-02-01', count: 1 });
    at('2027-02-10T03:00:00.000Z');
    const later = ok(await get(`${R}/overdue`, staf));
    expect(later.count).toBe(1);
    expect(later.items).toEqual([
      expect.objectContaining({ recommendationId: recB.id, unitId: kominfoId, year: 2026, daysLate: 10, progress: 0 }),
    ]);
    expect(later.items[0].unitName).toBe('Dinas Komunikasi dan Informatika');
    const list = ok(await get(`${E}/${ev.id}/recommendations`, staf));
    const byId = new Map<string, Json>(list.items.map((r: Json) => [r.id, r]));
    expect([byId.get(recA.id)?.overdue, byId.get(recB.id)?.daysLate, byId.get(recC.id)?.overdue]).toEqual([false, 10, false]);
    expect(list.may).toEqual({ add: false, lhe: true });
    at('2027-01-20T03:00:00.000Z');
  });

  it('sends a recommendation once as an e-Office nota dinas draft to the position in charge (evaluator only)', async () => {
    expect((await send('POST', `${R}/${recC.id}/notice`, kominfo, {})).statusCode).toBe(403);
    const toUser = await send('POST', `${R}/${recB.id}/notice`, evaluator, {}); // a person, not a position
    expect([toUser.statusCode, fieldsOf(toUser)]).toEqual([422, ['personInCharge']]);
    // An evaluator holds a position in the Inspektorat: the nota dinas goes from there, signed by its head.
    const inspektorat = await ensureOpd(h, h.tenants.a, 'INSPEKTORAT', 'Inspektorat Daerah', 'inspektorat');
    const auditor = await plannerIn(h, h.tenants.a, inspektorat, ['evaluator']);
    expect(await send('POST', `${R}/${recC.id}/notice`, evaluator, {})).toMatchObject({ statusCode: 422 }); // no position
    const sent = ok(await send('POST', `${R}/${recC.id}/notice`, auditor, {}), 201);
    const draft = ok(await get(`/api/letters/outgoing/${sent.draftId}`, auditor));
    expect(draft).toMatchObject({ status: 'draft', typeCode: 'ND', kka: '700' });
    expect(draft.hal).toBe('Tindak lanjut rekomendasi hasil evaluasi AKIP Dinas Komunikasi dan Informatika tahun 2026');
    expect(JSON.stringify(draft.content.body)).toContain(recC.text);
    expect(JSON.stringify(draft.content.body)).toContain('31 Maret 2027');
    expect(draft.addressees.positions).toEqual([{ positionId: kadisPositionId, role: 'kepada' }]);
    const list = ok(await get(`${E}/${ev.id}/recommendations`, auditor));
    const item = list.items.find((r: Json) => r.id === recC.id);
    expect(item).toMatchObject({ noticeDraftId: sent.draftId, may: expect.objectContaining({ sendNotice: false }) });
    const again = await send('POST', `${R}/${recC.id}/notice`, auditor, {});
    expect(again.statusCode).toBe(409);
  });

  it('removes a recommendation nobody followed up', async () => {
    const extra = ok(
      await send('POST', `${E}/${ev.id}/recommendations`, evaluator, recommendation('Sementara', '2027-06-30')),
      201,
    );
    ok(await send('DELETE', `${R}/${extra.id}`, evaluator, { version: extra.version }));
    expect(ok(await get(`${E}/${ev.id}/recommendations`, evaluator)).items.map((r: Json) => r.id)).not.toContain(extra.id);
  });
});

describe('the LHE', () => {
  const score = () => scoreEvaluation(LKE_88_2021, worked);

  it('is refused for an unfinished evaluation (409) and hidden from readers (403)', async () => {
    const draft = ok(await get(`${E}?unitId=${await h.unitId(h.tenants.a, 'DINKES')}`, evaluator)).items[0];
    expect((await get(`${E}/${draft.id}/lhe.pdf`, evaluator)).statusCode).toBe(409);
    expect((await get(`${E}/${draft.id}/lhe.docx`, evaluator)).statusCode).toBe(409);
    expect((await get(`${E}/${draft.id}/lhe.pdf`, staf)).statusCode).toBe(403);
  });

  it('as PDF carries the total, the predikat, the kerangka logis finding and the recommendations', async () => {
    const res = await get(`${E}/${ev.id}/lhe.pdf`, staf);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = (await pdftotext(res.rawPayload)).replace(/\s+/g, ' ');
    const predikat = predikatFor(score().exactTotal, PREDIKAT_88_2021);
    expect(text).toContain(`Nilai akhir ${score().total}, predikat ${predikat.code} (${predikat.label})`);
    expect(score().total).toBe('67.44');
    expect(text).toContain('Dinas Komunikasi dan Informatika');
    expect(text).toContain('Susun pedoman');
    expect(text).toContain('Reviu IKU seluruh bidang');
    expect(text).toContain('Kepala Dinas Komunikasi dan Informatika');
    expect(text).toContain('Kerangka logis (nilai usulan)');
    expect(text).toContain('Pedoman pengukuran ditetapkan Perbup 12/2025');
  });

  it('as DOCX carries the same in word/document.xml', async () => {
    const res = await get(`${E}/${ev.id}/lhe.docx`, kominfo);
    expect(res.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(res.rawPayload);
    const xml = await zip.file('word/document.xml')?.async('string');
    const text = (xml ?? '').replace(/<[^>]+>/g, '');
    const predikat = predikatFor(score().exactTotal, PREDIKAT_88_2021);
    expect(text).toContain(`Nilai akhir ${score().total}, predikat ${predikat.code} (${predikat.label})`);
    expect(text).toContain(predikat.interpretation.slice(0, 40));
    expect(text).toContain('Susun pedoman');
    expect(text).toContain('Lengkapi definisi operasional indikator');
  });
});

describe('another tenant', () => {
  it('gets 404 for every id of tenant A, even as its evaluator', async () => {
    const b = await h.loginAs(h.tenants.b, 'evaluator');
    const entry = recA.followups[0];
    expect((await get(`${E}/${ev.id}/recommendations`, b)).statusCode).toBe(404);
    expect((await get(`${E}/${ev.id}/lhe.pdf`, b)).statusCode).toBe(404);
    expect((await get(`${E}/${ev.id}/lhe.docx`, b)).statusCode).toBe(404);
    expect((await send('POST', `${E}/${ev.id}/recommendations`, b, recommendation('x', '2027-01-31'))).statusCode).toBe(404);
    expect(
      (await send('PUT', `${R}/${recC.id}`, b, { ...recommendation('x', '2027-01-31'), version: recC.version })).statusCode,
    ).toBe(404);
    expect((await send('POST', `${R}/${recB.id}/confirm`, b, { version: 1 })).statusCode).toBe(404);
    expect(
      (await send('POST', `${R}/${recB.id}/followups`, b, { version: 1, date: '2027-01-20', progress: 5, note: 'x' })).statusCode,
    ).toBe(404);
    expect((await get(`/api/evaluation/followups/${entry.id}/files/${entry.evidence[0].fileId}`, b)).statusCode).toBe(404);
    expect(ok(await get(`${R}/overdue`, b)).count).toBe(0);
  });
});
