/**
 * Who may manage budget lines and nomenclature. Reading needs `performance.plan.read` (checked by the route).
 * Managing needs `performance.plan.manage`, and for a unit's lines also scope: an admin or a planner of the
 * planning unit (Bappeda) manages every OPD; any other planner only the OPDs they hold a position in.
 */
import type { Actor } from '../../platform/access/context.ts';
import { ForbiddenError } from '../../shared/errors.ts';

/** A policy decision: allowed, or refused with the message key that says why. */
export type Decision = { readonly allowed: true } | { readonly allowed: false; readonly reason: string };

/** The units whose budget an actor may manage: all of them, or those listed (own OPD and its ancestors). */
export interface BudgetScope {
  readonly all: boolean;
  readonly unitIds: ReadonlySet<string>;
}

const allow: Decision = { allowed: true };
const deny = (reason: string): Decision => ({ allowed: false, reason });

/** Scope of an actor from facts: admin role or a position in the planning unit (planner.ts) gives all. */
export function budgetScopeOf(actor: Actor, facts: { inPlanningUnit: boolean; ownUnitIds: readonly string[] }): BudgetScope {
  const all = actor.roles.includes('admin') || facts.inPlanningUnit;
  return { all, unitIds: new Set(facts.ownUnitIds) };
}

/** Tenant-wide budget work (nomenclature import, settings) needs the manage permission and the whole scope. */
export function mayManageAllBudgets(actor: Actor, scope: BudgetScope): Decision {
  if (!actor.permissions.has('performance.plan.manage')) return deny('errors.forbidden');
  return scope.all ? allow : deny('performance.budget.planningUnitOnly');
}

/** Importing or editing one OPD's lines: the manage permission and that OPD in the actor's scope. */
export function mayManageBudgetOfUnit(actor: Actor, scope: BudgetScope, unitId: string): Decision {
  if (!actor.permissions.has('performance.plan.manage')) return deny('errors.forbidden');
  return scope.all || scope.unitIds.has(unitId) ? allow : deny('performance.budget.otherUnit');
}

/** Throws ForbiddenError with the decision's reason unless it allows. */
export function enforce(decision: Decision): void {
  if (!decision.allowed) throw new ForbiddenError(decision.reason);
}
