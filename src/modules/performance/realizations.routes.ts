/** Routes of realisasi: the grid, entry and review, evidence files, the target revision ledger and reopenings. */
import type { FastifyRequest } from 'fastify';
import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import { IndicatorIdParams } from './performance.contract.ts';
import { addEvidence, evidenceFile, removeEvidence, type UploadedEvidence } from './realization-evidence.service.ts';
import { reopenPeriod } from './realization-reopenings.service.ts';
import * as C from './realizations.contract.ts';
import { realizationGrid } from './realizations.queries.ts';
import { returnRealization, saveRealization, submitRealization, verifyRealization } from './realizations.service.ts';
import { listTargetRevisions, reviseTarget } from './target-revisions.service.ts';

const READ = 'performance.plan.read' as const;
const MANAGE = 'performance.plan.manage' as const;
const P = '/api/performance';
const ONE = `${P}/indicators/:indicatorId/realizations/:year/:period`;

/** The `file` part (streamed up to the configured upload limit, else 413) and the `title` field of an evidence upload. */
async function uploadedEvidence(request: FastifyRequest): Promise<UploadedEvidence> {
  if (!request.isMultipart()) throw new ValidationError([{ field: 'file', message: 'performance.realizations.noFile' }]);
  let file: { data: Buffer; fileName: string } | undefined;
  let title = '';
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      const data = await part.toBuffer();
      if (part.fieldname === 'file') file = { data, fileName: part.filename ?? '' };
    } else if (part.fieldname === 'title' && typeof part.value === 'string') title = part.value;
  }
  if (!file || file.data.length === 0) throw new ValidationError([{ field: 'file', message: 'performance.realizations.noFile' }]);
  return { ...file, title };
}

/**
 * Realisasi. Every route on an existing resource declares the read permission; its service looks the resource up
 * through tenantDb first (another tenant's id is a 404) and then applies realizations.policy.ts (OPD planner or
 * coordinator; coordinator only for review, the ledger and reopenings).
 */
export const realizationRoutes = defineRoutes('performance-realizations', (r) => {
  entryRoutes(r);
  reviewRoutes(r);
  evidenceRoutes(r);
  ledgerRoutes(r);
});

function entryRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: `${P}/realizations`,
    summary: 'Realisasi satu perangkat daerah dan tahun: indikator × periode, target, status kunci (realisasi grid)',
    permission: READ,
    querystring: C.RealizationsQuery,
    response: { 200: C.RealizationGridView },
    handler: ({ ctx, query }) => realizationGrid(ctx, query.unitId ?? null, query.year),
  });
  r.route({
    method: 'PUT',
    url: ONE,
    summary: 'Isi atau ubah realisasi draf/dikembalikan (enter or change a realisasi; version once it exists)',
    // SECURITY: read at the route so another tenant's indicator is a 404; the service then requires a planner of the
    // indicator's OPD or the coordinator, an editable state and an open period (realizations.policy.ts).
    permission: READ,
    params: C.RealizationParams,
    body: C.SaveRealizationInput,
    response: { 200: C.RealizationView },
    handler: ({ ctx, params, body }) => saveRealization(ctx, params, body),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/submit`,
    summary: 'Kirim realisasi untuk diverifikasi (submit)',
    permission: READ,
    params: C.RealizationParams,
    body: C.ReviewVersionInput,
    response: { 200: C.RealizationView },
    handler: ({ ctx, params, body }) => submitRealization(ctx, params, body.version),
  });
}

function reviewRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE}/verify`,
    summary: 'Verifikasi realisasi (Bappeda; bukan perangkat daerah sendiri)',
    // SECURITY: 404 first through tenantDb; then coordinator only, never the indicator's own OPD (realizations.policy.ts).
    permission: READ,
    params: C.RealizationParams,
    body: C.ReviewVersionInput,
    response: { 200: C.RealizationView },
    handler: ({ ctx, params, body }) => verifyRealization(ctx, params, body.version),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/return`,
    summary: 'Kembalikan realisasi dengan catatan (return with a note)',
    permission: READ,
    params: C.RealizationParams,
    body: C.ReturnRealizationInput,
    response: { 200: C.RealizationView },
    handler: ({ ctx, params, body }) => returnRealization(ctx, params, body.version, body.note),
  });
  r.route({
    method: 'POST',
    url: `${P}/realization-reopenings`,
    summary: 'Buka kembali periode realisasi yang terkunci untuk satu perangkat daerah (Bappeda)',
    permission: MANAGE,
    body: C.ReopeningInput,
    status: 201,
    response: { 201: C.ReopeningView },
    handler: ({ ctx, body }) => reopenPeriod(ctx, body),
  });
}

function evidenceRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${ONE}/evidence`,
    summary: 'Unggah bukti dukung (multipart: `file` PDF/JPEG/PNG, `title`)',
    // SECURITY: 404 first; then the same scope, state and lock rules as entering a value; type from magic bytes.
    permission: READ,
    consumes: ['multipart/form-data'],
    params: C.RealizationParams,
    status: 201,
    response: { 201: C.RealizationView },
    handler: ({ ctx, params, request }) => addEvidence(ctx, params, () => uploadedEvidence(request)),
  });
  r.route({
    method: 'DELETE',
    url: `${P}/realization-evidence/:evidenceId`,
    summary: 'Hapus bukti dukung dari realisasi yang masih dapat diubah',
    permission: READ,
    params: C.EvidenceParams,
    response: { 200: C.RealizationView },
    handler: ({ ctx, params }) => removeEvidence(ctx, params.evidenceId),
  });
  r.route({
    method: 'GET',
    url: `${P}/realization-evidence/:evidenceId/file`,
    summary: 'Unduh berkas bukti dukung',
    permission: READ,
    params: C.EvidenceParams,
    handler: async ({ ctx, params, reply }) => {
      const file = await evidenceFile(ctx, params.evidenceId);
      const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .send(file.bytes);
    },
  });
}

function ledgerRoutes(r: RouteRegistrar) {
  r.route({
    method: 'POST',
    url: `${P}/indicators/:indicatorId/target-revisions`,
    summary: 'Revisi target dengan alasan, nomor SK dan pejabat yang menyetujui (Bappeda; one transaction)',
    // SECURITY: 404 first through tenantDb; then coordinator only (realizations.policy.ts).
    permission: READ,
    params: IndicatorIdParams,
    body: C.TargetRevisionInput,
    status: 201,
    response: { 201: C.TargetRevisionView },
    handler: ({ ctx, params, body }) => reviseTarget(ctx, params.indicatorId, body),
  });
  r.route({
    method: 'GET',
    url: `${P}/indicators/:indicatorId/target-revisions`,
    summary: 'Riwayat revisi target indikator (target revision ledger, newest first)',
    permission: READ,
    params: IndicatorIdParams,
    response: { 200: C.TargetRevisionListView },
    handler: ({ ctx, params }) => listTargetRevisions(ctx, params.indicatorId),
  });
}
