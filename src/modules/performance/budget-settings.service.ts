/** Budget settings per tenant (efficiency bands) and the budget scope of the acting planner (planner.ts). */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { BudgetSettingsInput, BudgetSettingsView } from './budget.contract.ts';
import { type BudgetScope, budgetScopeOf, enforce, mayManageAllBudgets, mayManageBudgetOfUnit } from './budget.policy.ts';
import { DEFAULT_EFFICIENCY_SETTINGS, efficiencySettingsProblems } from './budget-efficiency.ts';
import { currentPlanner } from './planner.ts';

/** The tenant's budget settings; defaults (marked to verify) until someone saves them. */
export async function getBudgetSettings(ctx: RequestContext): Promise<BudgetSettingsView> {
  const row = await tenantDb(ctx).selectFrom('budget_settings').selectAll().executeTakeFirst();
  if (!row) return { ...DEFAULT_EFFICIENCY_SETTINGS, toVerify: true };
  return { efficientAbove: row.efficient_above, fairFrom: row.fair_from, toVerify: false };
}

/** The acting user's budget scope: every OPD (admin, planning unit) or the OPDs they hold a position in. */
export async function budgetScope(ctx: RequestContext): Promise<BudgetScope> {
  const planner = await currentPlanner(ctx);
  return budgetScopeOf(ctx.actor, { inPlanningUnit: planner.inPlanningUnit, ownUnitIds: planner.opdIds });
}

/** Refuses (403) unless the actor may manage the unit's lines. */
export async function enforceUnitScope(ctx: RequestContext, unitId: string): Promise<void> {
  enforce(mayManageBudgetOfUnit(ctx.actor, await budgetScope(ctx), unitId));
}

/** Refuses (403) unless the actor may do tenant-wide budget work. */
export async function enforceWholeScope(ctx: RequestContext): Promise<void> {
  enforce(mayManageAllBudgets(ctx.actor, await budgetScope(ctx)));
}

/** Saves the efficiency bands (admin or planning unit only). */
export async function saveBudgetSettings(ctx: RequestContext, input: BudgetSettingsInput): Promise<BudgetSettingsView> {
  await enforceWholeScope(ctx);
  const problems = efficiencySettingsProblems(input);
  if (problems.length > 0)
    throw new ValidationError(problems.map((p) => ({ field: p.field, message: `performance.budget.${p.key}` })));
  return inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const row = {
      efficient_above: input.efficientAbove,
      fair_from: input.fairFrom,
      updated_at: tx.platform.now().toISOString(),
      updated_by: tx.actor.userId,
    };
    const existing = await db.selectFrom('budget_settings').select('tenant_id').executeTakeFirst();
    if (existing) await db.updateTable('budget_settings').set(row).execute();
    else await db.insertInto('budget_settings', row).execute();
    await recordAudit(tx, 'performance.budget_settings_saved', { objectType: 'budget_settings', data: { ...input } });
    return getBudgetSettings(tx);
  });
}

/** The unit must exist in the tenant (404 otherwise, also for another tenant's unit). */
export async function requireUnit(ctx: RequestContext, unitId: string): Promise<void> {
  const unit = await tenantDb(ctx).selectFrom('units').select('id').where('id', '=', unitId).executeTakeFirst();
  if (!unit) throw new NotFoundError('unit');
}
