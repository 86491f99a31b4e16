/**
 * LKE evaluation over HTTP: an OPD opens and self-assesses, submits; the evaluator sets final answers; unanswered
 * criteria and a kerangka logis violation block finalisation and are named; the final predikat is the engine's for
 * the same answers (the §3.4 worked example, 67.44 → B); readers see only final results; bad input writes nothing;
 * another tenant's evaluation is a 404.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { LKE_88_2021, PREDIKAT_88_2021, predikatFor, scoreEvaluation, whatIf } from '../../src/modules/evaluation/index.ts';
import { workedExampleAnswers } from '../../src/modules/evaluation/scoring/worked-example.fixture.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const E = '/api/evaluation/evaluations';
let h: Harness;
let kominfo: Session; // planner of DISKOMINFO
let dinkes: Session; // planner of DINKES
let evaluator: Session;
let staf: Session;
let kominfoId: string;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests
type Json = Record<string, any>;
const send = (method: 'POST' | 'PUT', url: string, as: Session, payload: object) => h.inject({ method, url, as, payload });
const get = (url: string, as: Session) => h.inject({ method: 'GET', url, as });
function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200): Json {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Json;
}
const asList = (answers: Record<string, string>) =>
  Object.entries(answers).map(([criterionId, answer]) => ({ criterionId, answer }));
const tableSnapshot = async () => {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const rows = async (t: 'evaluations' | 'evaluation_answers' | 'evaluation_templates') =>
    db.selectFrom(t).selectAll().orderBy('id').execute();
  return JSON.stringify([await rows('evaluations'), await rows('evaluation_answers'), await rows('evaluation_templates')]);
};

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  kominfoId = await h.unitId(a, 'DISKOMINFO');
  kominfo = await plannerIn(h, a, kominfoId);
  dinkes = await plannerIn(h, a, await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan'));
  evaluator = await h.loginAs(a, 'evaluator');
  staf = await h.loginAs(a, 'staf');
});
afterAll(async () => h?.close());

describe('the evaluation of an OPD', () => {
  const worked = workedExampleAnswers();
  let ev: Json;

  it('is opened by the OPD once (409 on a duplicate), not by another OPD or staf', async () => {
    const body = { unitId: kominfoId, year: 2026 };
    expect((await send('POST', E, dinkes, body)).statusCode).toBe(403);
    expect((await send('POST', E, staf, body)).statusCode).toBe(403);
    ev = ok(await send('POST', E, kominfo, body), 201);
    expect(ev).toMatchObject({ status: 'self_assessment', year: 2026, unitId: kominfoId, template: { builtIn: true } });
    const criteria = ev.worksheet.flatMap((c: Json) => c.subComponents.flatMap((s: Json) => s.criteria));
    expect(criteria).toHaveLength(80);
    const dup = await send('POST', E, evaluator, body);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('conflict');
  });

  it('refuses bad input with field messages and writes nothing', async () => {
    const before = await tableSnapshot();
    const bad = await send('PUT', `${E}/${ev.id}/self-answers`, kominfo, {
      version: ev.version,
      answers: [
        { criterionId: '1.a.1', answer: 'Y' },
        { criterionId: '9.z.9', answer: 'Y' },
        { criterionId: '1.b.1', answer: 'Y' },
        {
          criterionId: '1.a.2',
          answer: 'Y',
          evidence: [{ kind: 'agreement', id: '01900000-0000-7000-8000-00000000abcd', label: 'PK' }],
        },
      ],
    });
    expect(bad.statusCode, bad.body).toBe(422);
    const fields = bad.json().error.fields.map((f: Json) => f.field);
    expect(fields).toEqual(['body.answers.1.criterionId', 'body.answers.2.answer', 'body.answers.3.evidence.0.id']);
    expect(bad.json().error.fields[0].message).toMatch(/tidak ada di templat/);
    const shape = await send('PUT', `${E}/${ev.id}/self-answers`, kominfo, { version: 'x', answers: [] });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().error.fields.map((f: Json) => f.field)).toEqual(expect.arrayContaining(['body.version', 'body.answers']));
    const year = await send('POST', E, kominfo, { unitId: kominfoId, year: 'dua ribu' });
    expect(year.statusCode).toBe(400);
    const notOpd = await send('POST', E, evaluator, { unitId: '01900000-0000-7000-8000-00000000abcd', year: 2026 });
    expect(notOpd.statusCode).toBe(422);
    expect(notOpd.json().error.fields[0].field).toBe('body.unitId');
    expect(await tableSnapshot()).toBe(before);
  });

  it('takes the OPD’s self answers (not the evaluator’s, not another OPD’s) and scores them live', async () => {
    const payload = { version: ev.version, answers: asList(worked) };
    expect((await send('PUT', `${E}/${ev.id}/self-answers`, evaluator, payload)).statusCode).toBe(403);
    expect((await send('PUT', `${E}/${ev.id}/self-answers`, dinkes, payload)).statusCode).toBe(403);
    ev = ok(await send('PUT', `${E}/${ev.id}/self-answers`, kominfo, payload));
    const expected = scoreEvaluation(LKE_88_2021, worked);
    expect(ev.self.score.total).toBe(expected.total);
    expect(ev.self.score.total).toBe('67.44'); // domain notes §3.4
    expect(ev.self.predikat.code).toBe('B');
    expect(ev.final.score.total).toBe('0.00');
    const stale = await send('PUT', `${E}/${ev.id}/self-answers`, kominfo, { ...payload, version: ev.version - 1 });
    expect(stale.statusCode).toBe(409);
  });

  it('is hidden from readers while unfinished, and is submitted to the evaluator', async () => {
    expect((await get(`${E}/${ev.id}`, staf)).statusCode).toBe(403);
    expect(ok(await get(`${E}?year=2026`, staf)).items).toEqual([]);
    ev = ok(await send('POST', `${E}/${ev.id}/submit`, kominfo, { version: ev.version }));
    expect(ev.status).toBe('evaluating');
    const late = await send('PUT', `${E}/${ev.id}/self-answers`, kominfo, { version: ev.version, answers: asList(worked) });
    expect(late.statusCode).toBe(409);
  });

  it('blocks finalisation while criteria are unanswered or a kerangka logis rule is broken, naming them', async () => {
    const empty = await send('POST', `${E}/${ev.id}/finalise`, evaluator, { version: ev.version });
    expect(empty.statusCode).toBe(409);
    expect(empty.json().error.fields).toHaveLength(80);
    const broken = { ...worked, '2.a.1': 'T' };
    expect(worked['2.b.4']).not.toBe('E');
    ev = ok(await send('PUT', `${E}/${ev.id}/final-answers`, evaluator, { version: ev.version, answers: asList(broken) }));
    expect(ev.blockers.violations.map((v: Json) => v.criterionId)).toEqual(['2.b.4']);
    const res = await send('POST', `${E}/${ev.id}/finalise`, evaluator, { version: ev.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fields).toEqual([{ field: 'criteria.2.b.4', message: expect.stringContaining('2.a.1') }]);
    expect(ok(await get(`${E}/${ev.id}`, evaluator)).status).toBe('evaluating');
  });

  it('finalises with the predikat the engine gives for the same answers', async () => {
    ev = ok(
      await send('PUT', `${E}/${ev.id}/final-answers`, evaluator, {
        version: ev.version,
        answers: [{ criterionId: '2.a.1', answer: 'Y', note: 'Pedoman ada (Perbup 12/2025)' }],
      }),
    );
    expect((await send('POST', `${E}/${ev.id}/finalise`, kominfo, { version: ev.version })).statusCode).toBe(403);
    ev = ok(await send('POST', `${E}/${ev.id}/finalise`, evaluator, { version: ev.version }));
    const score = scoreEvaluation(LKE_88_2021, worked);
    const predikat = predikatFor(score.exactTotal, PREDIKAT_88_2021);
    expect(ev.status).toBe('final');
    expect(ev.finalResult).toMatchObject({ total: score.total, exactTotal: score.exactTotal, predikat: { code: predikat.code } });
    expect([ev.finalResult.total, ev.finalResult.predikat.code]).toEqual(['67.44', 'B']);
    expect(ev.finalResult.predikat.interpretation).toBe(predikat.interpretation);
    const row = await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
      .selectFrom('evaluations')
      .selectAll()
      .where('id', '=', ev.id)
      .executeTakeFirstOrThrow();
    expect([row.final_total, row.final_predikat]).toEqual([score.total, predikat.code]);
  });

  it('shows final results to every reader, listed per year and per OPD, with the what-if', async () => {
    expect(ok(await get(`${E}/${ev.id}`, staf)).finalResult.predikat.code).toBe('B');
    const byYear = ok(await get(`${E}?year=2026`, staf)).items;
    expect(byYear).toEqual([expect.objectContaining({ id: ev.id, total: '67.44', predikat: 'B', status: 'final' })]);
    expect(ok(await get(`${E}?unitId=${kominfoId}`, staf)).items.map((i: Json) => i.year)).toEqual([2026]);
    const wi = ok(await get(`${E}/${ev.id}/what-if`, staf));
    const engine = whatIf(LKE_88_2021, worked, PREDIKAT_88_2021);
    expect(wi.basis).toBe('final');
    expect(wi.nextPredikat.target.code).toBe('BB');
    expect(wi.nextPredikat.steps).toEqual(engine.nextPredikat?.steps);
    expect(wi.ranked[0]).toEqual(engine.ranked[0]);
  });

  it('is reopened by the evaluator only, dropping the snapshot', async () => {
    const reopen = { version: ev.version, reason: 'Bukti 3.a.4 perlu diperiksa ulang' };
    expect((await send('POST', `${E}/${ev.id}/reopen`, kominfo, reopen)).statusCode).toBe(403);
    ev = ok(await send('POST', `${E}/${ev.id}/reopen`, evaluator, reopen));
    expect([ev.status, ev.finalResult]).toEqual(['evaluating', null]);
    expect((await get(`${E}/${ev.id}`, staf)).statusCode).toBe(403);
  });

  it('answers 404 to another tenant, even to its evaluator', async () => {
    const evaluatorB = await h.loginAs(h.tenants.b, 'evaluator');
    expect((await get(`${E}/${ev.id}`, evaluatorB)).statusCode).toBe(404);
    const put = await send('PUT', `${E}/${ev.id}/final-answers`, evaluatorB, {
      version: ev.version,
      answers: [{ criterionId: '1.a.1', answer: 'T' }],
    });
    expect(put.statusCode).toBe(404);
    expect(ok(await get(`${E}?year=2026`, evaluatorB)).items).toEqual([]);
  });
});

describe('tenant templates', () => {
  const T = '/api/evaluation/templates';
  const own = {
    ...{ code: 'lke-opd-karanganyar', version: '2026', name: 'LKE OPD Karanganyar 2026', rules: [] },
    components: [
      {
        ...{ id: 'P', name: 'Perencanaan', weight: '100' },
        subComponents: [
          {
            ...{ id: 'P.a', name: 'Pemenuhan', weight: '100', method: 'mean' },
            criteria: [{ id: 'P.a.1', text: 'Ada Renstra', answerType: 'yt' }],
          },
        ],
      },
    ],
  };

  it('refuses an invalid template with field messages and writes nothing', async () => {
    const before = await tableSnapshot();
    const bad = { ...own, components: [{ ...own.components[0], weight: '90' }] };
    const res = await send('POST', T, evaluator, { template: bad });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().error.fields.map((f: Json) => f.field)).toEqual(['body.template', 'body.template.P']);
    expect((await send('POST', T, kominfo, { template: own })).statusCode).toBe(403);
    expect(await tableSnapshot()).toBe(before);
  });

  it('adds a draft version that becomes usable once active', async () => {
    const made = ok(await send('POST', T, evaluator, { template: own }), 201);
    expect(made).toMatchObject({ builtIn: false, status: 'draft', code: own.code });
    expect((await send('POST', T, evaluator, { template: own })).statusCode).toBe(409);
    const body = { unitId: kominfoId, year: 2026, templateCode: own.code, templateVersion: own.version };
    expect((await send('POST', E, evaluator, body)).statusCode).toBe(422);
    ok(await send('POST', `${T}/${made.id}/status`, evaluator, { status: 'active', version: made.rowVersion }));
    const ev = ok(await send('POST', E, evaluator, body), 201);
    expect(ev.template).toMatchObject({ code: own.code, builtIn: false });
    expect(ok(await get(T, staf)).items.map((t: Json) => t.code)).toEqual([LKE_88_2021.code, own.code]);
  });
});
