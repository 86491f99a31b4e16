/** Rencana aksi: actions per PK item and quarter or month, planned while the PK is not superseded. */
import { sql } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { positionCards } from '../organization/index.ts';
import type { ActionPlanInput, ActionPlanView, UpdateActionPlanInput } from './agreements.contract.ts';
import { mayChangeActionPlans } from './agreements.policy.ts';
import { type ActionPlanRow, type AgreementRow, actionPlanView, loadAgreement } from './agreements.queries.ts';
import { enforcePreparer } from './agreements.service.ts';
import { parseDecimal } from './capaian/decimal.ts';
import { enforce } from './performance.policy.ts';

/** Loads the PK; SECURITY: only its preparers plan its actions, and never on a superseded PK. */
async function agreementForPlans(ctx: RequestContext, agreementId: string): Promise<AgreementRow> {
  const row = await loadAgreement(ctx, agreementId);
  await enforcePreparer(ctx, row.unit_id);
  enforce(mayChangeActionPlans(row.status));
  return row;
}

async function referenceProblems(
  ctx: RequestContext,
  agreementId: string,
  input: { itemId?: string; picPositionId?: string | null },
) {
  const problems: FieldProblem[] = [];
  if (input.itemId) {
    const item = await tenantDb(ctx)
      .selectFrom('agreement_items')
      .select('id')
      .where('id', '=', input.itemId)
      .where('agreement_id', '=', agreementId)
      .executeTakeFirst();
    if (!item) problems.push({ field: 'body.itemId', message: 'performance.agreement.itemNotInAgreement' });
  }
  if (input.picPositionId && !(await positionCards(ctx, [input.picPositionId])).has(input.picPositionId))
    problems.push({ field: 'body.picPositionId', message: 'performance.agreement.positionNotFound' });
  return problems;
}

const plain = (s: string | null | undefined) => (s ? (parseDecimal(s)?.toFixed() ?? null) : null);

function columns(input: Omit<ActionPlanInput, 'itemId'>) {
  return {
    period: input.period,
    action: input.action,
    target_text: input.targetText ?? null,
    target_value: plain(input.targetValue),
    budget: plain(input.budget),
    pic_position_id: input.picPositionId ?? null,
    sort_order: input.sortOrder ?? 0,
  };
}

/** Adds an action to an item of the PK for a quarter or month. */
export async function createActionPlan(
  ctx: RequestContext,
  agreementId: string,
  input: ActionPlanInput,
): Promise<ActionPlanView> {
  const row = await agreementForPlans(ctx, agreementId);
  const problems = await referenceProblems(ctx, row.id, input);
  if (problems.length > 0) throw new ValidationError(problems);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('action_plans', {
        ...{ id, agreement_id: row.id, item_id: input.itemId, ...columns(input) },
        ...{ created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    await recordAudit(tx, 'performance.actionPlan.created', {
      objectType: 'action_plan',
      objectId: id,
      data: { agreementId: row.id },
    });
  });
  return actionPlanView(await loadPlan(ctx, row.id, id));
}

async function loadPlan(ctx: RequestContext, agreementId: string, planId: string): Promise<ActionPlanRow> {
  const plan = await tenantDb(ctx)
    .selectFrom('action_plans')
    .selectAll()
    .where('id', '=', planId)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  if (!plan) throw new NotFoundError('actionPlan');
  return plan;
}

/** Changes an action (compare-and-set on its version). */
export async function updateActionPlan(
  ctx: RequestContext,
  agreementId: string,
  planId: string,
  input: UpdateActionPlanInput,
): Promise<ActionPlanView> {
  const row = await agreementForPlans(ctx, agreementId);
  const plan = await loadPlan(ctx, row.id, planId);
  const problems = await referenceProblems(ctx, row.id, { picPositionId: input.picPositionId });
  if (problems.length > 0) throw new ValidationError(problems);
  await inTransaction(ctx, async (tx) => {
    const updated = await tenantDb(tx)
      .updateTable('action_plans')
      .set({ ...columns(input), updated_at: tx.platform.now().toISOString(), version: sql<number>`version + 1` })
      .where('id', '=', plan.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) throw new ConflictError('performance.agreement.staleVersion');
    await recordAudit(tx, 'performance.actionPlan.updated', { objectType: 'action_plan', objectId: plan.id, data: {} });
  });
  return actionPlanView(await loadPlan(ctx, row.id, plan.id));
}

/** Deletes an action. */
export async function deleteActionPlan(ctx: RequestContext, agreementId: string, planId: string): Promise<void> {
  const row = await agreementForPlans(ctx, agreementId);
  const plan = await loadPlan(ctx, row.id, planId);
  await inTransaction(ctx, async (tx) => {
    await tenantDb(tx).deleteFrom('action_plans').where('id', '=', plan.id).execute();
    await recordAudit(tx, 'performance.actionPlan.deleted', { objectType: 'action_plan', objectId: plan.id, data: {} });
  });
}
