import type {
  DashboardIndicatorRowView,
  DashboardUnitSummaryView,
  IndicatorDashboardView,
  ProjectionView,
  RegencyDashboardView,
  UnitDashboardView,
} from '../../../../../src/modules/performance/dashboard.contract.ts';
import { api, queryString } from '../../../app/api.ts';

export type {
  DashboardIndicatorRowView,
  DashboardUnitSummaryView,
  IndicatorDashboardView,
  ProjectionView,
  RegencyDashboardView,
  UnitDashboardView,
};
/** One band of the tenant's table (code, label, colour, bounds). */
export type BandView = RegencyDashboardView['bands'][number];

const P = '/api/performance/dashboard';
const enc = encodeURIComponent;

/** Query keys of the dashboard tab (`year` null = the server's current year). */
export const dashboardKeys = {
  regency: (year: number | null) => ['esakip', 'dashboard', 'regency', year] as const,
  unit: (unitId: string, year: number | null) => ['esakip', 'dashboard', 'unit', unitId, year] as const,
  indicator: (indicatorId: string, year: number | null) => ['esakip', 'dashboard', 'indicator', indicatorId, year] as const,
};

/** The regency view: capaian, bands and budget per OPD. */
export const fetchRegencyDashboard = (year: number | null) => api<RegencyDashboardView>(`${P}${queryString({ year })}`);
/** One OPD: its indicators with quarterly trend, projection and budget. */
export const fetchUnitDashboard = (unitId: string, year: number | null) =>
  api<UnitDashboardView>(`${P}/units/${enc(unitId)}${queryString({ year })}`);
/** One indicator: every stored result, targets, realisasi and the projection. */
export const fetchIndicatorDashboard = (indicatorId: string, year: number | null) =>
  api<IndicatorDashboardView>(`${P}/indicators/${enc(indicatorId)}${queryString({ year })}`);
