/**
 * Public API of the capaian engine (pure; reused by the village module). Formulas follow the domain
 * notes `sakip-and-sakip-desa.md` §3.1–3.2; every result carries ENGINE_VERSION and the settings hash.
 */
export { aggregateRealisasi } from './aggregate.ts';
export { type BandTableProblem, findBand, validateBandTable } from './bands.ts';
export { NOT_COMPUTABLE_MESSAGES } from './capaian.messages.ts';
export type {
  Aggregation,
  BandBoundary,
  BandCode,
  BandDefinition,
  BilingualMessage,
  CapaianComputed,
  CapaianIndicator,
  CapaianNotComputable,
  CapaianRealisasi,
  CapaianResult,
  CapaianSettings,
  CapaianSettingsSnapshot,
  CapaianTarget,
  FormulaId,
  MinimizeFormula,
  NotComputableReason,
  PeriodRealisasi,
  Polarity,
} from './capaian.types.ts';
export { ENGINE_VERSION } from './capaian.types.ts';
export { capaianOfValue, computeCapaian } from './compute-capaian.ts';
export {
  type ProjectionComputed,
  type ProjectionMethod,
  type ProjectionOptions,
  type ProjectionResult,
  projectYearEnd,
} from './projection.ts';
export { ratioValue } from './ratio.ts';
export { DEFAULT_ROUNDING_DECIMALS, type SettingsProblem, settingsHash, settingsSnapshot, validateSettings } from './settings.ts';
