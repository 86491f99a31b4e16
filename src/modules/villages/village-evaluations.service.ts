/**
 * Evaluations of desa by DPMD: one per desa and year with the worksheet version current at creation; answers are
 * checked by the evaluation engine (unknown option → 422 field message); finalising stores the score snapshot (exact
 * text, display, band code and the hash of the band settings used). Every use case is one transaction with its audit.
 */
import { type Selectable, sql } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import type { VillageEvaluationsTable } from '../../db/schema/villages-evaluation.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { type Answers, answerProblems, type EvaluationTemplate, finaliseBlockers, scoreEvaluation } from '../evaluation/index.ts';
import { enforceIdm } from './idm.policy.ts';
import { type DesaRow, requireDesa } from './idm-desa.service.ts';
import { currentIdmViewer } from './idm-viewer.ts';
import { villageBandFor } from './ranking/index.ts';
import { bandsHash, bandViews, loadBands } from './village-bands.service.ts';
import type {
  CreateVillageEvaluationInput,
  VillageAnswer,
  VillageAnswersInput,
  VillageAnswerView,
  VillageEvaluationView,
  VillageWorksheetContent,
} from './village-evaluation.contract.ts';
import { mayChangeAnswers, mayEvaluateVillages, mayReadDesaEvaluation } from './village-evaluation.policy.ts';
import { applyVillagePrefill } from './village-prefill.service.ts';
import { currentWorksheet, worksheetOf } from './village-worksheets.service.ts';

type EvaluationRow = Selectable<VillageEvaluationsTable>;

/** SECURITY: the evaluation is looked up through tenantDb first, so another tenant's id is a 404. */
async function requireEvaluation(ctx: RequestContext, evaluationId: string): Promise<{ row: EvaluationRow; desa: DesaRow }> {
  const row = await tenantDb(ctx).selectFrom('village_evaluations').selectAll().where('id', '=', evaluationId).executeTakeFirst();
  if (!row) throw new NotFoundError('evaluation');
  return { row, desa: await requireDesa(ctx, row.region_id) };
}

async function storedAnswers(ctx: RequestContext, evaluationId: string): Promise<Record<string, VillageAnswerView>> {
  const rows = await tenantDb(ctx)
    .selectFrom('village_evaluation_answers')
    .select(['criterion_id', 'answer', 'note', 'prefilled_from'])
    .where('evaluation_id', '=', evaluationId)
    .execute();
  return Object.fromEntries(
    rows.map((r) => [r.criterion_id, { answer: r.answer, note: r.note, prefilledFrom: r.prefilled_from }]),
  );
}

/** The option codes of the answered criteria, as the engine takes them. */
function codesOf(answers: Readonly<Record<string, VillageAnswer>>): Answers {
  return Object.fromEntries(Object.entries(answers).flatMap(([id, a]) => (a.answer === null ? [] : [[id, a.answer]])));
}

async function viewOf(ctx: RequestContext, row: EvaluationRow, desa: DesaRow, canEdit: boolean): Promise<VillageEvaluationView> {
  const [template, answers, loaded] = [
    await worksheetOf(ctx, row.template_id),
    await storedAnswers(ctx, row.id),
    await loadBands(ctx),
  ];
  const score = scoreEvaluation(template, codesOf(answers));
  const blockers = finaliseBlockers(template, codesOf(answers));
  const shown = row.status === 'final' ? row.final_total! : score.total;
  const band = bandViews(loaded.bands).find((b) => b.code === villageBandFor(shown, loaded.bands).code)!;
  return {
    ...{ id: row.id, regionId: desa.id, desaCode: desa.code, desaName: desa.name, kecamatanName: desa.kecamatanName },
    ...{ year: row.year, status: row.status, template: template as VillageWorksheetContent, answers, band },
    score: {
      ...{ exactTotal: score.exactTotal, total: score.total, unanswered: [...score.unanswered] },
      components: score.components.map((c) => ({ id: c.id, name: c.name, weight: c.weight, score: c.score })),
    },
    final:
      row.status === 'final'
        ? {
            ...{ exactTotal: row.final_total_exact!, total: row.final_total!, bandCode: row.final_band_code! },
            ...{ bandsHash: row.final_bands_hash!, finalisedAt: row.finalised_at! },
          }
        : null,
    blockers: {
      unanswered: [...blockers.unanswered],
      violations: blockers.violations.map((v) => ({ criterionId: v.criterionId, message: v.message })),
    },
    version: Number(row.version),
    canEdit: canEdit && row.status === 'draft',
  };
}

/** Starts the evaluation of a desa for a year with the current worksheet (DPMD), pre-answered from Pamong's data; 409 when one exists. */
export async function createVillageEvaluation(
  ctx: RequestContext,
  input: CreateVillageEvaluationInput,
): Promise<VillageEvaluationView> {
  const desa = await requireDesa(ctx, input.regionId);
  enforceIdm(mayEvaluateVillages(await currentIdmViewer(ctx)));
  return inTransaction(ctx, async (tx) => {
    const existing = await tenantDb(tx)
      .selectFrom('village_evaluations')
      .select('id')
      .where('region_id', '=', desa.id)
      .where('year', '=', input.year)
      .executeTakeFirst();
    if (existing) throw new ConflictError('villages.evaluation.exists');
    const worksheet = await currentWorksheet(tx);
    const now = tx.platform.now().toISOString();
    const id = newId();
    await tenantDb(tx)
      .insertInto('village_evaluations', {
        ...{ id, region_id: desa.id, year: input.year, template_id: worksheet.id, status: 'draft' as const },
        ...{ template_code: worksheet.template.code, template_version: worksheet.template.version },
        ...{ final_total_exact: null, final_total: null, final_band_code: null, final_bands_hash: null, final_components: null },
        ...{ finalised_at: null, finalised_by: null, created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    const row = await tenantDb(tx).selectFrom('village_evaluations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const prefill = await applyVillagePrefill(tx, row);
    await recordAudit(tx, 'villages.evaluation_created', {
      objectType: 'village_evaluation',
      objectId: id,
      data: { year: input.year, ...prefill },
    });
    return viewOf(tx, row, desa, true);
  });
}

/** One evaluation, for regency staff and DPMD (or the desa's own operator once final). */
export async function getVillageEvaluation(ctx: RequestContext, evaluationId: string): Promise<VillageEvaluationView> {
  const { row, desa } = await requireEvaluation(ctx, evaluationId);
  const viewer = await currentIdmViewer(ctx);
  enforceIdm(mayReadDesaEvaluation(viewer, desa.id, row.status === 'final'));
  return viewOf(ctx, row, desa, mayEvaluateVillages(viewer).allowed);
}

/** Field problems of the merged answers: unknown criteria and options the criterion does not allow. */
function answerFieldProblems(template: EvaluationTemplate, answers: Answers): FieldProblem[] {
  return answerProblems(template, answers).map((p) => {
    const known = template.components.some((c) => c.subComponents.some((s) => s.criteria.some((k) => k.id === p.criterionId)));
    return {
      field: `body.answers.${p.criterionId}.answer`,
      message: known ? 'villages.evaluation.unknownOption' : 'villages.evaluation.unknownCriterion',
      params: { criterion: p.criterionId, code: p.code },
    };
  });
}

/** Bumps the evaluation's version if it is still `expected` (409 otherwise). */
async function claimVersion(tx: RequestContext, evaluationId: string, expected: number, set: Partial<EvaluationRow> = {}) {
  const done = await tenantDb(tx)
    .updateTable('village_evaluations')
    .set({ ...set, updated_at: tx.platform.now().toISOString(), version: sql<number>`version + 1` })
    .where('id', '=', evaluationId)
    .where('version', '=', expected)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  if (Number(done.numUpdatedRows) !== 1) throw new ConflictError('villages.evaluation.staleVersion');
}

/** Saves the given criteria's answers (DPMD, draft only); others keep theirs. */
export async function saveVillageAnswers(
  ctx: RequestContext,
  evaluationId: string,
  input: VillageAnswersInput,
): Promise<VillageEvaluationView> {
  const { row, desa } = await requireEvaluation(ctx, evaluationId);
  enforceIdm(mayEvaluateVillages(await currentIdmViewer(ctx)));
  enforceIdm(mayChangeAnswers(row.status));
  const template = await worksheetOf(ctx, row.template_id);
  const problems = answerFieldProblems(template, codesOf(input.answers));
  if (problems.length > 0) throw new ValidationError(problems);
  return inTransaction(ctx, async (tx) => {
    await claimVersion(tx, row.id, input.version);
    const ids = Object.keys(input.answers);
    const db = tenantDb(tx);
    if (ids.length > 0) {
      const now = tx.platform.now().toISOString();
      await db
        .deleteFrom('village_evaluation_answers')
        .where('evaluation_id', '=', row.id)
        .where('criterion_id', 'in', ids)
        .execute();
      const rows = Object.entries(input.answers).map(([criterion_id, a]) => ({
        ...{ evaluation_id: row.id, criterion_id, answer: a.answer, note: a.note || null, prefilled_from: null },
        ...{ updated_by: tx.actor.userId, updated_at: now },
      }));
      await db.insertInto('village_evaluation_answers', rows).execute();
    }
    await recordAudit(tx, 'villages.evaluation_answered', {
      objectType: 'village_evaluation',
      objectId: row.id,
      data: { criteria: ids },
    });
    const fresh = await db.selectFrom('village_evaluations').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    return viewOf(tx, fresh, desa, true);
  });
}

/** Refreshes the pre-answers from Pamong's data (DPMD, draft only); a person's answer is never overwritten. */
export async function prefillVillageEvaluation(
  ctx: RequestContext,
  evaluationId: string,
  input: { version: number },
): Promise<VillageEvaluationView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the policy after.
  const { row, desa } = await requireEvaluation(ctx, evaluationId);
  enforceIdm(mayEvaluateVillages(await currentIdmViewer(ctx)));
  enforceIdm(mayChangeAnswers(row.status));
  return inTransaction(ctx, async (tx) => {
    await claimVersion(tx, row.id, input.version);
    const outcome = await applyVillagePrefill(tx, row);
    await recordAudit(tx, 'villages.evaluation_prefilled', {
      objectType: 'village_evaluation',
      objectId: row.id,
      data: { ...outcome },
    });
    const fresh = await tenantDb(tx)
      .selectFrom('village_evaluations')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return viewOf(tx, fresh, desa, true);
  });
}

/** Finalises (DPMD): every criterion answered, no kerangka logis violation; stores the snapshot with the band. */
export async function finaliseVillageEvaluation(
  ctx: RequestContext,
  evaluationId: string,
  input: { version: number },
): Promise<VillageEvaluationView> {
  const { row, desa } = await requireEvaluation(ctx, evaluationId);
  enforceIdm(mayEvaluateVillages(await currentIdmViewer(ctx)));
  enforceIdm(mayChangeAnswers(row.status));
  return inTransaction(ctx, async (tx) => {
    const template = await worksheetOf(tx, row.template_id);
    const codes = codesOf(await storedAnswers(tx, row.id));
    const blockers = finaliseBlockers(template, codes);
    const problems = [
      ...blockers.unanswered.map((c) => ({
        field: `answers.${c}`,
        message: 'villages.evaluation.unanswered',
        params: { criterion: c },
      })),
      ...blockers.violations.map((v) => ({
        field: `answers.${v.criterionId}`,
        message: 'villages.evaluation.violation',
        params: { detail: v.message },
      })),
    ];
    if (problems.length > 0) throw new ValidationError(problems);
    const score = scoreEvaluation(template, codes);
    const { bands } = await loadBands(tx);
    await claimVersion(tx, row.id, input.version, {
      ...{ status: 'final', final_total_exact: score.exactTotal, final_total: score.total },
      ...{ final_band_code: villageBandFor(score.total, bands).code, final_bands_hash: bandsHash(bands) },
      final_components: JSON.stringify(
        score.components.map((c) => ({ id: c.id, name: c.name, weight: c.weight, score: c.score })),
      ),
      ...{ finalised_at: tx.platform.now().toISOString(), finalised_by: tx.actor.userId },
    });
    await recordAudit(tx, 'villages.evaluation_finalised', {
      objectType: 'village_evaluation',
      objectId: row.id,
      data: { total: score.total, band: villageBandFor(score.total, bands).code },
    });
    const fresh = await tenantDb(tx)
      .selectFrom('village_evaluations')
      .selectAll()
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow();
    return viewOf(tx, fresh, desa, true);
  });
}
