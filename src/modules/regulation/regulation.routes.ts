import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import { importKka } from './kka-import.service.ts';
import { buildKkaTemplate } from './kka-template.ts';
import {
  ArchiveClassListView,
  ArchiveClassQuery,
  DocumentTypeInput,
  DocumentTypeParams,
  ImportQuery,
  InstructionsInput,
  KkaImportView,
  LabelsInput,
  PackDetailView,
  PackIdParams,
  PackListView,
  PackSummaryView,
  RegulationView,
} from './regulation.contract.ts';
import { getPack, getRegulation, listPacks, searchArchiveClasses } from './regulation.queries.ts';
import { activatePack, createDraftPack, saveDocumentType, saveInstructions, saveLabels } from './regulation.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const Saved = z.object({ ok: z.literal(true) });

async function uploadedXlsx(request: FastifyRequest): Promise<Buffer> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file') throw new ValidationError([{ field: 'file', message: 'regulation.noFile' }]);
  return file.toBuffer();
}

/** Regulation packs: jenis naskah, KKA, labels and instructions; read by every ASN, changed by admin/arsiparis. */
export const regulationRoutes = defineRoutes('regulation', (r) => {
  r.route({
    method: 'GET',
    url: '/api/regulation',
    summary: 'Paket regulasi aktif: jenis naskah, label, instruksi disposisi (active regulation pack)',
    permission: 'correspondence.letter.read',
    response: { 200: RegulationView },
    handler: ({ ctx }) => getRegulation(ctx),
  });
  r.route({
    method: 'GET',
    url: '/api/regulation/packs',
    summary: 'Semua versi paket regulasi (every pack version)',
    permission: 'correspondence.letter.read',
    response: { 200: PackListView },
    handler: async ({ ctx }) => ({ items: await listPacks(ctx) }),
  });
  r.route({
    method: 'POST',
    url: '/api/regulation/packs',
    summary: 'Buat draf paket regulasi dari paket aktif (make a draft; returns the existing one)',
    permission: 'regulation.manage',
    response: { 200: PackSummaryView },
    handler: ({ ctx }) => createDraftPack(ctx),
  });
  r.route({
    method: 'GET',
    url: '/api/regulation/packs/:packId',
    summary: 'Satu paket regulasi dengan daftarnya (one pack)',
    permission: 'correspondence.letter.read',
    params: PackIdParams,
    response: { 200: PackDetailView },
    handler: ({ ctx, params }) => getPack(ctx, params.packId),
  });
  r.route({
    method: 'GET',
    url: '/api/regulation/archive-classes',
    summary: 'Cari atau telusuri kode klasifikasi arsip (search/browse KKA: q, parent, packId)',
    permission: 'correspondence.letter.read',
    querystring: ArchiveClassQuery,
    response: { 200: ArchiveClassListView },
    handler: ({ ctx, query }) => searchArchiveClasses(ctx, query),
  });
  r.route({
    method: 'GET',
    url: '/api/regulation/archive-classes/template',
    summary: 'Templat XLSX impor KKA',
    permission: 'correspondence.letter.read',
    handler: async ({ reply }) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="templat-kka-pamong.xlsx"')
        .send(await buildKkaTemplate()),
  });
  r.route({
    method: 'POST',
    url: '/api/regulation/archive-classes/import',
    summary: 'Impor KKA dari XLSX ke draf (dryRun=true: periksa saja; multipart field "file")',
    permission: 'regulation.manage',
    consumes: ['multipart/form-data'],
    querystring: ImportQuery,
    response: { 200: KkaImportView },
    handler: async ({ ctx, query, request }) => importKka(ctx, await uploadedXlsx(request), query.dryRun === 'true'),
  });
  r.route({
    method: 'POST',
    url: '/api/regulation/packs/:packId/activate',
    summary: 'Aktifkan draf; paket aktif sebelumnya dipensiunkan (activate a draft)',
    permission: 'regulation.manage',
    params: PackIdParams,
    response: { 200: PackSummaryView },
    handler: ({ ctx, params }) => activatePack(ctx, params.packId),
  });
  r.route({
    method: 'PUT',
    url: '/api/regulation/packs/:packId/document-types/:code',
    summary: 'Ubah atau tambah jenis naskah di draf (edit a document type of a draft)',
    permission: 'regulation.manage',
    params: DocumentTypeParams,
    body: DocumentTypeInput,
    response: { 200: Saved },
    handler: async ({ ctx, params, body }) => {
      await saveDocumentType(ctx, params.packId, params.code, body);
      return { ok: true as const };
    },
  });
  r.route({
    method: 'PUT',
    url: '/api/regulation/packs/:packId/labels',
    summary: 'Label sifat keamanan dan derajat kecepatan dengan SLA (security/urgency labels of a draft)',
    permission: 'regulation.manage',
    params: PackIdParams,
    body: LabelsInput,
    response: { 200: Saved },
    handler: async ({ ctx, params, body }) => {
      await saveLabels(ctx, params.packId, body);
      return { ok: true as const };
    },
  });
  r.route({
    method: 'PUT',
    url: '/api/regulation/packs/:packId/instructions',
    summary: 'Daftar instruksi disposisi (disposition instructions of a draft)',
    permission: 'regulation.manage',
    params: PackIdParams,
    body: InstructionsInput,
    response: { 200: Saved },
    handler: async ({ ctx, params, body }) => {
      await saveInstructions(ctx, params.packId, body);
      return { ok: true as const };
    },
  });
});
