/** Routes of the e-SAKIP dashboards: regency → OPD → indicator (read-only; every ASN who reads plans may see them). */
import { defineRoutes } from '../../platform/http/define-routes.ts';
import {
  DashboardIndicatorParams,
  DashboardUnitParams,
  DashboardYearQuery,
  IndicatorDashboardView,
  RegencyDashboardView,
  UnitDashboardView,
} from './dashboard.contract.ts';
import { regencyDashboard, unitDashboard } from './dashboard.queries.ts';
import { indicatorDashboard } from './dashboard-indicator.queries.ts';

const READ = 'performance.plan.read' as const;

/** The dashboards; the OPD and indicator are looked up in the caller's tenant first (another tenant's id is a 404). */
export const dashboardRoutes = defineRoutes('performance-dashboard', (r) => {
  r.route({
    method: 'GET',
    url: '/api/performance/dashboard',
    summary: 'Dasbor kabupaten: capaian rata-rata, lampu lalu lintas dan serapan per perangkat daerah (regency dashboard)',
    permission: READ,
    querystring: DashboardYearQuery,
    response: { 200: RegencyDashboardView },
    handler: ({ ctx, query }) => regencyDashboard(ctx, query.year),
  });
  r.route({
    method: 'GET',
    url: '/api/performance/dashboard/units/:unitId',
    summary: 'Dasbor perangkat daerah: indikator, tren triwulan, proyeksi akhir tahun dan peringatan dini (OPD dashboard)',
    permission: READ,
    params: DashboardUnitParams,
    querystring: DashboardYearQuery,
    response: { 200: UnitDashboardView },
    handler: ({ ctx, params, query }) => unitDashboard(ctx, params.unitId, query.year),
  });
  r.route({
    method: 'GET',
    url: '/api/performance/dashboard/indicators/:indicatorId',
    summary: 'Dasbor indikator: setiap capaian tersimpan, target dan realisasi (indicator dashboard)',
    permission: READ,
    params: DashboardIndicatorParams,
    querystring: DashboardYearQuery,
    response: { 200: IndicatorDashboardView },
    handler: ({ ctx, params, query }) => indicatorDashboard(ctx, params.indicatorId, query.year),
  });
});
