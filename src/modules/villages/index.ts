/**
 * Public API of the villages module (Sakip Desa, issue #7). So far it is pure: IDM with its status simulator,
 * and the village category bands with the ranking.
 */
export * from './idm/index.ts';
export * from './ranking/index.ts';
