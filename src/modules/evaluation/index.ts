/**
 * Public API of the evaluation module (LKE evaluation, issue #6): the pure scoring engine with the PermenPANRB
 * 88/2021 template (the village evaluation reuses it with another template), and the persistent evaluation of OPDs
 * with its routes and messages.
 */
export { evaluationMessages } from './evaluation.messages.ts';
export { evaluationRoutes } from './evaluation.routes.ts';
export { recommendationMessages } from './recommendations.messages.ts';
export { recommendationRoutes } from './recommendations.routes.ts';
export * from './scoring/index.ts';
