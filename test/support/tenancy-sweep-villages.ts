/** The tenancy sweep's entries for the village IDM routes (spread into SWEEP): each names a desa of tenant A. */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { IDM_INDICATORS } from '../../src/modules/villages/index.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

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

const SCORES = { scores: Object.fromEntries(IDM_INDICATORS.map((i) => [i.code, 3])), version: null };

/** One entry per village IDM `METHOD url` with a `:param`. */
export const VILLAGES_SWEEP: Record<string, SweepEntry> = {
  'GET /api/villages/idm/desa/:regionId/years/:year': desaCall(),
  'PUT /api/villages/idm/desa/:regionId/years/:year': desaCall(SCORES),
  'GET /api/villages/idm/desa/:regionId/years/:year/simulation': desaCall(),
};
