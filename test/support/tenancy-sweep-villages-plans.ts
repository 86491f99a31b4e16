/** Tenancy sweep entries of village plans (spread into SWEEP): each names a resource of tenant A. */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

interface PlansOfA {
  readonly desaId: string;
  readonly rpjmId: string;
  readonly programmeId: string;
  readonly activityId: string;
}

/** An RPJMDes with a programme and an RKPDes activity of tenant A's first desa (made once, straight in the database). */
async function makePlansOfA(h: Harness): Promise<PlansOfA> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const desaId = (
    await db.selectFrom('regions').select('id').where('level', '=', 'desa').orderBy('code').executeTakeFirstOrThrow()
  ).id;
  const at = '2026-01-05T00:00:00.000Z';
  const [rpjmId, programmeId, activityId] = [newId(), newId(), newId()];
  await db
    .insertInto('village_rpjm', {
      ...{ id: rpjmId, region_id: desaId, start_year: 2016, end_year: 2021, visi: 'Sweep', misi: '["Sweep"]' },
      ...{ status: 'draft', version: 1, created_by: null, created_at: at, updated_by: null, updated_at: at },
    })
    .execute();
  await db
    .insertInto('village_programmes', {
      ...{ id: programmeId, rpjm_id: rpjmId, bidang: 2, sub_bidang: null, name: 'Sweep', sasaran: null, indicator: null },
      ...{ lokasi: null, pagu_indikatif: null, years: '[2016]', version: 1, created_at: at, updated_at: at },
    })
    .execute();
  await db
    .insertInto('village_rkp_activities', {
      ...{ id: activityId, region_id: desaId, year: 2016, bidang: 2, programme_id: programmeId, name: 'Sweep' },
      ...{ lokasi: null, volume: null, sasaran: null, waktu: null, biaya: '1.00', sumber_dana: null, pola: 'swakelola' },
      ...{ version: 1, created_by: null, created_at: at, updated_at: at },
    })
    .execute();
  return { desaId, rpjmId, programmeId, activityId };
}

let made: Promise<PlansOfA> | undefined;
function entry(build: (r: PlansOfA) => SweepCall): SweepEntry {
  return async (h) => {
    made ??= makePlansOfA(h);
    return build(await made);
  };
}

const RPJM = { startYear: 2016, visi: 'Sweep', misi: ['Sweep'] };
const PROGRAMME = { bidang: 2, name: 'Sweep', years: [2016] };
const ACTIVITY = { bidang: 2, name: 'Sweep', biaya: '1', pola: 'swakelola' };
const desaYear = (body?: unknown) => entry((r) => ({ params: { regionId: r.desaId, year: '2016' }, body }));

/** One entry per village plans `METHOD url` with a `:param`. */
export const VILLAGE_PLANS_SWEEP: Record<string, SweepEntry> = {
  'GET /api/villages/desa/:regionId/rpjm': entry((r) => ({ params: { regionId: r.desaId } })),
  'POST /api/villages/desa/:regionId/rpjm': entry((r) => ({
    params: { regionId: r.desaId },
    body: { ...RPJM, startYear: 2022 },
  })),
  'PUT /api/villages/rpjm/:id': entry((r) => ({ params: { id: r.rpjmId }, body: { ...RPJM, status: 'draft', version: 1 } })),
  'POST /api/villages/rpjm/:id/programmes': entry((r) => ({ params: { id: r.rpjmId }, body: PROGRAMME })),
  'PUT /api/villages/programmes/:id': entry((r) => ({ params: { id: r.programmeId }, body: { ...PROGRAMME, version: 1 } })),
  'DELETE /api/villages/programmes/:id': entry((r) => ({ params: { id: r.programmeId } })),
  'GET /api/villages/desa/:regionId/rkp/:year': desaYear(),
  'POST /api/villages/desa/:regionId/rkp/:year/activities': desaYear(ACTIVITY),
  'PUT /api/villages/rkp-activities/:id': entry((r) => ({ params: { id: r.activityId }, body: { ...ACTIVITY, version: 1 } })),
  'DELETE /api/villages/rkp-activities/:id': entry((r) => ({ params: { id: r.activityId } })),
  'GET /api/villages/desa/:regionId/apbdes/:year': desaYear(),
  'POST /api/villages/desa/:regionId/apbdes/:year/import': desaYear(),
  'GET /api/villages/desa/:regionId/apbdes/:year/export': desaYear(),
  'GET /api/villages/desa/:regionId/plans/:year/summary': desaYear(),
};
