/** IDM (Indeks Desa Membangun): indices, status thresholds as settings, and the next-status simulator. */
export {
  computeIdm,
  IDM_INDEX_CODES,
  type IdmIndexCode,
  type IdmResult,
  type IndexTotals,
  type IndicatorScore,
  idmFromIndices,
  idmFromTotals,
  indexTotals,
  indicatorScoreProblems,
} from './idm.ts';
export { type IndicatorImprovement, type NextStatusPlan, simulateNextStatus } from './simulator.ts';
export {
  DEFAULT_IDM_STATUSES,
  IdmDecimal,
  type IdmStatusBand,
  type IdmStatusSettings,
  idmStatusFor,
  idmStatusRank,
  idmStatusSettingsProblems,
  roundedIdm,
} from './status-settings.ts';
