/**
 * Reviu of an LKjIP over HTTP on the seeded OPD: the evaluator starts it and writes notes per section, the OPD's
 * planner answers, the evaluator resolves and accepts; acceptance with unresolved notes is a 409 naming them; a planner
 * of another OPD is refused (403), another tenant sees nothing (404), bad input writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { type LkjipSeed, seedLkjip, YEAR } from './seed.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests
type Json = Record<string, any>;

let h: Harness;
let seed: LkjipSeed;
let planner: Session;
let otherPlanner: Session;
let evaluator: Session;
let reader: Session;
let reportId: string;

beforeAll(async () => {
  h = await startHarness();
  seed = await seedLkjip(h, h.tenants.a);
  planner = await plannerIn(h, h.tenants.a, seed.unitId);
  otherPlanner = await plannerIn(h, h.tenants.a, seed.otherUnitId);
  evaluator = await h.loginAs(h.tenants.a, 'evaluator');
  reader = await h.loginAs(h.tenants.a, 'staf');
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

const db = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });
const reviewUrl = () => `/api/lkjip/reports/${reportId}/review`;
const getReview = async (as: Session) => (await h.inject({ method: 'GET', url: reviewUrl(), as })).json() as Json;
const post = (url: string, as: Session, payload: object) => h.inject({ method: 'POST', url, as, payload });
const notesOf = (view: Json): Json[] => view.review.groups.flatMap((g: Json) => g.notes);
const noteCount = async () => (await db().selectFrom('lkjip_review_notes').select('id').execute()).length;
const ISU = 'bab1.isu_strategis';
const analysis4 = () => `bab3a.${seed.sasaranId}.analisis_4`;

describe('starting a reviu', () => {
  it('is the evaluator’s: a planner is refused, a second start conflicts, readers see nothing in progress', async () => {
    const before = await getReview(evaluator);
    expect([before.review, before.may.start]).toEqual([null, true]);
    expect(before.sections.map((s: Json) => s.key)).toEqual(expect.arrayContaining(['umum', ISU, analysis4(), 'bab3b']));
    expect((await getReview(planner)).may.start).toBe(false);
    expect((await post(reviewUrl(), planner, {})).statusCode).toBe(403);
    const started = await post(reviewUrl(), evaluator, {});
    expect(started.statusCode, started.body).toBe(201);
    expect(started.json().review).toMatchObject({ status: 'in_review', counts: { open: 0, answered: 0, resolved: 0 } });
    expect((await post(reviewUrl(), evaluator, {})).statusCode).toBe(409);
    const asReader = await h.inject({ method: 'GET', url: reviewUrl(), as: reader });
    expect(asReader.statusCode).toBe(403);
  });
});

describe('bad input', () => {
  it('answers 4xx with field messages and writes nothing', async () => {
    const reviewId = (await getReview(evaluator)).review.id;
    const url = `/api/lkjip/reviews/${reviewId}/notes`;
    const shape = await post(url, evaluator, { sectionKey: ISU, text: '   ', severity: 'urgent' });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.fields.map((f: Json) => f.field)).toEqual(expect.arrayContaining(['body.text', 'body.severity']));
    const unknown = await post(url, evaluator, { sectionKey: 'bab9.tidak_ada', text: 'Catatan', severity: 'low' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fields).toEqual([
      { field: 'body.sectionKey', message: expect.stringContaining('bab9.tidak_ada') },
    ]);
    const byPlanner = await post(url, planner, { sectionKey: ISU, text: 'Catatan', severity: 'low' });
    expect(byPlanner.statusCode).toBe(403);
    const conclude = await post(`/api/lkjip/reviews/${reviewId}/conclude`, evaluator, { outcome: 'accepted', version: 1 });
    expect(conclude.statusCode).toBe(400);
    expect(conclude.json().error.fields.map((f: Json) => f.field)).toContain('body.conclusion');
    expect(await noteCount()).toBe(0);
    expect((await getReview(evaluator)).review).toMatchObject({ status: 'in_review', version: 1 });
  });
});

describe('the full reviu', () => {
  let reviewId: string;
  const addNote = (sectionKey: string, text: string, severity: string) =>
    post(`/api/lkjip/reviews/${reviewId}/notes`, evaluator, { sectionKey, text, severity });
  const noteAction = (note: Json, action: string, as: Session, extra: object = {}) =>
    post(`/api/lkjip/review-notes/${note.id}/${action}`, as, { version: note.version, ...extra });

  it('groups the evaluator’s notes by section in outline order', async () => {
    reviewId = (await getReview(evaluator)).review.id;
    expect((await addNote(analysis4(), 'Sebutkan standar nasional yang dipakai.', 'medium')).statusCode).toBe(201);
    expect((await addNote(ISU, 'Isu strategis belum dikaitkan dengan sasaran.', 'high')).statusCode).toBe(201);
    const last = await addNote('umum', 'Lampirkan PK perubahan bila ada.', 'low');
    expect(last.statusCode).toBe(201);
    const groups = last.json().review.groups;
    expect(groups.map((g: Json) => g.sectionKey)).toEqual(['umum', ISU, analysis4()]);
    expect(groups[1]).toMatchObject({
      title: 'Aspek strategis dan permasalahan utama',
      notes: [{ severity: 'high', status: 'open' }],
    });
    expect(last.json().review.counts).toEqual({ open: 3, answered: 0, resolved: 0 });
  });

  it('lets the evaluator edit a note (optimistic version; unknown section 422)', async () => {
    const general = notesOf(await getReview(evaluator)).find((n) => n.sectionKey === 'umum')!;
    const url = `/api/lkjip/review-notes/${general.id}`;
    const edit = (payload: object) => h.inject({ method: 'PUT', url, as: evaluator, payload });
    const body = { sectionKey: 'lampiran', text: 'Lampirkan PK perubahan tahun 2026.', severity: 'medium' };
    expect((await edit({ ...body, sectionKey: 'bab9', version: general.version })).statusCode).toBe(422);
    const saved = await edit({ ...body, version: general.version });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(notesOf(saved.json()).find((n) => n.id === general.id)).toMatchObject({ ...body, version: general.version + 1 });
    expect((await edit({ ...body, text: 'Lama', version: general.version })).statusCode).toBe(409);
    expect((await h.inject({ method: 'PUT', url, as: planner, payload: { ...body, version: 2 } })).statusCode).toBe(403);
  });

  it('refuses to accept while notes are unresolved, naming each of them (409), and changes nothing', async () => {
    const view = await getReview(evaluator);
    const res = await post(`/api/lkjip/reviews/${reviewId}/conclude`, evaluator, {
      outcome: 'accepted',
      conclusion: 'Diterima.',
      version: view.review.version,
    });
    expect(res.statusCode).toBe(409);
    const fields = res.json().error.fields;
    expect(fields.map((f: Json) => f.field).sort()).toEqual(
      notesOf(view)
        .map((n) => `notes.${n.id}`)
        .sort(),
    );
    const isuNote = notesOf(view).find((n) => n.sectionKey === ISU)!;
    const isuField = fields.find((f: Json) => f.field === `notes.${isuNote.id}`);
    expect(isuField.message).toContain('Aspek strategis dan permasalahan utama');
    expect(isuField.message).toContain('Isu strategis belum dikaitkan');
    expect((await getReview(evaluator)).review).toMatchObject({ status: 'in_review', concludedAt: null });
  });

  it('requests revisions; the OPD answers (another OPD’s planner and the evaluator may not)', async () => {
    const view = await getReview(evaluator);
    const asked = await post(`/api/lkjip/reviews/${reviewId}/conclude`, evaluator, {
      outcome: 'revisions_requested',
      conclusion: 'Perbaiki sesuai catatan.',
      version: view.review.version,
    });
    expect(asked.statusCode, asked.body).toBe(200);
    expect(asked.json().review.status).toBe('revisions_requested');
    const [first] = notesOf(asked.json());
    expect((await noteAction(first!, 'response', otherPlanner, { response: 'Bukan OPD kami' })).statusCode).toBe(403);
    expect((await noteAction(first!, 'response', evaluator, { response: 'Evaluator' })).statusCode).toBe(403);
    expect((await h.inject({ method: 'GET', url: reviewUrl(), as: otherPlanner })).statusCode).toBe(403);
    let latest = asked.json();
    for (const note of notesOf(asked.json())) {
      const res = await noteAction(note, 'response', planner, { response: `Sudah diperbaiki: ${note.sectionKey}` });
      expect(res.statusCode, res.body).toBe(200);
      latest = res.json();
    }
    expect(latest.review.counts).toEqual({ open: 0, answered: 3, resolved: 0 });
    const stale = await noteAction(first!, 'response', planner, { response: 'Versi lama' });
    expect(stale.statusCode).toBe(409);
  });

  it('resolves, reopens back to answered, resolves again and accepts (stale version 409 first)', async () => {
    const view = await getReview(evaluator);
    let latest = view;
    for (const note of notesOf(view)) latest = (await noteAction(note, 'resolve', evaluator)).json();
    expect(latest.review.counts).toEqual({ open: 0, answered: 0, resolved: 3 });
    const target = notesOf(latest)[0]!;
    expect((await noteAction(target, 'reopen', planner)).statusCode).toBe(403);
    const reopened = (await noteAction(target, 'reopen', evaluator)).json();
    const again = notesOf(reopened).find((n) => n.id === target.id)!;
    expect([again.status, again.resolvedAt]).toEqual(['answered', null]);
    const resolved = (await noteAction(again, 'resolve', evaluator)).json();
    const conclude = (version: number) =>
      post(`/api/lkjip/reviews/${reviewId}/conclude`, evaluator, { outcome: 'accepted', conclusion: 'LKjIP diterima.', version });
    expect((await conclude(view.review.version)).statusCode).toBe(409);
    const accepted = await conclude(resolved.review.version);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json().review).toMatchObject({ status: 'accepted', conclusion: 'LKjIP diterima.', may: { addNote: false } });
    const audit = await db().selectFrom('audit_log').select('action').where('object_id', '=', reviewId).execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['lkjip.review.started', 'lkjip.review.concluded']));
  });

  it('is closed once accepted, and readers of the tenant may see it', async () => {
    expect((await addNote('umum', 'Terlambat', 'low')).statusCode).toBe(409);
    const seen = await h.inject({ method: 'GET', url: reviewUrl(), as: reader });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().review.status).toBe('accepted');
    const list = await h.inject({ method: 'GET', url: `/api/lkjip/reviews?year=${YEAR}`, as: reader });
    expect(list.json().items).toEqual([
      expect.objectContaining({ reportId, status: 'accepted', counts: { open: 0, answered: 0, resolved: 3 } }),
    ]);
  });
});

describe('another tenant', () => {
  it('answers 404 for the report’s review, the review and its notes', async () => {
    const evaluatorB = await h.loginAs(h.tenants.b, 'evaluator');
    const view = await getReview(evaluator);
    const note = notesOf(view)[0]!;
    const calls = [
      h.inject({ method: 'GET', url: reviewUrl(), as: evaluatorB }),
      post(`/api/lkjip/reviews/${view.review.id}/notes`, evaluatorB, { sectionKey: 'umum', text: 'x', severity: 'low' }),
      post(`/api/lkjip/review-notes/${note.id}/reopen`, evaluatorB, { version: note.version }),
    ];
    for (const res of await Promise.all(calls)) expect(res.statusCode, res.body).toBe(404);
    expect(await noteCount()).toBe(3);
  });
});
