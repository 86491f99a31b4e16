/** Routes of the LHE (PDF, DOCX), its recommendations and their follow-up under `/api/evaluation`. */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { EvaluationIdParams } from './evaluation.contract.ts';
import { parseFields, readMultipart, sendFile } from './evaluation-http.ts';
import { addFollowup, type FollowupUpload, followupFile, MAX_FOLLOWUP_FILES } from './followups.service.ts';
import { lheContent } from './lhe-data.ts';
import { renderLheDocx } from './lhe-docx.ts';
import { lheFileName, renderLhePdf } from './lhe-pdf.ts';
import { sendRecommendationNotice } from './recommendation-notice.service.ts';
import * as C from './recommendations.contract.ts';
import {
  addRecommendation,
  confirmRecommendation,
  listRecommendations,
  removeRecommendation,
  reopenRecommendation,
  updateRecommendation,
} from './recommendations.service.ts';
import { listOverdueRecommendations } from './recommendations-overdue.queries.ts';

const READ = 'performance.plan.read' as const;
const ONE_EVALUATION = '/api/evaluation/evaluations/:evaluationId';
const ONE = '/api/evaluation/recommendations/:recommendationId';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** A follow-up from a JSON body, or from multipart text fields with `file` parts (streamed up to the upload limit). */
async function readFollowup(request: FastifyRequest): Promise<FollowupUpload> {
  if (!request.isMultipart()) return { input: parseFields(C.FollowupInput, request.body ?? {}), files: [] };
  const { fields, files } = await readMultipart(request, MAX_FOLLOWUP_FILES);
  return { input: parseFields(C.FollowupInput, fields), files };
}

/**
 * LHE and recommendations. SECURITY: every route that names an evaluation, recommendation or follow-up declares
 * the read permission so that another tenant's id answers 404 from the tenant-scoped lookup; the service then
 * decides with recommendations.policy.ts (evaluator writes, the OPD's planners follow up, readers read final ones).
 */
export const recommendationRoutes = defineRoutes('evaluation-recommendations', (r) => {
  lheRoutes(r);
  recommendationListRoutes(r);
  recommendationWriteRoutes(r);
  followupRoutes(r);
});

function lheRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: `${ONE_EVALUATION}/lhe.pdf`,
    summary: 'LHE (Laporan Hasil Evaluasi) sebagai PDF; hanya evaluasi final (selain itu 409)',
    permission: READ,
    params: EvaluationIdParams,
    handler: async ({ ctx, params, reply }) => {
      const content = await lheContent(ctx, params.evaluationId);
      const bytes = await renderLhePdf(content);
      return sendFile(reply, { bytes, contentType: 'application/pdf', fileName: lheFileName(content, 'pdf') }, true);
    },
  });
  r.route({
    method: 'GET',
    url: `${ONE_EVALUATION}/lhe.docx`,
    summary: 'LHE sebagai DOCX yang dapat disunting; hanya evaluasi final (selain itu 409)',
    permission: READ,
    params: EvaluationIdParams,
    handler: async ({ ctx, params, reply }) => {
      const content = await lheContent(ctx, params.evaluationId);
      const bytes = await renderLheDocx(content);
      return sendFile(reply, { bytes, contentType: DOCX, fileName: lheFileName(content, 'docx') });
    },
  });
}

function recommendationListRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: `${ONE_EVALUATION}/recommendations`,
    summary: 'Rekomendasi LHE satu evaluasi dengan tindak lanjut, penanggung jawab, batas waktu dan keterlambatan',
    permission: READ,
    params: EvaluationIdParams,
    response: { 200: C.RecommendationListView },
    handler: ({ ctx, params }) => listRecommendations(ctx, params.evaluationId),
  });
  r.route({
    method: 'GET',
    url: '/api/evaluation/recommendations/overdue',
    summary: 'Rekomendasi yang lewat batas waktu dan belum selesai (untuk dasbor): jumlah, OPD, hari terlambat',
    permission: READ,
    response: { 200: C.OverdueListView },
    handler: ({ ctx }) => listOverdueRecommendations(ctx),
  });
}

function recommendationWriteRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE_EVALUATION}/recommendations`,
    summary: 'Tambah rekomendasi (evaluator; evaluasi di tahap evaluator atau final)',
    permission: READ,
    params: EvaluationIdParams,
    body: C.RecommendationInput,
    status: 201,
    response: { 201: C.RecommendationView },
    handler: ({ ctx, params, body }) => addRecommendation(ctx, params.evaluationId, body),
  });
  r.route({
    method: 'PUT',
    url: ONE,
    summary: 'Ubah rekomendasi (evaluator)',
    permission: READ,
    params: C.RecommendationIdParams,
    body: C.UpdateRecommendationInput,
    response: { 200: C.RecommendationView },
    handler: ({ ctx, params, body }) => updateRecommendation(ctx, params.recommendationId, body),
  });
  r.route({
    method: 'DELETE',
    url: ONE,
    summary: 'Hapus rekomendasi yang belum ditindaklanjuti (evaluator; body `{ version }`)',
    permission: READ,
    params: C.RecommendationIdParams,
    body: C.RecommendationVersionInput,
    response: { 200: z.object({ removed: z.literal(true) }) },
    handler: ({ ctx, params, body }) => removeRecommendation(ctx, params.recommendationId, body.version),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/confirm`,
    summary: 'Konfirmasi rekomendasi yang selesai ditindaklanjuti (evaluator)',
    permission: READ,
    params: C.RecommendationIdParams,
    body: C.RecommendationVersionInput,
    response: { 200: C.RecommendationView },
    handler: ({ ctx, params, body }) => confirmRecommendation(ctx, params.recommendationId, body.version),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/notice`,
    summary: 'Kirim rekomendasi sebagai nota dinas e-Office kepada jabatan penanggung jawab (evaluator)',
    permission: READ,
    params: C.RecommendationIdParams,
    status: 201,
    response: { 201: C.NoticeSentView },
    handler: ({ ctx, params }) => sendRecommendationNotice(ctx, params.recommendationId),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/reopen`,
    summary: 'Buka kembali rekomendasi yang selesai (evaluator; dengan alasan)',
    permission: READ,
    params: C.RecommendationIdParams,
    body: C.ReopenRecommendationInput,
    response: { 200: C.RecommendationView },
    handler: ({ ctx, params, body }) => reopenRecommendation(ctx, params.recommendationId, body),
  });
}

function followupRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE}/followups`,
    summary: 'Tindak lanjut OPD: tanggal, progres 0–100, catatan, bukti (JSON, atau multipart dengan `file` PDF/JPEG/PNG)',
    // SECURITY: 404 first; then the OPD's planners only, evaluation final; file types from magic bytes.
    permission: READ,
    consumes: ['multipart/form-data'],
    params: C.RecommendationIdParams,
    status: 201,
    response: { 201: C.RecommendationView },
    handler: ({ ctx, params, request }) => addFollowup(ctx, params.recommendationId, () => readFollowup(request)),
  });
  r.route({
    method: 'GET',
    url: '/api/evaluation/followups/:followupId/files/:fileId',
    summary: 'Unduh berkas bukti tindak lanjut',
    permission: READ,
    params: C.FollowupFileParams,
    handler: async ({ ctx, params, reply }) => sendFile(reply, await followupFile(ctx, params.followupId, params.fileId)),
  });
}
