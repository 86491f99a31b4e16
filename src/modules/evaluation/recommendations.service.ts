/**
 * LHE recommendations: the evaluator adds, edits and removes them (evaluating or final), confirms or reopens a done
 * one; everyone who may read the evaluation lists them; the dashboard lists the overdue ones across the tenant.
 * One transaction with an audit record per change.
 */
import { sql } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { positionCards } from '../organization/index.ts';
import { enforce, mayRead } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import { type EvaluationRow, loadEvaluation } from './evaluations.queries.ts';
import type {
  RecommendationInput,
  RecommendationListView,
  RecommendationView,
  UpdateRecommendationInput,
} from './recommendations.contract.ts';
import {
  mayConfirm,
  mayIssueLhe,
  mayRemoveRecommendation,
  mayReopenRecommendation,
  mayWriteRecommendations,
} from './recommendations.policy.ts';
import {
  followupRowsOf,
  loadRecommendation,
  type RecommendationRow,
  recommendationRowsOf,
  recommendationViews,
  tenantToday,
} from './recommendations.queries.ts';
import { templateOfEvaluation } from './templates.service.ts';

const K = 'evaluation.recommendations';

/** The recommendations of an evaluation the actor may read. */
export async function listRecommendations(ctx: RequestContext, evaluationId: string): Promise<RecommendationListView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the read policy after.
  const ev = await loadEvaluation(ctx, evaluationId);
  const actor = await evaluationActor(ctx);
  enforce(mayRead(actor, ev.unit_id, ev.status));
  const today = await tenantToday(ctx);
  const items = await recommendationViews(ctx, ev, await recommendationRowsOf(ctx, ev.id), actor, today);
  const may = { add: mayWriteRecommendations(actor, ev.status).allowed, lhe: mayIssueLhe(ev.status).allowed };
  return { evaluationId: ev.id, evaluationStatus: ev.status, today, may, items };
}

/** One recommendation as the actor sees it now. */
export async function recommendationView(ctx: RequestContext, id: string): Promise<RecommendationView> {
  const row = await loadRecommendation(ctx, id);
  const ev = await loadEvaluation(ctx, row.evaluation_id);
  const actor = await evaluationActor(ctx);
  const [view] = await recommendationViews(ctx, ev, [row], actor, await tenantToday(ctx));
  return view as RecommendationView;
}

/** Field problems of the template references and the person in charge (tenant-scoped lookups). */
async function inputProblems(ctx: RequestContext, ev: EvaluationRow, input: RecommendationInput): Promise<FieldProblem[]> {
  const { template } = await templateOfEvaluation(ctx, ev);
  const problems: FieldProblem[] = [];
  const component = input.componentId ? template.components.find((c) => c.id === input.componentId) : undefined;
  if (input.componentId && !component) problems.push({ field: 'body.componentId', message: `${K}.unknownComponent` });
  if (input.criterionId) {
    const owner = template.components.find((c) =>
      c.subComponents.some((s) => s.criteria.some((k) => k.id === input.criterionId)),
    );
    if (!owner) problems.push({ field: 'body.criterionId', message: `${K}.unknownCriterion` });
    else if (component && owner.id !== component.id)
      problems.push({ field: 'body.criterionId', message: `${K}.criterionNotInComponent` });
  }
  // SECURITY: the person in charge must be a position or user of this tenant (tenantDb scopes both lookups).
  const pic = input.personInCharge;
  if (pic.kind === 'position' && !(await positionCards(ctx, [pic.positionId])).has(pic.positionId))
    problems.push({ field: 'body.personInCharge.positionId', message: `${K}.unknownPosition` });
  if (pic.kind === 'user') {
    const user = await tenantDb(ctx).selectFrom('users').select('id').where('id', '=', pic.userId).executeTakeFirst();
    if (!user) problems.push({ field: 'body.personInCharge.userId', message: `${K}.unknownUser` });
  }
  return problems;
}

/** The columns a recommendation input sets; the component follows the criterion when only that is given. */
function columnsOf(input: RecommendationInput) {
  const pic = input.personInCharge;
  return {
    ...{ text: input.text, component_id: input.componentId ?? null, criterion_id: input.criterionId ?? null },
    pic_position_id: pic.kind === 'position' ? pic.positionId : null,
    pic_user_id: pic.kind === 'user' ? pic.userId : null,
    deadline: input.deadline,
  };
}

/** Compare-and-set bump of a recommendation; 409 when someone changed it since `version`. */
export async function bumpRecommendation(
  tx: RequestContext,
  id: string,
  version: number,
  change: Partial<Omit<RecommendationRow, 'id' | 'tenant_id' | 'version'>> = {},
): Promise<void> {
  const result = await tenantDb(tx)
    .updateTable('evaluation_recommendations')
    .set({ ...change, updated_at: tx.platform.now().toISOString(), version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError(`${K}.staleVersion`);
}

/** The evaluator adds a recommendation to an evaluation that is with the evaluator or final. */
export async function addRecommendation(
  ctx: RequestContext,
  evaluationId: string,
  input: RecommendationInput,
): Promise<RecommendationView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the policy after.
  const ev = await loadEvaluation(ctx, evaluationId);
  enforce(mayWriteRecommendations(await evaluationActor(ctx), ev.status));
  const problems = await inputProblems(ctx, ev, input);
  if (problems.length > 0) throw new ValidationError(problems);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('evaluation_recommendations', {
        ...{ id, evaluation_id: ev.id, ...columnsOf(input), status: 'open' as const, progress: 0 },
        ...{ done_at: null, confirmed_at: null, confirmed_by: null },
        ...{ created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    const data = { evaluationId: ev.id, deadline: input.deadline, personInCharge: input.personInCharge };
    await recordAudit(tx, 'evaluation.recommendation.added', { objectType: 'evaluation_recommendation', objectId: id, data });
  });
  return recommendationView(ctx, id);
}

/** The evaluator changes a recommendation's text, reference, person in charge or deadline. */
export async function updateRecommendation(
  ctx: RequestContext,
  id: string,
  input: UpdateRecommendationInput,
): Promise<RecommendationView> {
  const row = await loadRecommendation(ctx, id);
  const ev = await loadEvaluation(ctx, row.evaluation_id);
  enforce(mayWriteRecommendations(await evaluationActor(ctx), ev.status));
  const problems = await inputProblems(ctx, ev, input);
  if (problems.length > 0) throw new ValidationError(problems);
  await inTransaction(ctx, async (tx) => {
    await bumpRecommendation(tx, id, input.version, columnsOf(input));
    const data = { text: input.text, deadline: input.deadline, personInCharge: input.personInCharge };
    await recordAudit(tx, 'evaluation.recommendation.updated', { objectType: 'evaluation_recommendation', objectId: id, data });
  });
  return recommendationView(ctx, id);
}

/** The evaluator removes a recommendation that nobody followed up yet. */
export async function removeRecommendation(ctx: RequestContext, id: string, version: number): Promise<{ removed: true }> {
  const row = await loadRecommendation(ctx, id);
  const ev = await loadEvaluation(ctx, row.evaluation_id);
  const actor = await evaluationActor(ctx);
  await inTransaction(ctx, async (tx) => {
    const followups = (await followupRowsOf(tx, [id])).length;
    enforce(mayRemoveRecommendation(actor, ev.status, followups));
    const result = await tenantDb(tx)
      .deleteFrom('evaluation_recommendations')
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) throw new ConflictError(`${K}.staleVersion`);
    const data = { evaluationId: ev.id, text: row.text };
    await recordAudit(tx, 'evaluation.recommendation.removed', { objectType: 'evaluation_recommendation', objectId: id, data });
  });
  return { removed: true };
}

/** The evaluator confirms that a done recommendation is really done. */
export async function confirmRecommendation(ctx: RequestContext, id: string, version: number): Promise<RecommendationView> {
  const row = await loadRecommendation(ctx, id);
  enforce(mayConfirm(await evaluationActor(ctx), row.status, row.confirmed_at !== null));
  await inTransaction(ctx, async (tx) => {
    await bumpRecommendation(tx, id, version, { confirmed_at: tx.platform.now().toISOString(), confirmed_by: tx.actor.userId });
    await recordAudit(tx, 'evaluation.recommendation.confirmed', { objectType: 'evaluation_recommendation', objectId: id });
  });
  return recommendationView(ctx, id);
}

/** The evaluator reopens a done recommendation: in progress again, confirmation dropped. */
export async function reopenRecommendation(
  ctx: RequestContext,
  id: string,
  input: { version: number; reason: string },
): Promise<RecommendationView> {
  const row = await loadRecommendation(ctx, id);
  enforce(mayReopenRecommendation(await evaluationActor(ctx), row.status));
  await inTransaction(ctx, async (tx) => {
    await bumpRecommendation(tx, id, input.version, {
      ...{ status: 'in_progress', done_at: null, confirmed_at: null, confirmed_by: null },
    });
    const data = { reason: input.reason };
    await recordAudit(tx, 'evaluation.recommendation.reopened', { objectType: 'evaluation_recommendation', objectId: id, data });
  });
  return recommendationView(ctx, id);
}
