/** Public API of the LKjIP module (issue #6): drafting the Laporan Kinerja of an OPD or the regency from e-SAKIP data. */
export { createLkjipExportAllJob, lkjipExportAllJob } from './lkjip.job.ts';
export { lkjipMessages } from './lkjip.messages.ts';
export { lkjipRoutes } from './lkjip.routes.ts';
export { reviewMessages as lkjipReviewMessages } from './review.messages.ts';
export { lkjipReviewRoutes } from './review.routes.ts';
