/** Evaluation use cases: open one for an OPD and year, submit the self-assessment, finalise, reopen; and the what-if. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { opdOfUnit } from '../organization/index.ts';
import type { CreateEvaluationInput, EvaluationView, WhatIfView } from './evaluation.contract.ts';
import { enforce, mayCreateEvaluation, mayFinalise, mayRead, mayReopen, maySubmit, reopenedStatus } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import { answerRowsOf, answersOf, bumpEvaluation, evaluationView, loadEvaluation } from './evaluations.queries.ts';
import { applyPrefill } from './prefill.service.ts';
import { finaliseBlockers, LKE_88_2021, predikatFor, scoreEvaluation, whatIf } from './scoring/index.ts';
import { findTemplate, type ResolvedTemplate, templateOfEvaluation } from './templates.service.ts';

async function templateFor(ctx: RequestContext, input: CreateEvaluationInput): Promise<ResolvedTemplate> {
  if ((input.templateCode === undefined) !== (input.templateVersion === undefined))
    throw new ValidationError([{ field: 'body.templateVersion', message: 'evaluation.templateCodeAndVersion' }]);
  const code = input.templateCode ?? LKE_88_2021.code;
  const found = await findTemplate(ctx, code, input.templateVersion ?? LKE_88_2021.version, true);
  if (!found) throw new ValidationError([{ field: 'body.templateCode', message: 'evaluation.templateNotFound' }]);
  return found;
}

/** Opens the evaluation of an OPD for a year (409 when it exists) and pre-answers what Pamong's data shows. */
export async function createEvaluation(ctx: RequestContext, input: CreateEvaluationInput): Promise<EvaluationView> {
  const actor = await evaluationActor(ctx);
  if ((await opdOfUnit(ctx, input.unitId)) !== input.unitId)
    throw new ValidationError([{ field: 'body.unitId', message: 'evaluation.unitNotOpd' }]);
  enforce(mayCreateEvaluation(actor, input.unitId));
  const t = await templateFor(ctx, input);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const existing = await tenantDb(tx)
      .selectFrom('evaluations')
      .select('id')
      .where('unit_id', '=', input.unitId)
      .where('year', '=', input.year)
      .where('template_code', '=', t.template.code)
      .where('template_version', '=', t.template.version)
      .executeTakeFirst();
    if (existing) throw new ConflictError('evaluation.duplicate');
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('evaluations', {
        ...{ id, unit_id: input.unitId, year: input.year, template_id: t.id },
        ...{ template_code: t.template.code, template_version: t.template.version, status: 'self_assessment' as const },
        ...{ submitted_at: null, submitted_by: null, finalised_at: null, finalised_by: null },
        ...{ final_total_exact: null, final_total: null, final_predikat: null, final_components: null },
        ...{ created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    const prefill = await applyPrefill(tx, await loadEvaluation(tx, id));
    const data = { unitId: input.unitId, year: input.year, template: `${t.template.code}@${t.template.version}`, ...prefill };
    await recordAudit(tx, 'evaluation.created', { objectType: 'evaluation', objectId: id, data });
  });
  return evaluationView(ctx, await loadEvaluation(ctx, id), actor);
}

/** The OPD hands its self-assessment to the evaluator (self_assessment → evaluating). */
export async function submitSelfAssessment(ctx: RequestContext, evaluationId: string, version: number): Promise<EvaluationView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the policy after.
  const row = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(maySubmit(actor, row.unit_id, row.status));
  await inTransaction(ctx, async (tx) => {
    const at = tx.platform.now().toISOString();
    await bumpEvaluation(tx, row.id, version, { status: 'evaluating', submitted_at: at, submitted_by: tx.actor.userId });
    await recordAudit(tx, 'evaluation.submitted', { objectType: 'evaluation', objectId: row.id });
  });
  return evaluationView(ctx, await loadEvaluation(ctx, evaluationId), actor);
}

/** What blocks finalising, as field problems naming the criteria. */
function blockerFields(blockers: ReturnType<typeof finaliseBlockers>): FieldProblem[] {
  return [
    ...blockers.violations.map((v) => ({
      field: `criteria.${v.criterionId}`,
      message: 'evaluation.kerangkaLogisViolated',
      params: { criterionId: v.criterionId, value: v.value, limit: v.limit, rule: v.message },
    })),
    ...blockers.unanswered.map((id) => ({
      field: `criteria.${id}`,
      message: 'evaluation.unanswered',
      params: { criterionId: id },
    })),
  ];
}

/** Finalises on the evaluator's answers and stores the score snapshot; 409 naming every blocker. */
export async function finaliseEvaluation(ctx: RequestContext, evaluationId: string, version: number): Promise<EvaluationView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the policy after.
  const row = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(mayFinalise(actor, row.status));
  const t = await templateOfEvaluation(ctx, row);
  await inTransaction(ctx, async (tx) => {
    const answers = answersOf(await answerRowsOf(tx, row.id), 'final');
    const blockers = finaliseBlockers(t.template, answers);
    if (blockers.unanswered.length > 0 || blockers.violations.length > 0) {
      const params = { violations: blockers.violations.length, unanswered: blockers.unanswered.length };
      throw new ConflictError('evaluation.finaliseBlocked', params, blockerFields(blockers));
    }
    const score = scoreEvaluation(t.template, answers);
    const predikat = predikatFor(score.exactTotal, t.predikat);
    await bumpEvaluation(tx, row.id, version, {
      ...{ status: 'final', finalised_at: tx.platform.now().toISOString(), finalised_by: tx.actor.userId },
      ...{ final_total_exact: score.exactTotal, final_total: score.total, final_predikat: predikat.code },
      final_components: JSON.stringify(score.components),
    });
    const data = { total: score.total, exactTotal: score.exactTotal, predikat: predikat.code };
    await recordAudit(tx, 'evaluation.finalised', { objectType: 'evaluation', objectId: row.id, data });
  });
  return evaluationView(ctx, await loadEvaluation(ctx, evaluationId), actor);
}

/** The evaluator moves an evaluation one step back; a final one loses its snapshot until finalised again. */
export async function reopenEvaluation(
  ctx: RequestContext,
  evaluationId: string,
  input: { version: number; reason: string },
): Promise<EvaluationView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the policy after.
  const row = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(mayReopen(actor, row.status));
  const status = reopenedStatus(row.status);
  await inTransaction(ctx, async (tx) => {
    await bumpEvaluation(tx, row.id, input.version, {
      status,
      ...{ finalised_at: null, finalised_by: null, final_total_exact: null, final_total: null },
      ...{ final_predikat: null, final_components: null },
      ...(status === 'self_assessment' ? { submitted_at: null, submitted_by: null } : {}),
    });
    const data = { from: row.status, to: status, reason: input.reason };
    await recordAudit(tx, 'evaluation.reopened', { objectType: 'evaluation', objectId: row.id, data });
  });
  return evaluationView(ctx, await loadEvaluation(ctx, evaluationId), actor);
}

/** whatIf() of the engine on the OPD's or the evaluator's answers (default: self while self-assessing, else final). */
export async function evaluationWhatIf(ctx: RequestContext, evaluationId: string, basis?: 'self' | 'final'): Promise<WhatIfView> {
  const row = await loadEvaluation(ctx, evaluationId);
  enforce(mayRead(await evaluationActor(ctx), row.unit_id, row.status));
  const t = await templateOfEvaluation(ctx, row);
  const chosen = basis ?? (row.status === 'self_assessment' ? 'self' : 'final');
  const result = whatIf(t.template, answersOf(await answerRowsOf(ctx, row.id), chosen), t.predikat);
  const next = result.nextPredikat;
  return {
    ...{ basis: chosen, exactTotal: result.exactTotal, total: result.total, predikat: result.predikat },
    ranked: [...result.ranked],
    nextPredikat: next && { ...next, steps: [...next.steps] },
  };
}
