/** What the budget part of the performance module offers other modules and the app (re-exported by index.ts). */

export { budgetMessages } from './budget.messages.ts';
export type { BudgetScope } from './budget.policy.ts';
export { budgetRoutes, nomenclatureRoutes } from './budget.routes.ts';
export {
  DEFAULT_EFFICIENCY_SETTINGS,
  type EfficiencySettings,
  type EfficiencyStatus,
  efficiencyStatus,
  type SerapanResult,
  serapan,
} from './budget-efficiency.ts';
export { getBudgetSettings } from './budget-settings.service.ts';
