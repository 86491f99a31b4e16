/** The tenancy sweep's entries for realisasi, evidence and target revision routes (spread into PERFORMANCE_SWEEP). */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

interface SweepRealization {
  readonly indicatorId: string;
  readonly evidenceId: string;
}

/** A closed period of tenant A with a regency indicator, its 2011 realisasi and one evidence file (inserted directly). */
async function makeRealization(h: Harness): Promise<SweepRealization> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const [periodId, nodeId, indicatorId, realizationId, fileId, evidenceId] = [
    newId(),
    newId(),
    newId(),
    newId(),
    newId(),
    newId(),
  ];
  const at = '2011-01-05T00:00:00.000Z';
  const stamps = { created_at: at, updated_at: at };
  await db
    .insertInto('plan_periods', {
      ...{ id: periodId, start_year: 2010, end_year: 2014, title: 'Sapuan realisasi', legal_basis: null },
      ...{ status: 'closed', created_by: null, ...stamps },
    })
    .execute();
  await db
    .insertInto('plan_nodes', {
      ...{ id: nodeId, period_id: periodId, unit_id: null, document: 'rpjmd', kind: 'visi', parent_id: null },
      ...{ derives_from_node_id: null, code: null, title: 'Sapuan', year: null, pokin_level: null, position_id: null },
      ...{ result_type: null, created_by: null, ...stamps },
    })
    .execute();
  await db
    .insertInto('indicators', {
      ...{ id: indicatorId, node_id: nodeId, code: null, name: 'Sapuan', operational_definition: null, formula_text: null },
      ...{ numerator_label: null, denominator_label: null, unit_of_measure: 'poin', polarity: 'maximize' },
      ...{ aggregation: 'last', frequency: 'yearly', allow_negative: 0, data_source: null, responsible_unit_id: null },
      ...{ baseline_year: null, baseline_value: null, is_iku: 0, smart_check: '{}', derived_from_indicator_id: null },
      ...{ derivation_method: null, ...stamps },
    })
    .execute();
  await db
    .insertInto('indicator_realizations', {
      ...{ id: realizationId, indicator_id: indicatorId, year: 2011, period: 'Y', value: '1', numerator: null },
      ...{ denominator: null, manual_capaian: null, obstacles: null, remedies: null, source: 'manual', status: 'draft' },
      ...{ review_note: null, entered_by: null, submitted_by: null, submitted_at: null, reviewed_by: null },
      ...{ reviewed_at: null, ...stamps },
    })
    .execute();
  await db
    .insertInto('files', {
      ...{ id: fileId, storage_key: 'sweep/none.pdf', sha256: '0'.repeat(64), size: 5 },
      ...{ content_type: 'application/pdf', original_name: 'sapuan.pdf', created_at: at },
    })
    .execute();
  await db
    .insertInto('realization_evidence', {
      ...{ id: evidenceId, realization_id: realizationId, file_id: fileId, title: 'Sapuan', added_by: null, added_at: at },
    })
    .execute();
  return { indicatorId, evidenceId };
}

let sweepRealization: Promise<SweepRealization> | undefined;
function realizationOfA(params: (made: SweepRealization) => Record<string, string>, body?: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepRealization ??= makeRealization(h);
    return { params: params(await sweepRealization), ...(body === undefined ? {} : { body }) };
  };
}

const PERIOD = (m: SweepRealization) => ({ indicatorId: m.indicatorId, year: '2011', period: 'Y' });
const EVIDENCE = (m: SweepRealization) => ({ evidenceId: m.evidenceId });
const ONE = '/api/performance/indicators/:indicatorId/realizations/:year/:period';

/** One entry per realisasi `METHOD url` with a `:param`; each names a resource of tenant A. */
export const REALIZATION_SWEEP: Record<string, SweepEntry> = {
  [`PUT ${ONE}`]: realizationOfA(PERIOD, { value: '2', version: 1 }),
  [`POST ${ONE}/submit`]: realizationOfA(PERIOD, { version: 1 }),
  [`POST ${ONE}/verify`]: realizationOfA(PERIOD, { version: 1 }),
  [`POST ${ONE}/return`]: realizationOfA(PERIOD, { version: 1, note: 'Sapuan' }),
  [`POST ${ONE}/evidence`]: realizationOfA(PERIOD, {}),
  'DELETE /api/performance/realization-evidence/:evidenceId': realizationOfA(EVIDENCE),
  'GET /api/performance/realization-evidence/:evidenceId/file': realizationOfA(EVIDENCE),
  'POST /api/performance/indicators/:indicatorId/target-revisions': realizationOfA((m) => ({ indicatorId: m.indicatorId }), {
    year: 2011,
    period: null,
    newTarget: { kind: 'number', value: '3' },
    reason: 'Sapuan',
    decreeNumber: 'SK/1/2011',
    approvedByName: 'Sapuan',
  }),
  'GET /api/performance/indicators/:indicatorId/target-revisions': realizationOfA((m) => ({ indicatorId: m.indicatorId })),
};
