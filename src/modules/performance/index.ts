/**
 * Public API of the performance module (e-SAKIP planning and measurement, issue #5): the pure capaian engine,
 * which the village module reuses, the budget part (budget.public.ts) and the planning chain (periods, plan/pokin
 * tree, indicators, crosscutting).
 */
export { agreementXlsxMessages } from './agreement-xlsx.messages.ts';
export { agreementXlsxRoutes } from './agreement-xlsx.routes.ts';
export { agreementMessages } from './agreements.messages.ts';
export { agreementRoutes } from './agreements.routes.ts';
export { AUTO_REALIZATIONS_JOB, createAutoRealizations } from './auto-realizations.job.ts';
export { autoRealizationRoutes } from './auto-realizations.routes.ts';
export { autoSourceMessages } from './auto-sources.messages.ts';
export * from './budget.public.ts';
export * from './capaian/index.ts';
export { capaianStoreMessages } from './capaian-store.messages.ts';
export { capaianStoreRoutes } from './capaian-store.routes.ts';
export { recomputeIndicatorYear, recomputeTenantYear } from './capaian-store.service.ts';
export { dashboardMessages } from './dashboard.messages.ts';
export { dashboardRoutes } from './dashboard.routes.ts';
export { type SakipEvidence, type SakipFact, type SakipFacts, sakipFactsOfUnitYear } from './evaluation-facts.ts';
export { CreateIndicatorInput } from './indicators.contract.ts';
export { createIndicator } from './indicators.service.ts';
export {
  type LkjipAgreementFacts,
  type LkjipCapaian,
  type LkjipFacts,
  type LkjipIndicatorFacts,
  type LkjipMoney,
  type LkjipProgramme,
  type LkjipRealisasi,
  type LkjipTarget,
  lkjipFactsOfYear,
} from './lkjip-facts.ts';
export { loadMeasurementSettings, type MeasurementSettings } from './measurement-settings.ts';
export { createNode } from './nodes.service.ts';
export { performanceMessages } from './performance.messages.ts';
export type { Planner } from './performance.policy.ts';
export { performanceRoutes } from './performance.routes.ts';
export { activatePeriod, createPeriod, getPeriod } from './periods.service.ts';
export { planXlsxMessages } from './plan-xlsx.messages.ts';
export { planXlsxRoutes } from './plan-xlsx.routes.ts';
export { currentPlanner, planningUnitId } from './planner.ts';
export { realizationMessages } from './realizations.messages.ts';
export { realizationRoutes } from './realizations.routes.ts';
