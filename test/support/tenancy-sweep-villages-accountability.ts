/** Tenancy sweep entries of Sakip Desa accountability (spread into VILLAGES_SWEEP): each names a resource of tenant A. */
import { randomUUID } from 'node:crypto';
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

interface ResourcesOfA {
  readonly desaId: string;
  readonly resultId: string;
  readonly indicatorId: string;
  readonly realizationId: string;
  readonly clientId: string;
}

/** A mandated result, an own indicator and a submitted realisasi of tenant A (made once, straight in the database). */
async function makeResourcesOfA(h: Harness): Promise<ResourcesOfA> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const desaId = (
    await db.selectFrom('regions').select('id').where('level', '=', 'desa').orderBy('code').executeTakeFirstOrThrow()
  ).id;
  const at = new Date().toISOString();
  const resultId = newId();
  await db
    .insertInto('village_mandatory_results', {
      ...{ id: resultId, year: 2020, code: 'SWEEP', name: 'Sweep', unit: 'KK', polarity: 'maximize', aggregation: 'cumulative' },
      ...{ evidence_kind: 'none', rule_kind: 'fixed', rule_percent: null, rule_base_key: null, rule_value: '1' },
      ...{ version: 1, created_at: at, updated_at: at, updated_by: null },
    })
    .execute();
  const indicatorId = newId();
  await db
    .insertInto('village_indicators', {
      ...{ id: indicatorId, region_id: desaId, year: 2020, code: 'D01', name: 'Sweep', unit: 'kegiatan', target: '1' },
      ...{ polarity: 'maximize', aggregation: 'last', version: 1, created_at: at, created_by: null, updated_at: at },
    })
    .execute();
  const realizationId = newId();
  const clientId = randomUUID();
  await db
    .insertInto('village_realizations', {
      ...{ id: realizationId, client_id: clientId, body_hash: 'x', region_id: desaId, year: 2020, quarter: 'Q1' },
      ...{ mandatory_result_id: resultId, indicator_id: null, value: '1', note: null, status: 'submitted', return_note: null },
      ...{ review_note: null, submitted_at: at, submitted_by: null, reviewed_at: null, reviewed_by: null, version: 1 },
      ...{ created_at: at, created_by: null, updated_at: at },
    })
    .execute();
  return { desaId, resultId, indicatorId, realizationId, clientId };
}

let made: Promise<ResourcesOfA> | undefined;
function entry(build: (r: ResourcesOfA) => SweepCall): SweepEntry {
  return async (h) => {
    made ??= makeResourcesOfA(h);
    return build(await made);
  };
}

const RULE = { kind: 'fixed', value: '1' };
const RESULT = {
  code: 'SWEEP2',
  name: 'Sweep',
  unit: 'KK',
  polarity: 'maximize',
  aggregation: 'last',
  evidenceKind: 'none',
  rule: RULE,
};
const OWN = { name: 'Sweep', unit: 'kegiatan', target: '1', polarity: 'maximize', aggregation: 'last' };

/** One entry per accountability `METHOD url` with a `:param`. */
export const ACCOUNTABILITY_SWEEP: Record<string, SweepEntry> = {
  'GET /api/villages/desa/:regionId/accountability': entry((r) => ({ params: { regionId: r.desaId } })),
  'PUT /api/villages/realizations/:clientId': entry((r) => ({
    params: { clientId: randomUUID() },
    body: { regionId: r.desaId, year: 2020, indicatorId: r.resultId, quarter: 'Q2', value: '1', submit: true },
  })),
  'GET /api/villages/realizations/:id': entry((r) => ({ params: { id: r.realizationId } })),
  'PUT /api/villages/realizations/:clientId/photos/:photoClientId': entry((r) => ({
    params: { clientId: r.clientId, photoClientId: randomUUID() },
  })),
  'POST /api/villages/realizations/:id/verify': entry((r) => ({ params: { id: r.realizationId }, body: { version: 1 } })),
  'POST /api/villages/realizations/:id/return': entry((r) => ({
    params: { id: r.realizationId },
    body: { version: 1, note: 'x' },
  })),
  'POST /api/villages/desa/:regionId/indicators': entry((r) => ({
    params: { regionId: r.desaId },
    body: { year: 2020, ...OWN },
  })),
  'PUT /api/villages/indicators/:id': entry((r) => ({ params: { id: r.indicatorId }, body: { ...OWN, version: 1 } })),
  'PUT /api/villages/mandatory-results/:id': entry((r) => ({ params: { id: r.resultId }, body: { ...RESULT, version: 1 } })),
  'DELETE /api/villages/mandatory-results/:id': entry((r) => ({ params: { id: r.resultId } })),
  'PUT /api/villages/bases/:regionId/:year': entry((r) => ({
    params: { regionId: r.desaId, year: '2020' },
    body: { values: [{ key: 'dtks_households', value: '1', version: null }] },
  })),
  'PUT /api/villages/targets/:regionId/:year/:mandatoryResultId': entry((r) => ({
    params: { regionId: r.desaId, year: '2020', mandatoryResultId: r.resultId },
    body: { value: '2', reason: 'Sweep', version: null },
  })),
};
