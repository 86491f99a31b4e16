/** Public API of the correspondence module: incoming letters, dispositions, contacts. */
export { findOrCreateContact, searchContacts } from './contacts.service.ts';
export { correspondenceMessages } from './correspondence.messages.ts';
export { dispositionsRoutes, lettersRoutes } from './correspondence.routes.ts';
export {
  type DispositionMeasures,
  type DispositionMeasuresQuery,
  dispositionMeasures,
} from './disposition-measures.queries.ts';
export { eofficeStatsMessages } from './eoffice-stats.contract.ts';
export { eofficeStatsRoutes } from './eoffice-stats.routes.ts';
export { type Me, visibleLetter, visibleLetterCondition, whoAmI } from './letter-access.ts';
export { createLetterIndexJob } from './letter-search.jobs.ts';
export { letterSearchRoutes } from './letter-search.routes.ts';
export { indexLetterForSearch, searchLetters } from './letter-search.service.ts';
export { registerIncomingLetter, type UploadedScan } from './letters.service.ts';
export { draftNoticeToPosition, type NoticeRequest } from './notice-drafts.ts';
export { createLetterMailJob, createRegencyDeliveryJob } from './outgoing.jobs.ts';
export { approvalStepsRoutes, outgoingRoutes } from './outgoing.routes.ts';
export { workQueuesRoutes } from './work-queues.routes.ts';
