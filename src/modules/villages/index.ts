/**
 * Public API of the villages module (Sakip Desa, issue #7): the pure IDM engine with its status simulator, the
 * village category bands with the ranking, and the stored IDM per desa and year (routes, messages).
 */
export * from './idm/index.ts';
export { villagesIdmMessages } from './idm.messages.ts';
export { villagesIdmRoutes } from './idm.routes.ts';
export { IDM_INDICATORS, type IdmIndicator } from './idm-catalogue.ts';
export { IDM_ENGINE_VERSION, settingsHash, storedResult } from './idm-store.ts';
export * from './ranking/index.ts';
