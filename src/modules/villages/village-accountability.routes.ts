/** Routes of Sakip Desa accountability for desa and kecamatan: the desa-year view, idempotent submission, photos, review. */
import { defineRoutes } from '../../platform/http/define-routes.ts';
import * as C from './village-accountability.contract.ts';
import { enforceAccountability, mayReadDesa } from './village-accountability.policy.ts';
import { getAccountability } from './village-accountability.queries.ts';
import { currentAccountabilityActor } from './village-actor.ts';
import { createOwnIndicator, updateOwnIndicator } from './village-indicators.service.ts';
import { realizationView, requireDesa, requireRealization } from './village-lookup.ts';
import { putPhoto } from './village-photos.service.ts';
import { reviewRealization, verificationQueue } from './village-review.service.ts';
import { putRealization } from './village-submission.service.ts';

// SECURITY: routes with a `:param` declare 'authenticated' (a route has one permission, and desa operators, kecamatan
// reviewers and regency staff hold different ones); each service looks the desa or realisasi up through tenantDb first
// (another tenant's id → 404) and then decides with village-accountability.policy.ts (403).
/** The desa and kecamatan routes of village accountability. */
export const villagesAccountabilityRoutes = defineRoutes('villages-accountability', (r) => {
  r.route({
    method: 'GET',
    url: '/api/villages/desa/:regionId/accountability',
    summary: 'Akuntabilitas kinerja desa satu tahun: hasil wajib + indikator desa, target, realisasi, capaian',
    permission: 'authenticated',
    params: C.DesaParams,
    querystring: C.AccountabilityQuery,
    response: { 200: C.AccountabilityView },
    handler: ({ ctx, params, query }) => getAccountability(ctx, params.regionId, query.year),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/realizations/:clientId',
    summary: 'Kirim realisasi triwulan (idempoten per clientId: 201 pertama, 200 ulangan sama, 409 isi berbeda)',
    permission: 'authenticated',
    params: C.RealizationClientParams,
    body: C.SubmitRealizationInput,
    response: { 200: C.VillageRealizationView, 201: C.VillageRealizationView },
    handler: async ({ ctx, params, body, reply }) => {
      const outcome = await putRealization(ctx, params.clientId, body);
      return reply.code(outcome.created ? 201 : 200).send(outcome.view);
    },
  });
  r.route({
    method: 'GET',
    url: '/api/villages/realizations/:id',
    summary: 'Satu realisasi desa dengan buktinya (NIK/No KK tersamar)',
    permission: 'authenticated',
    params: C.RealizationIdParams,
    response: { 200: C.VillageRealizationView },
    handler: async ({ ctx, params }) => {
      const row = await requireRealization(ctx, params.id);
      enforceAccountability(mayReadDesa(await currentAccountabilityActor(ctx), await requireDesa(ctx, row.region_id)));
      return realizationView(ctx, row);
    },
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/realizations/:clientId/photos/:photoClientId',
    summary: 'Unggah foto bukti (badan mentah JPEG/PNG/WebP; idempoten per photoClientId)',
    permission: 'authenticated',
    params: C.PhotoParams,
    consumes: [...C.PHOTO_CONTENT_TYPES, 'application/octet-stream'],
    response: { 200: C.PhotoView, 201: C.PhotoView },
    handler: async ({ ctx, params, request, reply }) => {
      const outcome = await putPhoto(ctx, params.clientId, params.photoClientId, request.body);
      return reply.code(outcome.created ? 201 : 200).send(outcome.view);
    },
  });
  r.route({
    method: 'POST',
    url: '/api/villages/realizations/:id/verify',
    summary: 'Kecamatan memverifikasi realisasi desa',
    permission: 'authenticated',
    params: C.RealizationIdParams,
    body: C.VerifyInput,
    response: { 200: C.VillageRealizationView },
    handler: ({ ctx, params, body }) => reviewRealization(ctx, params.id, 'verified', body),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/realizations/:id/return',
    summary: 'Kecamatan mengembalikan realisasi desa dengan catatan',
    permission: 'authenticated',
    params: C.RealizationIdParams,
    body: C.ReturnInput,
    response: { 200: C.VillageRealizationView },
    handler: ({ ctx, params, body }) => reviewRealization(ctx, params.id, 'returned', body),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/verification-queue',
    summary: 'Antrean verifikasi realisasi desa (camat / kasi PMD: kecamatannya; DPMD: semua)',
    permission: 'authenticated',
    querystring: C.VerificationQueueQuery,
    response: { 200: C.VerificationQueueView },
    handler: ({ ctx, query }) => verificationQueue(ctx, query.year, query.kecamatanId),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/desa/:regionId/indicators',
    summary: 'Tambah indikator kinerja milik desa',
    permission: 'authenticated',
    params: C.DesaParams,
    body: C.OwnIndicatorInput,
    status: 201,
    response: { 201: C.OwnIndicatorView },
    handler: ({ ctx, params, body }) => createOwnIndicator(ctx, params.regionId, body),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/indicators/:id',
    summary: 'Ubah indikator kinerja milik desa',
    permission: 'authenticated',
    params: C.OwnIndicatorParams,
    body: C.UpdateOwnIndicatorInput,
    response: { 200: C.OwnIndicatorView },
    handler: ({ ctx, params, body }) => updateOwnIndicator(ctx, params.id, body),
  });
});
