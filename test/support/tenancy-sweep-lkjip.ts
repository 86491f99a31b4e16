/** The tenancy sweep's entries for LKjIP routes (spread into PERFORMANCE_SWEEP). */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

/** A draft LKjIP of tenant A (DISKOMINFO, 2026), inserted directly once. */
let sweepReport: Promise<string> | undefined;
function reportOfA(extra: Record<string, string> = {}, body?: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepReport ??= (async () => {
      const id = newId();
      const unitId = await h.unitId(h.tenants.a, 'DISKOMINFO');
      const at = '2026-01-05T00:00:00.000Z';
      await tenantDb({ db: h.db, tenantId: h.tenants.a.id })
        .insertInto('lkjip_reports', {
          ...{ id, unit_id: unitId, scope_key: unitId, year: 2026, status: 'draft', document_id: null },
          ...{ created_by: null, created_at: at, updated_at: at },
        })
        .execute();
      return id;
    })();
    return { params: { reportId: await sweepReport, ...extra }, ...(body === undefined ? {} : { body }) };
  };
}

/** One entry per LKjIP `METHOD url` with a `:param`; each names a report of tenant A. */
export const LKJIP_SWEEP: Record<string, SweepEntry> = {
  'GET /api/lkjip/reports/:reportId': reportOfA(),
  'PUT /api/lkjip/reports/:reportId/sections': reportOfA({}, { key: 'ikhtisar', text: 'Sapuan', version: 0 }),
  'GET /api/lkjip/reports/:reportId/completeness': reportOfA(),
  'POST /api/lkjip/reports/:reportId/versions': reportOfA(),
  'POST /api/lkjip/reports/:reportId/finalise': reportOfA({}, { version: 1 }),
  'GET /api/lkjip/reports/:reportId/versions/:number/docx': reportOfA({ number: '1' }),
  'GET /api/lkjip/reports/:reportId/versions/:number/pdf': reportOfA({ number: '1' }),
};
