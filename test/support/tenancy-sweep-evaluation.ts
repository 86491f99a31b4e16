/** The tenancy sweep's entries for LKE evaluation routes (spread into PERFORMANCE_SWEEP). */
import { tenantDb } from '../../src/db/tenant-db.ts';
import { LKE_88_2021, PREDIKAT_88_2021 } from '../../src/modules/evaluation/index.ts';
import { newId } from '../../src/shared/ids.ts';
import type { Harness } from './harness.ts';
import type { SweepCall, SweepEntry } from './tenancy-sweep.ts';

interface SweepEvaluation {
  readonly evaluationId: string;
  readonly templateId: string;
}

/** A self-assessing evaluation of tenant A (DISKOMINFO, 2001) and a draft tenant template, inserted directly once. */
async function makeEvaluation(h: Harness): Promise<SweepEvaluation> {
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const ids = { evaluationId: newId(), templateId: newId() };
  const at = '2026-01-05T00:00:00.000Z';
  const stamps = { created_by: null, created_at: at, updated_at: at };
  await db
    .insertInto('evaluation_templates', {
      ...{ id: ids.templateId, code: 'sapuan', template_version: '1', name: 'Sapuan', status: 'draft', ...stamps },
      ...{ content: JSON.stringify({ ...LKE_88_2021, code: 'sapuan' }), predikat: JSON.stringify(PREDIKAT_88_2021) },
    })
    .execute();
  await db
    .insertInto('evaluations', {
      ...{ id: ids.evaluationId, unit_id: await h.unitId(h.tenants.a, 'DISKOMINFO'), year: 2001, template_id: null },
      ...{ template_code: LKE_88_2021.code, template_version: LKE_88_2021.version, status: 'self_assessment' },
      ...{ submitted_at: null, submitted_by: null, finalised_at: null, finalised_by: null, final_total_exact: null },
      ...{ final_total: null, final_predikat: null, final_components: null, ...stamps },
    })
    .execute();
  return ids;
}

let sweepEvaluation: Promise<SweepEvaluation> | undefined;
function evaluationOfA(key: keyof SweepEvaluation, body?: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepEvaluation ??= makeEvaluation(h);
    const made = await sweepEvaluation;
    return { params: { [key]: made[key] }, ...(body === undefined ? {} : { body }) };
  };
}

const E = '/api/evaluation/evaluations/:evaluationId';
const ANSWERS = { version: 1, answers: [{ criterionId: '1.a.1', answer: 'Y' }] };

/** One entry per evaluation `METHOD url` with a `:param`; each names a resource of tenant A. */
export const EVALUATION_SWEEP: Record<string, SweepEntry> = {
  'POST /api/evaluation/templates/:templateId/status': evaluationOfA('templateId', { status: 'active', version: 1 }),
  [`GET ${E}`]: evaluationOfA('evaluationId'),
  [`GET ${E}/what-if`]: evaluationOfA('evaluationId'),
  [`PUT ${E}/self-answers`]: evaluationOfA('evaluationId', ANSWERS),
  [`PUT ${E}/final-answers`]: evaluationOfA('evaluationId', ANSWERS),
  [`POST ${E}/prefill`]: evaluationOfA('evaluationId', { version: 1 }),
  [`POST ${E}/submit`]: evaluationOfA('evaluationId', { version: 1 }),
  [`POST ${E}/finalise`]: evaluationOfA('evaluationId', { version: 1 }),
  [`POST ${E}/reopen`]: evaluationOfA('evaluationId', { version: 1, reason: 'uji sapuan' }),
};
