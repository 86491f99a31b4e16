import { defineRoutes } from '../../platform/http/define-routes.ts';
import { EofficeStatsQuery, EofficeStatsView } from './eoffice-stats.contract.ts';
import { eofficeStats } from './eoffice-stats.queries.ts';

/** The e-Office dashboard: letters per month and disposition figures per unit (counts only). */
export const eofficeStatsRoutes = defineRoutes('correspondence', (r) => {
  r.route({
    method: 'GET',
    url: '/api/eoffice/stats',
    summary: 'Statistik e-Office: surat masuk/keluar per bulan, disposisi terbuka/terlambat dan waktu respons per unit',
    permission: 'correspondence.stats.read',
    querystring: EofficeStatsQuery,
    response: { 200: EofficeStatsView },
    handler: ({ ctx, query }) => eofficeStats(ctx, query),
  });
});
