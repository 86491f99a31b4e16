/** Public API of the numbering module: schemes, atomic allocation, void, sisipan, outage numbers. */
export type { ReservedNumber, ReserveNumberInput } from './numbering.contract.ts';
export { numberingMessages } from './numbering.messages.ts';
export { numberingRoutes } from './numbering.routes.ts';
// `markNumberUsed` is the same function as `useNumber`, for callers whose linter reads `use…` as a React hook.
export { reserveNumber, useNumber as markNumberUsed, useNumber, voidNumber } from './numbers.service.ts';
export { reconcileOutage, recordManualNumber } from './outage.service.ts';
export { ensureNumberSchemes } from './schemes.service.ts';
export { insertNumber } from './sisipan.service.ts';
