/**
 * Pre-answers of the village worksheet from Pamong data (RPJMDes, RKPDes, APBDes, the PK Kepala Desa and the quarters
 * reported and verified): on creation and on DPMD's refresh, never over a person's answer, withdrawn when the data goes.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';
import { prefillData } from './village-prefill-data.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

let h: Harness;
let dpmd: Session; // admin + perencana: evaluates as an admin holding villages.idm.manage
let staf: Session;
let adminB: Session;
let k2: { id: string; name: string }[];

const dbA = () => tenantDb({ db: h.db, tenantId: h.tenants.a.id });

beforeAll(async () => {
  h = await startHarness();
  await dbA().insertInto('user_roles', { user_id: h.tenants.a.users.admin.id, role: 'perencana' }).execute();
  dpmd = await h.loginAs(h.tenants.a, 'admin');
  staf = await h.loginAs(h.tenants.a, 'staf');
  adminB = await h.loginAs(h.tenants.b, 'admin');
  const kec = await dbA().selectFrom('regions').select('id').where('level', '=', 'kecamatan').orderBy('code').limit(2).execute();
  k2 = await dbA()
    .selectFrom('regions')
    .select(['id', 'name'])
    .where('level', '=', 'desa')
    .where('parent_id', '=', kec[1]!.id)
    .orderBy('code')
    .limit(2)
    .execute();
  expect(k2.length).toBe(2);
});
afterAll(async () => h?.close());

const ONE = (id: string) => `/api/villages/evaluations/${id}`;
const answer = (id: string, answers: Record<string, string | null>, version: number, as = dpmd) =>
  h.inject({
    method: 'PUT',
    url: `${ONE(id)}/answers`,
    as,
    payload: { answers: Object.fromEntries(Object.entries(answers).map(([k, a]) => [k, { answer: a, note: null }])), version },
  });

const PY = 2024;
const PRE = ['1.a.1', '1.a.2', '1.a.3', '1.b.3', '3.a.1', '3.b.1'];
type ShownAnswer = { answer: string | null; prefilledFrom: string | null };
/** [answer, source] of the pre-answerable criteria (null when no row). */
const shown = (view: { answers: Record<string, ShownAnswer> }) =>
  Object.fromEntries(PRE.map((c) => [c, view.answers[c] ? [view.answers[c].answer, view.answers[c].prefilledFrom] : null]));
const prefill = (id: string, version: number, as = dpmd) =>
  h.inject({ method: 'POST', url: `${ONE(id)}/prefill`, as, payload: { version } });
const auditOf = (id: string) =>
  dbA().selectFrom('audit_log').select(['action', 'data']).where('object_id', '=', id).orderBy('seq').execute();

describe('pre-answers from Pamong data', () => {
  const data = () => prefillData(h, h.tenants.a.id);
  let full: string;
  let budgetId: string;

  it('pre-answers a new evaluation from the desa’s RPJMDes, RKPDes, APBDes, signed PK and realisasi', async () => {
    const desa = k2[0]!.id;
    await data().rpjm(desa, 2015, 'final'); // 2015–2020: does not cover the year
    await data().rpjm(desa, 2021, 'final');
    await data().rkpActivity(desa, PY);
    budgetId = await data().budget(desa, PY);
    await data().agreement(desa, PY, 'signed');
    const results = [await data().mandatoryResult(PY, 'M1'), await data().mandatoryResult(PY, 'M2')];
    for (const r of results) {
      await data().realisasi(desa, PY, r, 'Q1', 'verified');
      await data().realisasi(desa, PY, r, 'Q2', 'submitted');
    }
    await data().realisasi(desa, PY, results[0]!, 'Q3', 'submitted'); // one result only: not a full quarter
    const made = await h.inject({
      method: 'POST',
      url: '/api/villages/evaluations',
      as: dpmd,
      payload: { regionId: desa, year: PY },
    });
    expect(made.statusCode, made.body).toBe(201);
    full = made.json().id;
    expect(shown(made.json())).toEqual({
      ...{ '1.a.1': ['Y', 'rpjmdes'], '1.a.2': ['Y', 'rkpdes'], '1.a.3': ['Y', 'apbdes'], '1.b.3': ['A', 'pk_kepala_desa'] },
      ...{ '3.a.1': ['2', 'realisasi_dilaporkan'], '3.b.1': ['1', 'realisasi_diverifikasi'] },
    });
    expect(Object.keys(made.json().answers).sort()).toEqual([...PRE].sort());
    const [created] = await auditOf(full);
    expect(created!.action).toBe('villages.evaluation_created');
    expect(JSON.parse(created!.data).answered).toEqual(PRE);
  });

  it('gives T, C and 0 quarters for a draft RPJMDes, a PK out for signature and nothing reported', async () => {
    const desa = k2[1]!.id;
    await data().rpjm(desa, 2021, 'draft');
    await data().agreement(desa, PY, 'signing');
    await data().rkpActivity(desa, PY - 1); // other years: not this one's RKPDes / APBDes
    await data().budget(desa, PY + 1);
    const made = await h.inject({
      method: 'POST',
      url: '/api/villages/evaluations',
      as: dpmd,
      payload: { regionId: desa, year: PY },
    });
    expect(made.statusCode, made.body).toBe(201);
    expect(shown(made.json())).toEqual({
      ...{ '1.a.1': ['T', 'rpjmdes'], '1.a.2': null, '1.a.3': null, '1.b.3': ['C', 'pk_kepala_desa'] },
      ...{ '3.a.1': ['0', 'realisasi_dilaporkan'], '3.b.1': ['0', 'realisasi_diverifikasi'] },
    });
  });

  it('never overwrites a person’s answer, refreshes the others and withdraws one whose data is gone', async () => {
    const before = (await h.inject({ method: 'GET', url: ONE(full), as: dpmd })).json();
    const mine = await answer(full, { '1.a.1': 'T', '3.b.1': '1' }, before.version); // a change and a confirmation
    expect(mine.statusCode, mine.body).toBe(200);
    expect(shown(mine.json())).toMatchObject({ '1.a.1': ['T', null], '3.b.1': ['1', null], '1.a.2': ['Y', 'rkpdes'] });
    await dbA()
      .updateTable('village_realizations')
      .set({ status: 'verified' })
      .where('region_id', '=', k2[0]!.id)
      .where('year', '=', PY)
      .where('quarter', '=', 'Q2')
      .execute();
    await dbA().deleteFrom('village_budgets').where('id', '=', budgetId).execute();
    const res = await prefill(full, mine.json().version);
    expect(res.statusCode, res.body).toBe(200);
    expect(shown(res.json())).toEqual({
      ...{ '1.a.1': ['T', null], '1.a.2': ['Y', 'rkpdes'], '1.a.3': [null, null], '1.b.3': ['A', 'pk_kepala_desa'] },
      ...{ '3.a.1': ['2', 'realisasi_dilaporkan'], '3.b.1': ['1', null] },
    });
    expect(res.json().version).toBe(mine.json().version + 1);
    expect((await prefill(full, mine.json().version)).statusCode).toBe(409);
    const last = (await auditOf(full)).at(-1)!;
    expect(last.action).toBe('villages.evaluation_prefilled');
    expect(JSON.parse(last.data)).toEqual({ answered: ['1.a.2', '1.b.3', '3.a.1'], withdrawn: ['1.a.3'] });
  });

  it('refuses a refresh outside DPMD (403) or from another tenant (404) and changes nothing', async () => {
    const view = (await h.inject({ method: 'GET', url: ONE(full), as: dpmd })).json();
    expect((await prefill(full, view.version, staf)).statusCode).toBe(403);
    expect((await prefill(full, view.version, adminB)).statusCode).toBe(404);
    expect((await h.inject({ method: 'GET', url: ONE(full), as: dpmd })).json().version).toBe(view.version);
  });
});
