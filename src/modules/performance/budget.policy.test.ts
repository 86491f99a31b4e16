import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/access/context.ts';
import { permissionsForRoles } from '../../shared/permissions.ts';
import { budgetScopeOf, mayManageAllBudgets, mayManageBudgetOfUnit } from './budget.policy.ts';

const actor = (roles: string[]): Actor => ({
  kind: 'user',
  userId: 'u',
  label: 'u',
  roles,
  permissions: permissionsForRoles(roles),
  sessionId: 's',
});

describe('budget policy', () => {
  const opdPlanner = actor(['perencana']);
  const ownScope = budgetScopeOf(opdPlanner, { inPlanningUnit: false, ownUnitIds: ['dinkes'] });

  it.each([
    ['OPD planner, own OPD', opdPlanner, ownScope, 'dinkes', true],
    ['OPD planner, other OPD', opdPlanner, ownScope, 'dishub', false],
    [
      'planning-unit planner, any OPD',
      opdPlanner,
      budgetScopeOf(opdPlanner, { inPlanningUnit: true, ownUnitIds: [] }),
      'dishub',
      true,
    ],
    [
      'admin + planner, any OPD',
      actor(['admin', 'perencana']),
      budgetScopeOf(actor(['admin', 'perencana']), { inPlanningUnit: false, ownUnitIds: [] }),
      'dishub',
      true,
    ],
    [
      'staf in the OPD (no manage permission)',
      actor(['staf']),
      budgetScopeOf(actor(['staf']), { inPlanningUnit: true, ownUnitIds: ['dinkes'] }),
      'dinkes',
      false,
    ],
  ])('%s → %s', (_name, who, scope, unitId, allowed) => {
    expect(mayManageBudgetOfUnit(who, scope, unitId).allowed).toBe(allowed);
  });

  it('gives tenant-wide work (nomenclature, settings) only to the whole scope', () => {
    expect(mayManageAllBudgets(opdPlanner, ownScope)).toEqual({ allowed: false, reason: 'performance.budget.planningUnitOnly' });
    expect(mayManageAllBudgets(opdPlanner, budgetScopeOf(opdPlanner, { inPlanningUnit: true, ownUnitIds: [] })).allowed).toBe(
      true,
    );
    const admin = actor(['admin']);
    expect(mayManageAllBudgets(admin, budgetScopeOf(admin, { inPlanningUnit: false, ownUnitIds: [] }))).toEqual({
      allowed: false,
      reason: 'errors.forbidden',
    });
  });

  it('says why another OPD is refused', () => {
    expect(mayManageBudgetOfUnit(opdPlanner, ownScope, 'dishub')).toEqual({
      allowed: false,
      reason: 'performance.budget.otherUnit',
    });
  });
});
