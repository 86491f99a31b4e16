/** Routes of the reviu of LKjIP by the Inspektorat under `/api/lkjip` (PermenPANRB 53/2014 Lampiran III). */
import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { ReportIdParams } from './lkjip.contract.ts';
import * as C from './review.contract.ts';
import { listReviews } from './review.queries.ts';
import { addNote, concludeReview, getReportReview, startReview } from './review.service.ts';
import { reopenNote, resolveNote, respondToNote, updateNote } from './review-notes.service.ts';

const READ = 'performance.plan.read' as const;
const REPORT_REVIEW = '/api/lkjip/reports/:reportId/review';
const REVIEW = '/api/lkjip/reviews/:reviewId';
const NOTE = '/api/lkjip/review-notes/:noteId';

/**
 * LKjIP reviu. SECURITY: every route declares `performance.plan.read` (which the evaluator role also holds) so that
 * another tenant's id answers 404 from the tenant-scoped lookup; review.policy.ts then decides: evaluators
 * (`evaluation.assess`) start, write notes, resolve and conclude; the report's preparers answer; readers read
 * accepted reviews or those of final reports.
 */
export const lkjipReviewRoutes = defineRoutes('lkjip-review', (r) => {
  reviewRoutes(r);
  noteRoutes(r);
});

function reviewRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: '/api/lkjip/reviews',
    summary: 'Daftar reviu LKjIP yang boleh dilihat, dengan jumlah catatan per status',
    permission: READ,
    querystring: C.ReviewListQuery,
    response: { 200: C.ReviewListView },
    handler: ({ ctx, query }) => listReviews(ctx, query),
  });
  r.route({
    method: 'GET',
    url: REPORT_REVIEW,
    summary: 'Reviu satu LKjIP: status, catatan per bagian, tanggapan OPD (null sebelum dimulai)',
    permission: READ,
    params: ReportIdParams,
    response: { 200: C.ReportReviewView },
    handler: ({ ctx, params }) => getReportReview(ctx, params.reportId),
  });
  r.route({
    method: 'POST',
    url: REPORT_REVIEW,
    summary: 'Mulai reviu LKjIP (evaluator Inspektorat; satu reviu per laporan)',
    permission: READ,
    params: ReportIdParams,
    status: 201,
    response: { 201: C.ReportReviewView },
    handler: ({ ctx, params }) => startReview(ctx, params.reportId),
  });
  r.route({
    method: 'POST',
    url: `${REVIEW}/notes`,
    summary: 'Tambah catatan reviu pada satu bagian laporan (evaluator)',
    permission: READ,
    params: C.ReviewIdParams,
    body: C.NoteInput,
    status: 201,
    response: { 201: C.ReportReviewView },
    handler: ({ ctx, params, body }) => addNote(ctx, params.reviewId, body),
  });
  r.route({
    method: 'POST',
    url: `${REVIEW}/conclude`,
    summary: 'Simpulkan reviu: minta perbaikan, atau terima (semua catatan harus selesai; selain itu 409)',
    permission: READ,
    params: C.ReviewIdParams,
    body: C.ConcludeInput,
    response: { 200: C.ReportReviewView },
    handler: ({ ctx, params, body }) => concludeReview(ctx, params.reviewId, body),
  });
}

function noteRoutes(r: RouteRegistrar) {
  r.route({
    method: 'PUT',
    url: NOTE,
    summary: 'Ubah catatan reviu yang belum selesai (evaluator; versi optimistis)',
    permission: READ,
    params: C.NoteIdParams,
    body: C.UpdateNoteInput,
    response: { 200: C.ReportReviewView },
    handler: ({ ctx, params, body }) => updateNote(ctx, params.noteId, body),
  });
  r.route({
    method: 'POST',
    url: `${NOTE}/response`,
    summary: 'Tanggapan perangkat daerah atas catatan reviu (perencana OPD atau Bappeda)',
    permission: READ,
    params: C.NoteIdParams,
    body: C.RespondInput,
    response: { 200: C.ReportReviewView },
    handler: ({ ctx, params, body }) => respondToNote(ctx, params.noteId, body),
  });
  r.route({
    method: 'POST',
    url: `${NOTE}/resolve`,
    summary: 'Nyatakan catatan reviu selesai (evaluator)',
    permission: READ,
    params: C.NoteIdParams,
    body: C.NoteVersionInput,
    response: { 200: C.ReportReviewView },
    handler: ({ ctx, params, body }) => resolveNote(ctx, params.noteId, body.version),
  });
  r.route({
    method: 'POST',
    url: `${NOTE}/reopen`,
    summary: 'Buka kembali catatan reviu yang sudah selesai (evaluator)',
    permission: READ,
    params: C.NoteIdParams,
    body: C.NoteVersionInput,
    response: { 200: C.ReportReviewView },
    handler: ({ ctx, params, body }) => reopenNote(ctx, params.noteId, body.version),
  });
}
