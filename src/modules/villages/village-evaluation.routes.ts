/** Routes of the Sakip Desa evaluation: worksheet, band settings, evaluations per desa-year, ranking, dashboard, recap PDF. */
import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { getBandSettings, saveBandSettings } from './village-bands.service.ts';
import { getVillageDashboard } from './village-dashboard.queries.ts';
import * as C from './village-evaluation.contract.ts';
import {
  createVillageEvaluation,
  finaliseVillageEvaluation,
  getVillageEvaluation,
  prefillVillageEvaluation,
  saveVillageAnswers,
} from './village-evaluations.service.ts';
import { getRanking, listVillageEvaluations } from './village-ranking.queries.ts';
import { renderVillageRecapPdf, villageRecap } from './village-recap-pdf.ts';
import { getWorksheet, saveWorksheet } from './village-worksheets.service.ts';

const ONE = '/api/villages/evaluations/:evaluationId';

// SECURITY: reads are for regency staff (performance.plan.read) and DPMD, and a desa operator may read their own desa's
// final evaluation; writes are for villages.idm.manage holders in DPMD (or admins holding it). A route carries one
// permission and the tenancy sweep's equally privileged user must meet a 404, so the routes declare 'authenticated'
// and the services decide with village-evaluation.policy.ts after looking every id up through tenantDb.
/** The Sakip Desa evaluation routes. */
export const villageEvaluationRoutes = defineRoutes('villages-evaluation', (r) => {
  r.route({
    method: 'GET',
    url: '/api/villages/evaluation-worksheet',
    summary: 'Lembar kerja evaluasi desa yang berlaku (current village worksheet)',
    permission: 'authenticated',
    response: { 200: C.VillageWorksheetView },
    handler: ({ ctx }) => getWorksheet(ctx),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/evaluation-worksheet',
    summary: 'Simpan versi baru lembar kerja evaluasi desa (store a new worksheet version; DPMD)',
    permission: 'authenticated',
    body: C.VillageWorksheetInput,
    response: { 200: C.VillageWorksheetView },
    handler: ({ ctx, body }) => saveWorksheet(ctx, body.template),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/evaluation-settings/bands',
    summary: 'Kategori desa (A–D) dengan batas yang diperkirakan (category bands; inferred limits marked)',
    permission: 'authenticated',
    response: { 200: C.VillageBandSettingsView },
    handler: ({ ctx }) => getBandSettings(ctx),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/evaluation-settings/bands',
    summary: 'Simpan kategori desa (save category bands; DPMD; lo < nilai ≤ hi, 0..100 tanpa celah)',
    permission: 'authenticated',
    body: C.VillageBandSettingsInput,
    response: { 200: C.VillageBandSettingsView },
    handler: ({ ctx, body }) => saveBandSettings(ctx, body),
  });
  evaluationRoutes(r);
  r.route({
    method: 'GET',
    url: '/api/villages/rankings',
    summary: 'Peringkat desa satu tahun: kabupaten, atau satu kecamatan (ranking; ties share a rank)',
    permission: 'authenticated',
    querystring: C.RankingQuery,
    response: { 200: C.RankingView },
    handler: ({ ctx, query }) => getRanking(ctx, query),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/rankings/recap.pdf',
    summary: 'Rekap peringkat desa satu tahun sebagai PDF (printable recap)',
    permission: 'authenticated',
    querystring: C.VillageYearQuery,
    handler: async ({ ctx, query, reply }) => {
      const bytes = await renderVillageRecapPdf(await villageRecap(ctx, query.year));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="peringkat-desa-${query.year}.pdf"`)
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  });
  r.route({
    method: 'GET',
    url: '/api/villages/evaluation-dashboard',
    summary: 'Dasbor kabupaten: desa per kategori dan status IDM, per kecamatan, peringkat teratas/terbawah',
    permission: 'authenticated',
    querystring: C.VillageYearQuery,
    response: { 200: C.VillageDashboardView },
    handler: ({ ctx, query }) => getVillageDashboard(ctx, query.year),
  });
});

function evaluationRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: '/api/villages/evaluations',
    summary: 'Semua desa satu tahun dengan status evaluasinya (every desa with its evaluation state)',
    permission: 'authenticated',
    querystring: C.VillageYearQuery,
    response: { 200: C.VillageEvaluationListView },
    handler: ({ ctx, query }) => listVillageEvaluations(ctx, query.year),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/evaluations',
    summary: 'Mulai evaluasi satu desa satu tahun (start an evaluation; DPMD)',
    permission: 'authenticated',
    body: C.CreateVillageEvaluationInput,
    status: 201,
    response: { 201: C.VillageEvaluationView },
    handler: ({ ctx, body }) => createVillageEvaluation(ctx, body),
  });
  r.route({
    method: 'GET',
    url: ONE,
    summary: 'Satu evaluasi desa: lembar kerja, jawaban, nilai, kategori (one evaluation)',
    permission: 'authenticated',
    params: C.VillageEvaluationParams,
    response: { 200: C.VillageEvaluationView },
    handler: ({ ctx, params }) => getVillageEvaluation(ctx, params.evaluationId),
  });
  r.route({
    method: 'PUT',
    url: `${ONE}/answers`,
    summary: 'Simpan jawaban kriteria (save answers; DPMD; draft only; unknown option → 422)',
    permission: 'authenticated',
    params: C.VillageEvaluationParams,
    body: C.VillageAnswersInput,
    response: { 200: C.VillageEvaluationView },
    handler: ({ ctx, params, body }) => saveVillageAnswers(ctx, params.evaluationId, body),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/prefill`,
    summary: 'Isi ulang jawaban dari data Pamong (RPJMDes, RKPDes, APBDes, PK, realisasi); jawaban manusia tidak ditimpa',
    permission: 'authenticated',
    params: C.VillageEvaluationParams,
    body: C.PrefillVillageEvaluationInput,
    response: { 200: C.VillageEvaluationView },
    handler: ({ ctx, params, body }) => prefillVillageEvaluation(ctx, params.evaluationId, body),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/finalise`,
    summary: 'Finalkan evaluasi: nilai dan kategori disimpan (finalise; stores the score snapshot)',
    permission: 'authenticated',
    params: C.VillageEvaluationParams,
    body: C.FinaliseVillageEvaluationInput,
    response: { 200: C.VillageEvaluationView },
    handler: ({ ctx, params, body }) => finaliseVillageEvaluation(ctx, params.evaluationId, body),
  });
}
