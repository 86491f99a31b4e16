import type { EofficeStatsView } from '../../../../src/modules/correspondence/eoffice-stats.contract.ts';
import { api, queryString } from '../../app/api.ts';

/** The dashboard of one year, as the server sends it. */
export type EofficeStats = EofficeStatsView;
/** One unit row of the dashboard. */
export type UnitStats = EofficeStats['units'][number];
/** One month row of the dashboard. */
export type MonthStats = EofficeStats['months'][number];

/** Query key of the dashboard of a year (null: the server's current year). */
export const eofficeStatsKey = (year: number | null) => ['eoffice', 'stats', year] as const;

/** The dashboard of `year` (the current year in the regency's time zone when null). */
export const fetchEofficeStats = (year: number | null) =>
  api<EofficeStats>(`/api/eoffice/stats${queryString({ year: year ?? undefined })}`);
