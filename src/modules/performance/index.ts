/**
 * Public API of the performance module (e-SAKIP planning and measurement, issue #5). So far it is the pure
 * capaian engine, which the village module reuses; persistence and routes come with the planning chain.
 */
export * from './capaian/index.ts';
