/** Sakip Desa evaluation over HTTP: answers, finalisation, bands from settings, ranking with ties, dashboard, recap, access. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { IDM_INDICATORS, VILLAGE_WORKSHEET } from '../../src/modules/villages/index.ts';
import { newId } from '../../src/shared/ids.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { pdftotext } from '../support/poppler.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let dpmd: Session; // admin + perencana: evaluates as an admin holding villages.idm.manage
let staf: Session;
let planner: Session; // perencana outside DPMD
let operator: Session;
let adminB: Session;
/** Three desa of one kecamatan (k1) and three of another (k2). */
let k1: { id: string; name: string }[];
let k2: { id: string; name: string }[];
let kecamatanIds: [string, string];
const YEAR = 2025;
const ids: Record<string, string> = {};

const dbA = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });

async function desaOf(kecamatanId: string) {
  return dbA()
    .selectFrom('regions')
    .select(['id', 'name'])
    .where('level', '=', 'desa')
    .where('parent_id', '=', kecamatanId)
    .orderBy('code')
    .limit(3)
    .execute();
}

beforeAll(async () => {
  h = await startHarness();
  await dbA().insertInto('user_roles', { user_id: h.tenants.a.users.admin.id, role: 'perencana' }).execute();
  dpmd = await h.loginAs(h.tenants.a, 'admin');
  staf = await h.loginAs(h.tenants.a, 'staf');
  planner = await h.loginAs(h.tenants.a, 'perencana');
  operator = await h.loginAs(h.tenants.a, 'operator_desa');
  adminB = await h.loginAs(h.tenants.b, 'admin');
  const kec = await dbA().selectFrom('regions').select('id').where('level', '=', 'kecamatan').orderBy('code').limit(2).execute();
  kecamatanIds = [kec[0]!.id, kec[1]!.id];
  [k1, k2] = [await desaOf(kecamatanIds[0]), await desaOf(kecamatanIds[1])];
  expect([k1.length, k2.length]).toEqual([3, 3]);
});
afterAll(async () => h?.close());

const ONE = (id: string) => `/api/villages/evaluations/${id}`;
const create = (regionId: string, as = dpmd) =>
  h.inject({ method: 'POST', url: '/api/villages/evaluations', as, payload: { regionId, year: YEAR } });
const answer = (id: string, answers: Record<string, string | null>, version: number, as = dpmd) =>
  h.inject({
    method: 'PUT',
    url: `${ONE(id)}/answers`,
    as,
    payload: { answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, { answer: a, note: null }])), version },
  });
const finalise = (id: string, version: number, as = dpmd) =>
  h.inject({ method: 'POST', url: `${ONE(id)}/finalise`, as, payload: { version } });
const bandsUrl = '/api/villages/evaluation-settings/bands';

/** The best option of every criterion of the default worksheet. */
function bestAnswers(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const c of VILLAGE_WORKSHEET.components)
    for (const s of c.subComponents)
      for (const k of s.criteria) {
        const t = k.answerType;
        out[k.id] = t === 'yt' ? 'Y' : t === 'abcde' ? 'A' : t.options.find((o) => o.value === '1')!.code;
      }
  return out;
}

/** A one-criterion worksheet whose option values × 100 are the scores the boundary tests need. */
const BOUNDARY_WORKSHEET = {
  code: 'uji-batas',
  version: '1',
  name: 'Uji batas kategori',
  components: [
    {
      ...{ id: 'K', name: 'Satu komponen', weight: '100' },
      subComponents: [
        {
          ...{ id: 'K.a', name: 'Satu sub', weight: '100', method: 'mean' },
          criteria: [
            {
              id: 'K.a.1',
              text: 'Nilai uji',
              answerType: {
                options: [
                  { code: 'P', label: '70.99', value: '0.7099' },
                  { code: 'Q', label: '71', value: '0.71' },
                  { code: 'R', label: '50', value: '0.5' },
                ],
              },
            },
          ],
        },
      ],
    },
  ],
  rules: [],
};

async function evaluate(key: string, regionId: string, answers: Record<string, string>) {
  const made = await create(regionId);
  expect(made.statusCode, made.body).toBe(201);
  const answered = await answer(made.json().id, answers, made.json().version);
  expect(answered.statusCode, answered.body).toBe(200);
  const done = await finalise(made.json().id, answered.json().version);
  expect(done.statusCode, done.body).toBe(200);
  ids[key] = made.json().id;
  return done.json();
}

describe('evaluating a desa', () => {
  it('refuses an unknown option field by field and writes nothing', async () => {
    const made = await create(k1[0]!.id);
    expect(made.statusCode, made.body).toBe(201);
    expect([made.json().status, made.json().template.code, made.json().version]).toEqual(['draft', 'sakip-desa', 1]);
    ids.d1 = made.json().id;
    const bad = await answer(ids.d1, { '1.a.1': 'Y', '1.a.2': 'Z', '9.z.9': 'Y' }, 1);
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toEqual([
      expect.objectContaining({ field: 'body.answers.1.a.2.answer', message: expect.stringMatching(/"Z" tidak diizinkan/) }),
      expect.objectContaining({
        field: 'body.answers.9.z.9.answer',
        message: expect.stringMatching(/tidak ada di lembar kerja/),
      }),
    ]);
    const after = await h.inject({ method: 'GET', url: ONE(ids.d1), as: staf });
    // only the pre-answers of a desa with nothing in Pamong (no RPJMDes → T, no PK → E)
    expect([after.json().version, after.json().answers]).toEqual([
      1,
      {
        '1.a.1': { answer: 'T', note: null, prefilledFrom: 'rpjmdes' },
        '1.b.3': { answer: 'E', note: null, prefilledFrom: 'pk_kepala_desa' },
      },
    ]);
    expect((await create(k1[0]!.id)).statusCode).toBe(409);
  });

  it('blocks finalising with unanswered criteria or a kerangka logis violation', async () => {
    const partial = await answer(ids.d1!, { '1.a.1': 'T', '1.b.1': 'A' }, 1);
    expect(partial.statusCode, partial.body).toBe(200);
    const refused = await finalise(ids.d1!, 2);
    expect(refused.statusCode).toBe(422);
    const fields = refused.json().error.fields.map((f: { field: string }) => f.field);
    expect(fields).toContain('answers.1.b.1');
    expect(fields).toContain('answers.5.a.3');
    expect((await h.inject({ method: 'GET', url: ONE(ids.d1!), as: staf })).json().status).toBe('draft');
  });

  it('finalises with the stored snapshot and then freezes the answers', async () => {
    expect((await answer(ids.d1!, bestAnswers(), 1)).statusCode).toBe(409); // stale version
    const answered = await answer(ids.d1!, bestAnswers(), 2);
    expect(answered.json().score.total).toBe('100.00');
    const done = await finalise(ids.d1!, answered.json().version);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().final).toMatchObject({ exactTotal: '100', total: '100.00', bandCode: 'A' });
    expect(done.json().band).toMatchObject({ code: 'A', inferred: true });
    const row = await dbA().selectFrom('village_evaluations').selectAll().where('id', '=', ids.d1!).executeTakeFirstOrThrow();
    expect([row.status, row.final_total, row.final_band_code]).toEqual(['final', '100.00', 'A']);
    const again = await answer(ids.d1!, { '1.a.1': 'T' }, done.json().version);
    expect(again.statusCode).toBe(403);
    expect(again.json().error.message).toMatch(/sudah final/);
  });
});

describe('bands and ranking', () => {
  it('uses a tenant worksheet for new evaluations and bands 70.99 as C and 71.00 as B', async () => {
    const saved = await h.inject({
      method: 'PUT',
      url: '/api/villages/evaluation-worksheet',
      as: dpmd,
      payload: { template: BOUNDARY_WORKSHEET },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const c = await evaluate('d2', k1[1]!.id, { 'K.a.1': 'P' });
    expect([c.template.code, c.final.total, c.final.bandCode]).toEqual(['uji-batas', '70.99', 'C']);
    const b = await evaluate('d3', k1[2]!.id, { 'K.a.1': 'Q' });
    expect([b.final.total, b.final.bandCode]).toEqual(['71.00', 'B']);
    await evaluate('d4', k2[0]!.id, { 'K.a.1': 'Q' });
    const d = await evaluate('d5', k2[1]!.id, { 'K.a.1': 'R' });
    expect(d.final.bandCode).toBe('D');
    expect((await create(k2[2]!.id)).statusCode).toBe(201); // a draft: not ranked
  });

  it('ranks the kabupaten with ties sharing a rank, and each kecamatan on its own', async () => {
    const res = await h.inject({ method: 'GET', url: `/api/villages/rankings?year=${YEAR}`, as: staf });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    const byDesa = new Map(view.rows.map((r: { regionId: string }) => [r.regionId, r]));
    const rankOf = (desa: { id: string }) =>
      byDesa.get(desa.id) as { rank: number; kecamatanRank: number; band: { code: string } };
    expect([k1[0], k1[2], k2[0], k1[1], k2[1]].map((d) => rankOf(d!).rank)).toEqual([1, 2, 2, 4, 5]);
    expect([k1[0], k1[2], k1[1]].map((d) => rankOf(d!).kecamatanRank)).toEqual([1, 2, 3]);
    expect([k2[0], k2[1]].map((d) => rankOf(d!).kecamatanRank)).toEqual([1, 2]);
    expect(view.rows.map((r: { band: { code: string } }) => r.band.code)).toEqual(['A', 'B', 'B', 'C', 'D']);
    const total = (await dbA().selectFrom('regions').select('id').where('level', '=', 'desa').execute()).length;
    expect(view.notEvaluated).toBe(total - 5);
    const one = await h.inject({
      method: 'GET',
      url: `/api/villages/rankings?year=${YEAR}&kecamatanId=${kecamatanIds[1]}`,
      as: staf,
    });
    expect(one.json().rows.map((r: { regionId: string; kecamatanRank: number }) => [r.regionId, r.kecamatanRank])).toEqual([
      [k2[0]!.id, 1],
      [k2[1]!.id, 2],
    ]);
  });

  it('refuses broken band settings field by field and writes nothing', async () => {
    const current = (await h.inject({ method: 'GET', url: bandsUrl, as: staf })).json();
    expect([current.version, current.isDefault, current.canEdit]).toEqual([0, true, false]);
    expect(
      current.bands.map((b: { code: string; inferred: boolean; from: string; to: string }) => [b.code, b.inferred, b.from, b.to]),
    ).toEqual([
      ['A', true, '86.00', '100.00'],
      ['B', false, '71.00', '85.99'],
      ['C', false, '56.00', '70.99'],
      ['D', true, '0.00', '55.99'],
    ]);
    const bands = current.bands.map(({ code, label, lo, hi, inferred }: Record<string, unknown>) => ({
      code,
      label,
      lo,
      hi,
      inferred,
    }));
    const gap = bands.map((b: { code: string }) => (b.code === 'B' ? { ...b, lo: '71' } : b));
    const res = await h.inject({ method: 'PUT', url: bandsUrl, as: dpmd, payload: { bands: gap, version: 0 } });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fields).toEqual([
      expect.objectContaining({ field: 'body.bands', message: expect.stringMatching(/bersambung/) }),
    ]);
    const dup = bands.map((b: { code: string }) => (b.code === 'D' ? { ...b, code: 'C' } : b));
    const dupRes = await h.inject({ method: 'PUT', url: bandsUrl, as: dpmd, payload: { bands: dup, version: 0 } });
    expect(dupRes.json().error.fields.map((f: { message: string }) => f.message)).toContain('Kode kategori tidak boleh ganda.');
    const notNumber = await h.inject({
      method: 'PUT',
      url: bandsUrl,
      as: dpmd,
      payload: { bands: [{ ...bands[0], lo: 'x' }], version: 0 },
    });
    expect(notNumber.statusCode).toBe(400);
    expect(await dbA().selectFrom('village_band_settings').select('code').execute()).toEqual([]);
  });

  it('applies saved settings to the ranking and shows the band stored at finalisation', async () => {
    const bands = (await h.inject({ method: 'GET', url: bandsUrl, as: dpmd })).json().bands;
    const moved = bands.map(({ code, label, lo, hi, inferred }: Record<string, string>) => ({
      ...{ code, label, inferred },
      lo: code === 'B' ? '69.99' : lo,
      hi: code === 'C' ? '69.99' : hi,
    }));
    const saved = await h.inject({ method: 'PUT', url: bandsUrl, as: dpmd, payload: { bands: moved, version: 0 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().version).toBe(1);
    expect((await h.inject({ method: 'PUT', url: bandsUrl, as: dpmd, payload: { bands: moved, version: 0 } })).statusCode).toBe(
      409,
    );
    const ranking = (await h.inject({ method: 'GET', url: `/api/villages/rankings?year=${YEAR}`, as: staf })).json();
    const d2 = ranking.rows.find((r: { regionId: string }) => r.regionId === k1[1]!.id);
    expect([d2.score, d2.band.code, d2.finalBandCode, d2.bandChanged]).toEqual(['70.99', 'B', 'C', true]);
    const back = moved.map((b: { code: string }) => bands.find((x: { code: string }) => x.code === b.code));
    const restore = back.map(({ code, label, lo, hi, inferred }: Record<string, string>) => ({ code, label, lo, hi, inferred }));
    expect((await h.inject({ method: 'PUT', url: bandsUrl, as: dpmd, payload: { bands: restore, version: 1 } })).statusCode).toBe(
      200,
    );
  });
});

const AT = '2026-01-05T00:00:00.000Z';

/** A mandated result of the year, inserted directly (the accountability routes are another module's subject). */
async function mandatoryResult(code: string, kind: 'households' | 'children' | 'ikm', aggregation: 'cumulative' | 'last') {
  const id = newId();
  await dbA()
    .insertInto('village_mandatory_results', {
      ...{ id, year: YEAR, code, name: code, unit: 'x', polarity: 'maximize', aggregation, evidence_kind: kind },
      ...{ rule_kind: 'none', rule_percent: null, rule_base_key: null, rule_value: null, version: 1 },
      ...{ created_at: AT, updated_at: AT, updated_by: null },
    })
    .execute();
  return id;
}

async function target(regionId: string, mandatoryResultId: string, value: string) {
  await dbA()
    .insertInto('village_targets', {
      ...{ region_id: regionId, mandatory_result_id: mandatoryResultId, year: YEAR, derived_value: value, value },
      ...{ q1: null, q2: null, q3: null, q4: null, overridden_by: null, override_reason: null, overridden_at: null },
      ...{ version: 1, updated_at: AT },
    })
    .execute();
}

async function realisasi(
  regionId: string,
  mandatoryResultId: string,
  quarter: 'Q1' | 'Q2' | 'Q3' | 'Q4',
  value: string,
  status = 'verified',
) {
  await dbA()
    .insertInto('village_realizations', {
      ...{ id: newId(), client_id: newId(), body_hash: 'h', region_id: regionId, year: YEAR, quarter },
      ...{ mandatory_result_id: mandatoryResultId, indicator_id: null, value, note: null, status: status as 'verified' },
      ...{ return_note: null, review_note: null, submitted_at: AT, submitted_by: null, reviewed_at: AT, reviewed_by: null },
      ...{ version: 1, created_at: AT, created_by: null, updated_at: AT },
    })
    .execute();
}

describe('dashboard and recap', () => {
  it('sums households lifted against target and averages stunting and IKM per kecamatan from verified realisasi', async () => {
    const [kk, stunting, ikm] = [
      await mandatoryResult('KEMISKINAN', 'households', 'cumulative'),
      await mandatoryResult('STUNTING', 'children', 'last'),
      await mandatoryResult('IKM', 'ikm', 'last'),
    ];
    await target(k1[0]!.id, kk, '64');
    await target(k1[1]!.id, kk, '40');
    await realisasi(k1[0]!.id, kk, 'Q1', '8');
    await realisasi(k1[0]!.id, kk, 'Q2', '12');
    await realisasi(k1[1]!.id, kk, 'Q1', '5');
    await realisasi(k1[1]!.id, kk, 'Q2', '30', 'submitted'); // not verified: not counted
    await realisasi(k1[0]!.id, stunting, 'Q1', '20');
    await realisasi(k1[0]!.id, stunting, 'Q3', '15.5'); // the latest verified quarter counts
    await realisasi(k1[1]!.id, stunting, 'Q2', '12');
    await realisasi(k1[2]!.id, ikm, 'Q4', '80.125');
    const view = (await h.inject({ method: 'GET', url: `/api/villages/evaluation-dashboard?year=${YEAR}`, as: staf })).json();
    const first = view.accountability.find((k: { kecamatanId: string }) => k.kecamatanId === kecamatanIds[0]);
    expect(first).toMatchObject({
      ...{ householdsLifted: '25', householdsTarget: '104', stuntingPrevalence: '13.75', stuntingDesa: 2 },
      ...{ ikm: '80.13', ikmDesa: 1 },
    });
    const second = view.accountability.find((k: { kecamatanId: string }) => k.kecamatanId === kecamatanIds[1]);
    expect(second).toMatchObject({ householdsLifted: '0', householdsTarget: null, stuntingPrevalence: null, ikm: null });
  });

  it('counts desa per band and per IDM status, with the top and bottom of the ranking', async () => {
    const idm = Object.fromEntries(IDM_INDICATORS.map((i) => [i.code, 5]));
    const put = await h.inject({
      method: 'PUT',
      url: `/api/villages/idm/desa/${k1[0]!.id}/years/${YEAR}`,
      as: dpmd,
      payload: { scores: idm, version: null },
    });
    expect(put.statusCode, put.body).toBe(200);
    const res = await h.inject({ method: 'GET', url: `/api/villages/evaluation-dashboard?year=${YEAR}`, as: staf });
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view.bandCounts).toEqual({ A: 1, B: 2, C: 1, D: 1, none: view.totalDesa - 5 });
    expect([view.idmCounts.mandiri, view.idmCounts.none]).toEqual([1, view.totalDesa - 1]);
    const first = view.perKecamatan.find((k: { kecamatanId: string }) => k.kecamatanId === kecamatanIds[0]);
    expect([first.evaluated, first.bandCounts.A, first.bandCounts.B, first.bandCounts.C, first.idmCounts.mandiri]).toEqual([
      3, 1, 1, 1, 1,
    ]);
    expect(view.top[0].regionId).toBe(k1[0]!.id);
    expect(view.bottom[0].regionId).toBe(k2[1]!.id);
  });

  it('prints the ranking as a PDF', async () => {
    const res = await h.inject({ method: 'GET', url: `/api/villages/rankings/recap.pdf?year=${YEAR}`, as: staf });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/pdf/);
    const text = await pdftotext(res.rawPayload);
    expect(text).toContain(`PERINGKAT SAKIP DESA TAHUN ${YEAR}`);
    const lines = text.split('\n');
    for (const [desa, rank, score] of [
      [k1[0]!, '1', '100.00'],
      [k1[1]!, '4', '70.99'],
      [k2[1]!, '5', '50.00'],
    ] as const) {
      const line = lines.find((l) => l.includes(desa.name) && l.includes(score));
      expect(line, desa.name).toBeDefined();
      expect(line!.trim().startsWith(rank)).toBe(true);
    }
  });
});

describe('access', () => {
  it('answers 404 for another tenant’s ids', async () => {
    for (const [method, url] of [
      ['GET', ONE(ids.d2!)],
      ['PUT', `${ONE(ids.d2!)}/answers`],
      ['POST', `${ONE(ids.d2!)}/finalise`],
    ] as const) {
      const payload = method === 'PUT' ? { answers: {}, version: 1 } : method === 'POST' ? { version: 1 } : undefined;
      expect((await h.inject({ method, url, as: adminB, ...(payload ? { payload } : {}) })).statusCode, url).toBe(404);
    }
    expect((await create(k2[2]!.id, adminB)).statusCode).toBe(404);
    const ranking = await h.inject({
      method: 'GET',
      url: `/api/villages/rankings?year=${YEAR}&kecamatanId=${kecamatanIds[0]}`,
      as: adminB,
    });
    expect(ranking.statusCode).toBe(404);
  });

  it('refuses evaluators outside DPMD (403) and changes nothing', async () => {
    const draft = (await h.inject({ method: 'GET', url: `/api/villages/evaluations?year=${YEAR}`, as: staf })).json();
    const draftId = draft.items.find((i: { regionId: string }) => i.regionId === k2[2]!.id).evaluation.id;
    for (const as of [staf, planner]) {
      expect((await create(k1[0]!.id, as)).statusCode).toBe(403);
      const res = await answer(draftId, { 'K.a.1': 'P' }, 1, as);
      expect(res.statusCode).toBe(403);
      expect((await finalise(draftId, 1, as)).statusCode).toBe(403);
      const bands = await h.inject({ method: 'PUT', url: bandsUrl, as, payload: { bands: [], version: 2 } });
      expect(bands.statusCode).not.toBe(200);
    }
    expect((await answer(draftId, { 'K.a.1': 'P' }, 1, planner)).json().error.message).toMatch(/DPMD/);
    const view = (await h.inject({ method: 'GET', url: ONE(draftId), as: staf })).json();
    expect([view.version, view.answers]).toEqual([1, {}]);
    expect((await h.inject({ method: 'GET', url: `/api/villages/rankings?year=${YEAR}`, as: operator })).statusCode).toBe(403);
  });
});
