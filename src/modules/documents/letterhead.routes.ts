import { defineRoutes } from '../../platform/http/define-routes.ts';
import { LetterheadInput, LetterheadView, UnitIdParams } from './documents.contract.ts';
import { sendPdf, uploadedFile } from './documents.routes.ts';
import { kopPreview } from './kop-preview.service.ts';
import { checkScope, getLetterhead, saveLambang, saveLetterhead } from './letterhead.service.ts';

/** The kop naskah dinas of the regency and of units allowed their own (admin). */
export const letterheadRoutes = defineRoutes('letterheads', (r) => {
  r.route({
    method: 'GET',
    url: '/api/documents/kop',
    summary: 'Kop naskah dinas pemda (regency letterhead)',
    permission: 'documents.manage',
    response: { 200: LetterheadView },
    handler: ({ ctx }) => getLetterhead(ctx, null),
  });
  r.route({
    method: 'PUT',
    url: '/api/documents/kop',
    summary: 'Simpan kop pemda (save the regency letterhead)',
    permission: 'documents.manage',
    body: LetterheadInput,
    response: { 200: LetterheadView },
    handler: ({ ctx, body }) => saveLetterhead(ctx, null, body),
  });
  r.route({
    method: 'POST',
    url: '/api/documents/kop/lambang',
    summary: 'Unggah lambang daerah, PNG/JPEG ≤ 1 MB (upload the emblem)',
    permission: 'documents.manage',
    consumes: ['multipart/form-data'],
    response: { 200: LetterheadView },
    handler: async ({ ctx, request }) => saveLambang(ctx, null, (await uploadedFile(request, 'documents.lambangInvalid')).data),
  });
  r.route({
    method: 'GET',
    url: '/api/documents/kop/preview',
    summary: 'Contoh surat dengan kop pemda (sample letter with the letterhead)',
    permission: 'documents.manage',
    handler: async ({ ctx, reply }) => sendPdf(reply, await kopPreview(ctx, null), 'contoh-kop.pdf'),
  });
  r.route({
    method: 'GET',
    url: '/api/documents/kop/units/:unitId',
    summary: 'Kop sendiri sebuah unit (a unit letterhead: UPT, BLUD, kecamatan …)',
    permission: 'documents.manage',
    params: UnitIdParams,
    response: { 200: LetterheadView },
    handler: ({ ctx, params }) => getLetterhead(ctx, params.unitId),
  });
  r.route({
    method: 'PUT',
    url: '/api/documents/kop/units/:unitId',
    summary: 'Simpan kop unit (save a unit letterhead)',
    permission: 'documents.manage',
    params: UnitIdParams,
    body: LetterheadInput,
    response: { 200: LetterheadView },
    handler: ({ ctx, params, body }) => saveLetterhead(ctx, params.unitId, body),
  });
  r.route({
    method: 'POST',
    url: '/api/documents/kop/units/:unitId/lambang',
    summary: 'Unggah lambang untuk kop unit (upload a unit emblem)',
    permission: 'documents.manage',
    params: UnitIdParams,
    consumes: ['multipart/form-data'],
    response: { 200: LetterheadView },
    handler: async ({ ctx, params, request }) => {
      await checkScope(ctx, params.unitId);
      return saveLambang(ctx, params.unitId, (await uploadedFile(request, 'documents.lambangInvalid')).data);
    },
  });
  r.route({
    method: 'GET',
    url: '/api/documents/kop/units/:unitId/preview',
    summary: 'Contoh surat dengan kop unit (sample letter with the unit letterhead)',
    permission: 'documents.manage',
    params: UnitIdParams,
    handler: async ({ ctx, params, reply }) => sendPdf(reply, await kopPreview(ctx, params.unitId), 'contoh-kop.pdf'),
  });
});
