/** Public API of the regulation module: versioned regulation packs (jenis naskah, KKA, labels, instructions). */
export { FINAL_DISPOSITIONS, isKkaCodeShape, kkaCodeProblem, parentKkaCode } from './kka-code.ts';
export type { SecurityCode, SecurityLabel, UrgencyCode, UrgencyLevel } from './regulation.contract.ts';
export { regulationMessages } from './regulation.messages.ts';
export {
  activeDocumentType,
  dispositionInstructions,
  findArchiveClass,
  securityLabels,
  urgencyLevels,
} from './regulation.queries.ts';
export { regulationRoutes } from './regulation.routes.ts';
export { ensureRegulationPack } from './regulation.service.ts';
