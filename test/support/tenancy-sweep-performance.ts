/** The tenancy sweep's entries for the performance module (e-SAKIP planning and budget routes). */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import { SAMPLE_INDICATOR, type SamplePlan, samplePlan } from '../factories/performance.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';
import { AGREEMENT_SWEEP } from './tenancy-sweep-agreements.ts';
import { EVALUATION_SWEEP } from './tenancy-sweep-evaluation.ts';
import { LKJIP_SWEEP } from './tenancy-sweep-lkjip.ts';
import { REALIZATION_SWEEP } from './tenancy-sweep-realizations.ts';

/** An id that names nothing (a crosscutting target that the 404 answers before checking). */
const SOME_NODE = '01900000-0000-7000-8000-000000000000';

/** A small plan of tenant A (period, RPJMD visi with an indicator, a crosscutting link), made once. */
let sweepPlan: Promise<SamplePlan> | undefined;
function planOfA(key: 'periodId' | 'nodeId' | 'indicatorId' | 'linkId', body?: unknown) {
  return async (h: Harness): Promise<SweepCall> => {
    sweepPlan ??= samplePlan(h, h.tenants.a);
    return { params: { [key]: (await sweepPlan)[key] }, ...(body === undefined ? {} : { body }) };
  };
}

/** A budget line of tenant A (DISKOMINFO, 2026), made once. */
let sweepBudgetLine: Promise<string> | undefined;
function budgetLineOfA(body?: unknown) {
  return async (h: Harness): Promise<SweepCall> => {
    sweepBudgetLine ??= (async () => {
      const id = newId();
      const unitId = await h.unitId(h.tenants.a, 'DISKOMINFO');
      await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
        .insertInto('budget_lines', {
          id,
          unit_id: unitId,
          year: 2026,
          sub_kegiatan_code: '2.16.02.1.01.0001',
          account_code: '',
          description: 'Sapuan',
          funding_source: null,
          pagu: '100',
          ...{ realisasi_m01: null, realisasi_m02: null, realisasi_m03: null, realisasi_m04: null },
          ...{ realisasi_m05: null, realisasi_m06: null, realisasi_m07: null, realisasi_m08: null },
          ...{ realisasi_m09: null, realisasi_m10: null, realisasi_m11: null, realisasi_m12: null },
          updated_at: '2026-01-05T00:00:00.000Z',
          updated_by: null,
        })
        .execute();
      return id;
    })();
    return { params: { lineId: await sweepBudgetLine }, body };
  };
}

/** One entry per performance `METHOD url` with a `:param`; each names a resource of tenant A. */
export const PERFORMANCE_SWEEP: Record<string, SweepEntry> = {
  ...AGREEMENT_SWEEP,
  ...EVALUATION_SWEEP,
  ...LKJIP_SWEEP,
  ...REALIZATION_SWEEP,
  'POST /api/performance/budget/lines/:lineId/tags': budgetLineOfA({ indicatorId: '01900000-0000-7000-8000-000000000001' }),
  'DELETE /api/performance/budget/lines/:lineId/tags/:indicatorId': async (h) => ({
    params: { lineId: (await budgetLineOfA()(h)).params.lineId, indicatorId: '01900000-0000-7000-8000-000000000001' },
  }),
  'GET /api/performance/periods/:periodId': planOfA('periodId'),
  'PUT /api/performance/periods/:periodId': planOfA('periodId', { title: 'Sapuan', version: 1 }),
  'POST /api/performance/periods/:periodId/activate': planOfA('periodId', { version: 1 }),
  'DELETE /api/performance/periods/:periodId': planOfA('periodId'),
  'GET /api/performance/periods/:periodId/tree': planOfA('periodId'),
  'GET /api/performance/periods/:periodId/nodes': planOfA('periodId'),
  'GET /api/performance/periods/:periodId/orphans': planOfA('periodId'),
  'GET /api/performance/periods/:periodId/crosscutting': planOfA('periodId'),
  'POST /api/performance/periods/:periodId/nodes': planOfA('periodId', { document: 'rpjmd', kind: 'visi', title: 'Sapuan' }),
  'PUT /api/performance/nodes/:nodeId': planOfA('nodeId', { title: 'Sapuan', version: 1 }),
  'POST /api/performance/nodes/:nodeId/move': planOfA('nodeId', { parentId: null, version: 1 }),
  'DELETE /api/performance/nodes/:nodeId': planOfA('nodeId'),
  'POST /api/performance/nodes/:nodeId/indicators': planOfA('nodeId', SAMPLE_INDICATOR),
  'POST /api/performance/nodes/:nodeId/crosscutting': planOfA('nodeId', { toNodeId: SOME_NODE }),
  'GET /api/performance/indicators/:indicatorId': planOfA('indicatorId'),
  'GET /api/performance/dashboard/indicators/:indicatorId': planOfA('indicatorId'),
  'GET /api/performance/dashboard/units/:unitId': async (h) => ({
    params: { unitId: await h.unitId(h.tenants.a, 'DISKOMINFO') },
  }),
  'PUT /api/performance/indicators/:indicatorId': planOfA('indicatorId', { ...SAMPLE_INDICATOR, version: 1 }),
  'PUT /api/performance/indicators/:indicatorId/targets': planOfA('indicatorId', { targets: [], version: 1 }),
  'DELETE /api/performance/indicators/:indicatorId': planOfA('indicatorId'),
  'GET /api/performance/indicators/:indicatorId/capaian': planOfA('indicatorId'),
  'POST /api/performance/indicators/:indicatorId/auto-realizations': planOfA('indicatorId'),
  'POST /api/performance/links/:linkId/accept': planOfA('linkId', { version: 1 }),
  'POST /api/performance/links/:linkId/reject': planOfA('linkId', { version: 1, reason: 'uji sapuan' }),
  // XLSX export/import: the period and unit are looked up before the file is read, so no file is needed.
  'GET /api/performance/periods/:periodId/rpjmd.xlsx': planOfA('periodId'),
  'POST /api/performance/periods/:periodId/rpjmd.xlsx': planOfA('periodId'),
  'GET /api/performance/periods/:periodId/units/:unitId/renstra.xlsx': renstraOfA,
  'POST /api/performance/periods/:periodId/units/:unitId/renstra.xlsx': renstraOfA,
  'GET /api/performance/units/:unitId/realizations/:year.xlsx': realizationsOfA,
  'POST /api/performance/units/:unitId/realizations/:year.xlsx': realizationsOfA,
};

/** The plan period and DISKOMINFO of tenant A (a Renstra file). */
async function renstraOfA(h: Harness): Promise<SweepCall> {
  const { params } = await planOfA('periodId')(h);
  return { params: { ...params, unitId: await h.unitId(h.tenants.a, 'DISKOMINFO') } };
}

/** DISKOMINFO of tenant A and a year (a realisasi file). */
async function realizationsOfA(h: Harness): Promise<SweepCall> {
  return { params: { unitId: await h.unitId(h.tenants.a, 'DISKOMINFO'), year: '2026' } };
}
