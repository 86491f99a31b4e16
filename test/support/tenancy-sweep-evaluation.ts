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

interface SweepRecommendation {
  readonly recommendationId: string;
  readonly followupId: string;
  readonly fileId: string;
}

/** A recommendation of the sweep evaluation with one follow-up naming one (unstored) file id, inserted directly once. */
async function makeRecommendation(h: Harness): Promise<SweepRecommendation> {
  sweepEvaluation ??= makeEvaluation(h);
  const { evaluationId } = await sweepEvaluation;
  const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
  const ids = { recommendationId: newId(), followupId: newId(), fileId: newId() };
  const at = '2026-01-05T00:00:00.000Z';
  const user = h.tenants.a.users.staf.id;
  await db
    .insertInto('evaluation_recommendations', {
      ...{ id: ids.recommendationId, evaluation_id: evaluationId, component_id: null, criterion_id: null, text: 'Sapuan' },
      ...{ pic_position_id: null, pic_user_id: user, deadline: '2026-03-31', status: 'in_progress', progress: 10 },
      ...{ done_at: null, confirmed_at: null, confirmed_by: null, created_by: null, created_at: at, updated_at: at },
    })
    .execute();
  await db
    .insertInto('recommendation_followups', {
      ...{ id: ids.followupId, recommendation_id: ids.recommendationId, followup_date: '2026-01-05', progress: 10 },
      ...{ note: 'Sapuan', evidence_file_ids: JSON.stringify([ids.fileId]), entered_by: null, entered_at: at },
    })
    .execute();
  return ids;
}

let sweepRecommendation: Promise<SweepRecommendation> | undefined;
function recommendationOfA(keys: readonly (keyof SweepRecommendation)[], body?: unknown): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepRecommendation ??= makeRecommendation(h);
    const made = await sweepRecommendation;
    return { params: Object.fromEntries(keys.map((k) => [k, made[k]])), ...(body === undefined ? {} : { body }) };
  };
}

let sweepEvidenceFile: Promise<string> | undefined;
/** An evidence file of the sweep evaluation (a files row and its evaluation_evidence_files row), inserted directly once. */
function evidenceFileOfA(): SweepEntry {
  return async (h: Harness): Promise<SweepCall> => {
    sweepEvaluation ??= makeEvaluation(h);
    const { evaluationId } = await sweepEvaluation;
    sweepEvidenceFile ??= (async () => {
      const db = tenantDb({ db: h.db, tenantId: h.tenants.a.id });
      const ids = { fileId: newId(), evidenceFileId: newId() };
      const at = '2026-01-05T00:00:00.000Z';
      await db
        .insertInto('files', {
          ...{ id: ids.fileId, storage_key: 'sapuan', sha256: '0'.repeat(64), size: 1 },
          ...{ content_type: 'application/pdf', original_name: 'sapuan.pdf', created_at: at },
        })
        .execute();
      await db
        .insertInto('evaluation_evidence_files', {
          ...{ id: ids.evidenceFileId, evaluation_id: evaluationId, criterion_id: '1.a.1', file_id: ids.fileId },
          ...{ side: 'unit', uploaded_by: null, uploaded_at: at },
        })
        .execute();
      return ids.evidenceFileId;
    })();
    return { params: { evidenceFileId: await sweepEvidenceFile } };
  };
}

const E = '/api/evaluation/evaluations/:evaluationId';
const R = '/api/evaluation/recommendations/:recommendationId';
const RECOMMENDATION = {
  text: 'Sapuan',
  personInCharge: { kind: 'user', userId: '01900000-0000-7000-8000-00000000abcd' },
  deadline: '2026-03-31',
};
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
  [`GET ${E}/recommendations`]: evaluationOfA('evaluationId'),
  [`POST ${E}/recommendations`]: evaluationOfA('evaluationId', RECOMMENDATION),
  [`GET ${E}/lhe.pdf`]: evaluationOfA('evaluationId'),
  [`GET ${E}/lhe.docx`]: evaluationOfA('evaluationId'),
  [`PUT ${R}`]: recommendationOfA(['recommendationId'], { ...RECOMMENDATION, version: 1 }),
  [`DELETE ${R}`]: recommendationOfA(['recommendationId'], { version: 1 }),
  [`POST ${R}/confirm`]: recommendationOfA(['recommendationId'], { version: 1 }),
  [`POST ${R}/notice`]: recommendationOfA(['recommendationId']),
  [`POST ${R}/reopen`]: recommendationOfA(['recommendationId'], { version: 1, reason: 'uji sapuan' }),
  [`POST ${R}/followups`]: recommendationOfA(['recommendationId'], { version: 1, date: '2026-01-05', progress: 20, note: 'x' }),
  'GET /api/evaluation/followups/:followupId/files/:fileId': recommendationOfA(['followupId', 'fileId']),
  [`GET ${E}/evidence-files`]: evaluationOfA('evaluationId'),
  [`POST ${E}/evidence-files`]: evaluationOfA('evaluationId', { criterionId: '1.a.1' }),
  'GET /api/evaluation/evidence-files/:evidenceFileId': evidenceFileOfA(),
  'DELETE /api/evaluation/evidence-files/:evidenceFileId': evidenceFileOfA(),
};
