/**
 * Public API of the performance module (e-SAKIP planning and measurement, issue #5): the pure capaian engine,
 * which the village module reuses, the budget part (budget.public.ts) and the planning chain (periods, plan/pokin
 * tree, indicators, crosscutting).
 */
export * from './budget.public.ts';
export * from './capaian/index.ts';
export { performanceMessages } from './performance.messages.ts';
export { performanceRoutes } from './performance.routes.ts';
export { planningUnitId } from './planner.ts';
