/**
 * Public API of the evaluation module (LKE evaluation, issue #6). So far it is the pure scoring engine with the
 * PermenPANRB 88/2021 template; the village evaluation reuses it with another template.
 */
export * from './scoring/index.ts';
