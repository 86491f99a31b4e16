/**
 * Public API of the villages module (Sakip Desa, issue #7): the pure IDM engine with its status simulator, the
 * village category bands with the ranking, and the stored IDM per desa and year (routes, messages); Sakip Desa
 * accountability (mandated results, targets, idempotent quarterly realisasi with evidence, kecamatan verification).
 */
export * from './idm/index.ts';
export { villagesIdmMessages } from './idm.messages.ts';
export { villagesIdmRoutes } from './idm.routes.ts';
export { IDM_INDICATORS, type IdmIndicator } from './idm-catalogue.ts';
export { IDM_ENGINE_VERSION, settingsHash, storedResult } from './idm-store.ts';
export * from './ranking/index.ts';
export { villagesAccountabilityMessages } from './village-accountability.messages.ts';
export { villagesAccountabilityRoutes } from './village-accountability.routes.ts';
export { headHolderToday, unitOfRegion } from './village-agreement-facts.ts';
export { villageAgreementMessages } from './village-agreements.messages.ts';
export { villageAgreementRoutes } from './village-agreements.routes.ts';
export { importBudget } from './village-apbdes.service.ts';
export { villagesDpmdRoutes } from './village-dpmd.routes.ts';
export { villageEvaluationMessages } from './village-evaluation.messages.ts';
export { villageEvaluationRoutes } from './village-evaluation.routes.ts';
export { seedDefaultMandatoryResults } from './village-mandatory.service.ts';
export { villagePlansMessages } from './village-plans.messages.ts';
export { villagePlansRoutes } from './village-plans.routes.ts';
export { resealVillagePrivacyKey } from './village-privacy.ts';
export { createProgramme } from './village-programmes.service.ts';
export { createActivity } from './village-rkp.service.ts';
export { createRpjm, listRpjm } from './village-rpjm.service.ts';
export { recomputeTargetsIn } from './village-targets.service.ts';
export { VILLAGE_PREDIKAT, VILLAGE_WORKSHEET, villagePredikatTable } from './village-worksheet.ts';
