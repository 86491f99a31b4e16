/** Public API of the records module: berkas (case files) and filing letters; retention and disposal come later. */
export { recordsMessages } from './records.messages.ts';
export { recordsRoutes } from './records.routes.ts';
