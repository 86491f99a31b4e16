/** Answering: the OPD's self answers (usulan) and the evaluator's final answers (penetapan), in one transaction each. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { AnswersInput, EvaluationStatus, EvaluationView } from './evaluation.contract.ts';
import { type Decision, type EvaluationActor, enforce, mayAssess, maySelfAssess } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import { answerRowsOf, type Basis, bumpEvaluation, evaluationView, loadEvaluation } from './evaluations.queries.ts';
import { evidenceProblems } from './evidence.ts';
import { criteriaOf, type EvaluationTemplate, valueOfAnswer } from './scoring/index.ts';
import { templateOfEvaluation } from './templates.service.ts';

type AnswerChange = AnswersInput['answers'][number];

/** Field problems of the changes: repeated or unknown criteria, options the criterion does not allow. */
function answerProblems(template: EvaluationTemplate, changes: readonly AnswerChange[]): FieldProblem[] {
  const criteria = new Map(criteriaOf(template).map((l) => [l.criterion.id, l.criterion]));
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  changes.forEach((change, i) => {
    const criterion = criteria.get(change.criterionId);
    if (!criterion) problems.push({ field: `body.answers.${i}.criterionId`, message: 'evaluation.unknownCriterion' });
    else if (seen.has(change.criterionId))
      problems.push({ field: `body.answers.${i}.criterionId`, message: 'evaluation.repeatedCriterion' });
    else if (change.answer !== null && !valueOfAnswer(criterion, change.answer))
      problems.push({ field: `body.answers.${i}.answer`, message: 'evaluation.answerNotAllowed' });
    seen.add(change.criterionId);
  });
  return problems;
}

/** The columns one change sets for a basis (note and evidence only when given). */
function columnsOf(change: AnswerChange, basis: Basis, tx: RequestContext) {
  const at = tx.platform.now().toISOString();
  const evidence = change.evidence === undefined ? {} : { evidence: JSON.stringify(change.evidence) };
  if (basis === 'self')
    return {
      ...{ self_answer: change.answer, prefilled_from: null, self_updated_by: tx.actor.userId, self_updated_at: at },
      ...(change.note === undefined ? {} : { self_note: change.note }),
      ...evidence,
    };
  return {
    ...{ final_answer: change.answer, final_updated_by: tx.actor.userId, final_updated_at: at },
    ...(change.note === undefined ? {} : { evaluator_note: change.note }),
    ...evidence,
  };
}

const EMPTY_ROW = {
  ...{ self_answer: null, self_note: null, final_answer: null, evaluator_note: null, evidence: '[]' },
  ...{ prefilled_from: null, self_updated_by: null, self_updated_at: null, final_updated_by: null, final_updated_at: null },
};

async function writeAnswers(tx: RequestContext, evaluationId: string, changes: readonly AnswerChange[], basis: Basis) {
  const existing = new Map((await answerRowsOf(tx, evaluationId)).map((r) => [r.criterion_id, r.id]));
  const db = tenantDb(tx);
  for (const change of changes) {
    const id = existing.get(change.criterionId);
    const columns = columnsOf(change, basis, tx);
    if (id) await db.updateTable('evaluation_answers').set(columns).where('id', '=', id).execute();
    else
      await db
        .insertInto('evaluation_answers', {
          ...EMPTY_ROW,
          ...{ id: newId(), evaluation_id: evaluationId, criterion_id: change.criterionId },
          ...columns,
        })
        .execute();
  }
}

async function saveAnswers(
  ctx: RequestContext,
  evaluationId: string,
  input: AnswersInput,
  basis: Basis,
  decide: (actor: EvaluationActor, unitId: string, status: EvaluationStatus) => Decision,
): Promise<EvaluationView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the policy after.
  const row = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(decide(actor, row.unit_id, row.status));
  const { template } = await templateOfEvaluation(ctx, row);
  const problems = [...answerProblems(template, input.answers), ...(await evidenceProblems(ctx, input.answers))];
  if (problems.length > 0) throw new ValidationError(problems);
  await inTransaction(ctx, async (tx) => {
    await bumpEvaluation(tx, row.id, input.version);
    await writeAnswers(tx, row.id, input.answers, basis);
    const answers = input.answers.map((a) => ({ criterionId: a.criterionId, answer: a.answer }));
    await recordAudit(tx, `evaluation.${basis}_answered`, { objectType: 'evaluation', objectId: row.id, data: { answers } });
  });
  return evaluationView(ctx, await loadEvaluation(ctx, evaluationId), actor);
}

/** The OPD's planners answer (self-assessment); a changed answer is no longer marked as pre-answered. */
export function saveSelfAnswers(ctx: RequestContext, evaluationId: string, input: AnswersInput): Promise<EvaluationView> {
  return saveAnswers(ctx, evaluationId, input, 'self', maySelfAssess);
}

/** The evaluator sets final answers (penetapan) while evaluating. */
export function saveFinalAnswers(ctx: RequestContext, evaluationId: string, input: AnswersInput): Promise<EvaluationView> {
  return saveAnswers(ctx, evaluationId, input, 'final', (actor, _unitId, status) => mayAssess(actor, status));
}
