/**
 * Pre-answers from e-SAKIP data: a signed PK, a Renstra covering the year, complete verified realisasi and IKU with a
 * manual answer their criteria with evidence; a person's answer is never overwritten; a pre-answer whose data is gone
 * is withdrawn; an OPD without data gets no pre-answers.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type TenantDb, tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import { indicatorRow, nodeRow, periodRow, realisasiRow } from '../factories/dashboard.ts';
import { ensureOpd, plannerIn } from '../factories/performance.ts';
import { type Harness, type Session, startHarness } from '../support/harness.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 120_000 });

const E = '/api/evaluation/evaluations';
const YEAR = 2025; // every period of it has ended (the harness runs on today's clock, later than 2025)
let h: Harness;
let db: TenantDb;
let kominfo: Session;
let evaluator: Session;
let kominfoId: string;
let dinkesId: string;
let agreementId: string;
let lastRealisasiId: string;

// biome-ignore lint/suspicious/noExplicitAny: response bodies are read loosely in these tests
type Json = Record<string, any>;
function ok(res: { statusCode: number; body: string; json(): unknown }, status = 200): Json {
  expect(res.statusCode, res.body).toBe(status);
  return res.json() as Json;
}
const criterion = (ev: Json, id: string): Json =>
  ev.worksheet.flatMap((c: Json) => c.subComponents.flatMap((s: Json) => s.criteria)).find((k: Json) => k.id === id);

async function positionId(code: string): Promise<string> {
  return (await db.selectFrom('positions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** A signed PK of DISKOMINFO for the year, written straight into the table (signing itself is tested elsewhere). */
async function signedAgreement(): Promise<string> {
  const id = newId();
  const at = '2025-01-20T02:00:00.000Z';
  await db
    .insertInto('performance_agreements', {
      ...{ id, unit_id: kominfoId, year: YEAR, level: 'opd' },
      first_party_position_id: await positionId('KADIS-KOMINFO'),
      second_party_position_id: await positionId('SEKDA'),
      ...{ first_party_employee_id: null, first_party_name: 'Agus', first_party_nip: null, first_party_jabatan: 'Kepala Dinas' },
      ...{ second_party_employee_id: null, second_party_name: null, second_party_nip: null, second_party_jabatan: null },
      ...{ revision: 0, supersedes_id: null, revision_reason: null, status: 'signed', document_id: null },
      ...{ document_number: '000.8/1/2025', verification_code: null, second_party_signed_at: at, first_party_signed_at: at },
      ...{ superseded_at: null, created_by: null, created_at: at, updated_at: at },
    })
    .execute();
  return id;
}

/** An active 2025–2029 period with a DISKOMINFO Renstra tujuan, one IKU with its manual and four verified quarters. */
async function renstraWithRealisasi(): Promise<void> {
  const period = periodRow(2025);
  const node = nodeRow(period.id, kominfoId);
  const iku = {
    ...indicatorRow(node.id, { name: 'Indeks SPBE', frequency: 'quarterly' }),
    ...{ operational_definition: 'Nilai evaluasi SPBE', formula_text: 'Nilai indeks', data_source: 'KemenPANRB' },
  };
  await db.insertInto('plan_periods', period).execute();
  await db.insertInto('plan_nodes', node).execute();
  await db.insertInto('indicators', iku).execute();
  const rows = ['Q1', 'Q2', 'Q3', 'Q4'].map((q) => realisasiRow(iku.id, YEAR, q, '3.1'));
  await db.insertInto('indicator_realizations', rows).execute();
  lastRealisasiId = rows[3]!.id;
}

beforeAll(async () => {
  h = await startHarness();
  const a = h.tenants.a;
  db = tenantDb({ db: h.db, tenantId: a.id });
  kominfoId = await h.unitId(a, 'DISKOMINFO');
  dinkesId = await ensureOpd(h, a, 'DINKES', 'Dinas Kesehatan');
  kominfo = await plannerIn(h, a, kominfoId);
  evaluator = await h.loginAs(a, 'evaluator');
  agreementId = await signedAgreement();
  await renstraWithRealisasi();
});
afterAll(async () => h?.close());

describe('pre-answers from data', () => {
  let ev: Json;

  it('answers the existence criteria from the PK, Renstra, realisasi and IKU, with evidence', async () => {
    ev = ok(await h.inject({ method: 'POST', url: E, as: kominfo, payload: { unitId: kominfoId, year: YEAR } }), 201);
    const pk = criterion(ev, '1.a.4');
    expect(pk).toMatchObject({ selfAnswer: 'Y', prefilledFrom: 'signedAgreement', finalAnswer: null });
    expect(pk.evidence).toEqual([expect.objectContaining({ kind: 'agreement', id: agreementId })]);
    expect(criterion(ev, '1.a.3')).toMatchObject({ selfAnswer: 'Y', prefilledFrom: 'renstra' });
    expect(criterion(ev, '2.a.2')).toMatchObject({ selfAnswer: 'Y', prefilledFrom: 'ikuWithManual' });
    expect(criterion(ev, '2.a.3')).toMatchObject({ selfAnswer: 'Y', prefilledFrom: 'completeRealisasi' });
    expect(criterion(ev, '2.a.3').evidence).toEqual([expect.objectContaining({ kind: 'realization', id: lastRealisasiId })]);
    expect(criterion(ev, '1.a.1')).toMatchObject({ selfAnswer: null, prefilledFrom: null });
    expect(ev.self.score.unanswered).toHaveLength(76);
  });

  it('never overwrites a person’s answer, and withdraws a pre-answer whose data is gone', async () => {
    ev = ok(
      await h.inject({
        method: 'PUT',
        url: `${E}/${ev.id}/self-answers`,
        as: kominfo,
        payload: { version: ev.version, answers: [{ criterionId: '1.a.4', answer: 'T', note: 'PK belum diunggah' }] },
      }),
    );
    expect(criterion(ev, '1.a.4')).toMatchObject({ selfAnswer: 'T', prefilledFrom: null, selfNote: 'PK belum diunggah' });
    await db.updateTable('indicator_realizations').set({ status: 'returned' }).where('id', '=', lastRealisasiId).execute();
    ev = ok(await h.inject({ method: 'POST', url: `${E}/${ev.id}/prefill`, as: evaluator, payload: { version: ev.version } }));
    expect(criterion(ev, '1.a.4')).toMatchObject({ selfAnswer: 'T', prefilledFrom: null });
    expect(criterion(ev, '2.a.3')).toMatchObject({ selfAnswer: null, prefilledFrom: null, evidence: [] });
    expect(criterion(ev, '1.a.3')).toMatchObject({ selfAnswer: 'Y', prefilledFrom: 'renstra' });
  });

  it('refuses a prefill once the OPD has submitted', async () => {
    ev = ok(await h.inject({ method: 'POST', url: `${E}/${ev.id}/submit`, as: kominfo, payload: { version: ev.version } }));
    const res = await h.inject({ method: 'POST', url: `${E}/${ev.id}/prefill`, as: evaluator, payload: { version: ev.version } });
    expect(res.statusCode).toBe(409);
  });

  it('gives an OPD without such data no pre-answers', async () => {
    const other = ok(await h.inject({ method: 'POST', url: E, as: evaluator, payload: { unitId: dinkesId, year: YEAR } }), 201);
    expect(other.self.score.unanswered).toHaveLength(80);
  });
});
