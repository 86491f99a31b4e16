/** Routes of automatic realisasi: the catalogue of sources, and a run for one indicator on request. */
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { runAutoRealizations } from './auto-realizations.service.ts';
import { AutoRealizationRunView, AutoSourceListView } from './auto-sources.contract.ts';
import { autoSources } from './auto-sources.ts';
import { IndicatorIdParams } from './performance.contract.ts';

/** `GET /api/performance/auto-sources` and `POST /api/performance/indicators/:indicatorId/auto-realizations`. */
export const autoRealizationRoutes = defineRoutes('performance-auto', (r) => {
  r.route({
    method: 'GET',
    url: '/api/performance/auto-sources',
    summary: 'Katalog sumber realisasi otomatis (automatic realisasi sources)',
    permission: 'performance.plan.read',
    response: { 200: AutoSourceListView },
    handler: async () => ({
      items: autoSources().map(({ key, label, unitOfMeasure, suggestedPolarity }) => ({
        key: key as AutoSourceListView['items'][number]['key'],
        label,
        unitOfMeasure,
        suggestedPolarity,
      })),
    }),
  });
  r.route({
    method: 'POST',
    url: '/api/performance/indicators/:indicatorId/auto-realizations',
    summary: 'Hitung realisasi otomatis satu indikator sekarang (run automatic realisasi for one indicator)',
    // SECURITY: read at the route so another tenant's indicator is a 404; the service then applies mayEditNode
    // (planner of the indicator's OPD, or the planning unit) before computing anything.
    permission: 'performance.plan.read',
    params: IndicatorIdParams,
    response: { 200: AutoRealizationRunView },
    handler: ({ ctx, params }) => runAutoRealizations(ctx, params.indicatorId),
  });
});
