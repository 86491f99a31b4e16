/** The tenancy sweep's entries for the village IDM routes (spread into SWEEP): each names a desa of tenant A. */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { IDM_INDICATORS, VILLAGE_WORKSHEET } from '../../src/modules/villages/index.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';
import { ACCOUNTABILITY_SWEEP } from './tenancy-sweep-villages-accountability.ts';

/** The first desa of tenant A's wilayah (the harness imports the real Karanganyar regions). */
async function desaOfA(h: Harness): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  return (await db.selectFrom('regions').select('id').where('level', '=', 'desa').orderBy('code').executeTakeFirstOrThrow()).id;
}

function desaCall(body?: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => ({
    params: { regionId: await desaOfA(h), year: '2024' },
    ...(body === undefined ? {} : { body }),
  });
}

let sweepEvaluation: Promise<string> | undefined;

/** A draft village evaluation of tenant A's first desa (year 2001, built-in worksheet), inserted directly once. */
async function evaluationOfA(h: Harness): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const id = newId();
  const at = '2026-01-05T00:00:00.000Z';
  await db
    .insertInto('village_evaluations', {
      ...{ id, region_id: await desaOfA(h), year: 2001, template_id: null, status: 'draft' },
      ...{ template_code: VILLAGE_WORKSHEET.code, template_version: VILLAGE_WORKSHEET.version },
      ...{ final_total_exact: null, final_total: null, final_band_code: null, final_bands_hash: null, final_components: null },
      ...{ finalised_at: null, finalised_by: null, created_by: null, created_at: at, updated_at: at },
    })
    .execute();
  return id;
}

function villageEvaluationCall(body?: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepEvaluation ??= evaluationOfA(h);
    return { params: { evaluationId: await sweepEvaluation }, ...(body === undefined ? {} : { body }) };
  };
}

const SCORES = { scores: Object.fromEntries(IDM_INDICATORS.map((i) => [i.code, 3])), version: null };

/** One entry per village IDM `METHOD url` with a `:param`. */
export const VILLAGES_SWEEP: Record<string, SweepEntry> = {
  ...ACCOUNTABILITY_SWEEP,
  'GET /api/villages/idm/desa/:regionId/years/:year': desaCall(),
  'PUT /api/villages/idm/desa/:regionId/years/:year': desaCall(SCORES),
  'GET /api/villages/idm/desa/:regionId/years/:year/simulation': desaCall(),
  'GET /api/villages/evaluations/:evaluationId': villageEvaluationCall(),
  'PUT /api/villages/evaluations/:evaluationId/answers': villageEvaluationCall({
    answers: { '1.a.1': { answer: 'Y', note: null } },
    version: 1,
  }),
  'POST /api/villages/evaluations/:evaluationId/finalise': villageEvaluationCall({ version: 1 }),
  'POST /api/villages/evaluations/:evaluationId/prefill': villageEvaluationCall({ version: 1 }),
};
