/** The tenancy sweep's entries for Perjanjian Kinerja routes (spread into PERFORMANCE_SWEEP). */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

interface SweepAgreement {
  readonly agreementId: string;
  readonly itemId: string;
  readonly budgetId: string;
  readonly planId: string;
}

async function positionId(h: Harness, code: string): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  return (await db.selectFrom('positions').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
}

/** A closed period of tenant A with one regency node and one indicator (inserted directly; no route involved). */
async function indicatorOfA(h: Harness, at: string): Promise<string> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const [periodId, nodeId, indicatorId] = [newId(), newId(), newId()];
  const stamps = { created_at: at, updated_at: at };
  await db
    .insertInto('plan_periods', {
      id: periodId,
      start_year: 2000,
      end_year: 2004,
      title: 'Sapuan PK',
      legal_basis: null,
      status: 'closed',
      created_by: null,
      ...stamps,
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
      ...{ aggregation: 'last', frequency: 'yearly', data_source: null, responsible_unit_id: null, baseline_year: null },
      ...{
        baseline_value: null,
        allow_negative: 0,
        is_iku: 0,
        smart_check: '{}',
        derived_from_indicator_id: null,
        derivation_method: null,
        ...stamps,
      },
    })
    .execute();
  return indicatorId;
}

/** A draft PK of tenant A (DISKOMINFO, 2026) with one item, one budget row and one action, made once. */
async function makeAgreement(h: Harness): Promise<SweepAgreement> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const ids = { agreementId: newId(), itemId: newId(), budgetId: newId(), planId: newId() };
  const at = '2026-01-05T00:00:00.000Z';
  const indicatorId = await indicatorOfA(h, at);
  await db
    .insertInto('performance_agreements', {
      ...{ id: ids.agreementId, unit_id: await h.unitId(h.tenants.a, 'DISKOMINFO'), year: 2026, level: 'opd' },
      first_party_position_id: await positionId(h, 'KADIS-KOMINFO'),
      second_party_position_id: await positionId(h, 'SEKDA'),
      ...{ first_party_employee_id: null, first_party_name: null, first_party_nip: null, first_party_jabatan: null },
      ...{ second_party_employee_id: null, second_party_name: null, second_party_nip: null, second_party_jabatan: null },
      ...{ revision: 0, supersedes_id: null, revision_reason: null, status: 'draft', document_id: null },
      ...{ document_number: null, verification_code: null, second_party_signed_at: null, first_party_signed_at: null },
      ...{ superseded_at: null, created_by: null, created_at: at, updated_at: at },
    })
    .execute();
  await db
    .insertInto('agreement_items', {
      ...{ id: ids.itemId, agreement_id: ids.agreementId, indicator_id: indicatorId, sasaran: 'S', indicator_name: 'I' },
      ...{
        unit_of_measure: 'poin',
        target_kind: 'number',
        target_value: '1',
        target_min: null,
        target_max: null,
        target_text: null,
      },
    })
    .execute();
  await db
    .insertInto('agreement_budgets', {
      ...{ id: ids.budgetId, agreement_id: ids.agreementId, program_code: '2.16.02', program_name: 'P', pagu: '1' },
      ...{ kegiatan_code: null, kegiatan_name: null, sub_kegiatan_code: null, sub_kegiatan_name: null },
    })
    .execute();
  await db
    .insertInto('action_plans', {
      ...{ id: ids.planId, agreement_id: ids.agreementId, item_id: ids.itemId, period: 'Q1', action: 'Sapuan' },
      ...{ target_text: null, target_value: null, budget: null, pic_position_id: null, created_by: null },
      ...{ created_at: at, updated_at: at },
    })
    .execute();
  return ids;
}

let sweepAgreement: Promise<SweepAgreement> | undefined;
function agreementOfA(keys: readonly (keyof SweepAgreement)[], body?: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepAgreement ??= makeAgreement(h);
    const made = await sweepAgreement;
    return { params: Object.fromEntries(keys.map((k) => [k, made[k]])), ...(body === undefined ? {} : { body }) };
  };
}

const ONE = ['agreementId'] as const;
const PLAN_BODY = { period: 'Q1', action: 'Sapuan' };

/** One entry per Perjanjian Kinerja `METHOD url` with a `:param`; each names a resource of tenant A. */
export const AGREEMENT_SWEEP: Record<string, SweepEntry> = {
  'GET /api/performance/agreements/:agreementId': agreementOfA(ONE),
  'DELETE /api/performance/agreements/:agreementId': agreementOfA(ONE),
  'POST /api/performance/agreements/:agreementId/items/from-tree': agreementOfA(ONE, { version: 1 }),
  'POST /api/performance/agreements/:agreementId/items': agreementOfA(ONE, {
    indicatorId: '01900000-0000-7000-8000-000000000001',
    version: 1,
  }),
  'PUT /api/performance/agreements/:agreementId/items/:itemId': agreementOfA(['agreementId', 'itemId'], {
    target: { kind: 'number', value: '2' },
    version: 1,
  }),
  'DELETE /api/performance/agreements/:agreementId/items/:itemId': agreementOfA(['agreementId', 'itemId']),
  'POST /api/performance/agreements/:agreementId/budgets': agreementOfA(ONE, {
    programCode: '2.16.02',
    programName: 'P',
    pagu: '1',
    version: 1,
  }),
  'POST /api/performance/agreements/:agreementId/budgets/from-dpa': agreementOfA(ONE, { version: 1 }),
  'DELETE /api/performance/agreements/:agreementId/budgets/:budgetId': agreementOfA(['agreementId', 'budgetId']),
  'POST /api/performance/agreements/:agreementId/generate': agreementOfA(ONE, { version: 1 }),
  'POST /api/performance/agreements/:agreementId/sign': agreementOfA(ONE, {}),
  'GET /api/performance/agreements/:agreementId/pdf': agreementOfA(ONE),
  // XLSX: the PK is looked up before the file is read, so no file is needed.
  'GET /api/performance/agreements/:agreementId/pk.xlsx': agreementOfA(ONE),
  'POST /api/performance/agreements/:agreementId/pk.xlsx': agreementOfA(ONE),
  'POST /api/performance/agreements/:agreementId/revise': agreementOfA(ONE, { reason: 'uji sapuan', version: 1 }),
  'POST /api/performance/agreements/:agreementId/action-plans': agreementOfA(ONE, {
    itemId: '01900000-0000-7000-8000-000000000002',
    ...PLAN_BODY,
  }),
  'PUT /api/performance/agreements/:agreementId/action-plans/:planId': agreementOfA(['agreementId', 'planId'], {
    ...PLAN_BODY,
    version: 1,
  }),
  'DELETE /api/performance/agreements/:agreementId/action-plans/:planId': agreementOfA(['agreementId', 'planId']),
};
