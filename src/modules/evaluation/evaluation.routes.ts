/** Routes of the LKE evaluation under `/api/evaluation`. */
import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { saveFinalAnswers, saveSelfAnswers } from './answers.service.ts';
import * as C from './evaluation.contract.ts';
import { getEvaluation, listEvaluations } from './evaluations.queries.ts';
import {
  createEvaluation,
  evaluationWhatIf,
  finaliseEvaluation,
  reopenEvaluation,
  submitSelfAssessment,
} from './evaluations.service.ts';
import { evidenceFileRoutes } from './evidence-files.routes.ts';
import { prefillEvaluation } from './prefill.service.ts';
import { createTemplate, listTemplates, setTemplateStatus } from './templates.service.ts';

const READ = 'performance.plan.read' as const;
const E = '/api/evaluation/evaluations';
const ONE = `${E}/:evaluationId`;

/**
 * LKE evaluation. SECURITY: every route that names an evaluation or template is declared with the read permission
 * so that another tenant's id answers 404 from the tenant-scoped lookup; the service then decides with
 * evaluation.policy.ts (OPD planners self-assess, `evaluation.assess` evaluates, readers see final results only).
 */
export const evaluationRoutes = defineRoutes('evaluation', (r) => {
  templateRoutes(r);
  evaluationReadRoutes(r);
  answerRoutes(r);
  lifecycleRoutes(r);
  evidenceFileRoutes(r);
});

function templateRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: '/api/evaluation/templates',
    summary: 'Templat LKE: bawaan PermenPANRB 88/2021 dan versi milik pemda (LKE templates)',
    permission: READ,
    response: { 200: C.TemplateListView },
    handler: ({ ctx }) => listTemplates(ctx),
  });
  r.route({
    method: 'POST',
    url: '/api/evaluation/templates',
    summary: 'Tambah versi templat LKE milik pemda (draf; divalidasi) (add a template version)',
    permission: 'evaluation.assess',
    body: C.CreateTemplateInput,
    status: 201,
    response: { 201: C.TemplateView },
    handler: ({ ctx, body }) => createTemplate(ctx, body),
  });
  r.route({
    method: 'POST',
    url: '/api/evaluation/templates/:templateId/status',
    summary: 'Aktifkan atau pensiunkan templat LKE (activate or retire a template)',
    permission: READ,
    params: C.TemplateIdParams,
    body: C.TemplateStatusInput,
    response: { 200: C.TemplateView },
    handler: ({ ctx, params, body }) => setTemplateStatus(ctx, params.templateId, body),
  });
}

function evaluationReadRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: E,
    summary: 'Daftar evaluasi per tahun (semua OPD) atau per OPD (semua tahun): nilai, predikat, status',
    permission: READ,
    querystring: C.EvaluationListQuery,
    response: { 200: C.EvaluationListView },
    handler: ({ ctx, query }) => listEvaluations(ctx, query),
  });
  r.route({
    method: 'POST',
    url: E,
    summary: 'Buka evaluasi LKE satu OPD dan tahun (terisi otomatis dari data e-SAKIP)',
    permission: READ,
    body: C.CreateEvaluationInput,
    status: 201,
    response: { 201: C.EvaluationView },
    handler: ({ ctx, body }) => createEvaluation(ctx, body),
  });
  r.route({
    method: 'GET',
    url: ONE,
    summary: 'Satu evaluasi: lembar kerja, nilai usulan dan penetapan, kerangka logis, predikat',
    permission: READ,
    params: C.EvaluationIdParams,
    response: { 200: C.EvaluationView },
    handler: ({ ctx, params }) => getEvaluation(ctx, params.evaluationId),
  });
  r.route({
    method: 'GET',
    url: `${ONE}/what-if`,
    summary: 'Simulasi: kriteria yang paling menaikkan nilai dan langkah menuju predikat berikutnya',
    permission: READ,
    params: C.EvaluationIdParams,
    querystring: C.WhatIfQuery,
    response: { 200: C.WhatIfView },
    handler: ({ ctx, params, query }) => evaluationWhatIf(ctx, params.evaluationId, query.basis),
  });
}

function answerRoutes(r: RouteRegistrar) {
  r.route({
    method: 'PUT',
    url: `${ONE}/self-answers`,
    summary: 'Jawaban penilaian mandiri OPD (nilai usulan) dengan catatan dan bukti dukung',
    permission: READ,
    params: C.EvaluationIdParams,
    body: C.AnswersInput,
    response: { 200: C.EvaluationView },
    handler: ({ ctx, params, body }) => saveSelfAnswers(ctx, params.evaluationId, body),
  });
  r.route({
    method: 'PUT',
    url: `${ONE}/final-answers`,
    summary: 'Jawaban evaluator (nilai penetapan) dengan catatan dan bukti dukung',
    permission: READ,
    params: C.EvaluationIdParams,
    body: C.AnswersInput,
    response: { 200: C.EvaluationView },
    handler: ({ ctx, params, body }) => saveFinalAnswers(ctx, params.evaluationId, body),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/prefill`,
    summary: 'Isi ulang jawaban dari data e-SAKIP (PK, Renstra, realisasi, IKU); jawaban manusia tidak ditimpa',
    permission: READ,
    params: C.EvaluationIdParams,
    body: C.VersionInput,
    response: { 200: C.EvaluationView },
    handler: ({ ctx, params, body }) => prefillEvaluation(ctx, params.evaluationId, body.version),
  });
}

function lifecycleRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE}/submit`,
    summary: 'Kirim penilaian mandiri ke evaluator',
    permission: READ,
    params: C.EvaluationIdParams,
    body: C.VersionInput,
    response: { 200: C.EvaluationView },
    handler: ({ ctx, params, body }) => submitSelfAssessment(ctx, params.evaluationId, body.version),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/finalise`,
    summary: 'Finalkan evaluasi (ditolak 409 selama ada kriteria kosong atau pelanggaran kerangka logis)',
    permission: READ,
    params: C.EvaluationIdParams,
    body: C.VersionInput,
    response: { 200: C.EvaluationView },
    handler: ({ ctx, params, body }) => finaliseEvaluation(ctx, params.evaluationId, body.version),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/reopen`,
    summary: 'Buka kembali satu tahap (final → evaluator, evaluator → penilaian mandiri)',
    permission: READ,
    params: C.EvaluationIdParams,
    body: C.ReopenInput,
    response: { 200: C.EvaluationView },
    handler: ({ ctx, params, body }) => reopenEvaluation(ctx, params.evaluationId, body),
  });
}
