/** Routes of the village IDM: the year's list, one desa-year (read, save scores, simulate), XLSX import/export. */
import type { FastifyRequest } from 'fastify';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import {
  IdmDesaParams,
  IdmDesaView,
  IdmImportQuery,
  IdmImportView,
  IdmListQuery,
  IdmListView,
  IdmScoresInput,
  IdmSimulationView,
  IdmYearQuery,
} from './idm.contract.ts';
import { getDesaIdm, saveDesaScores, simulateDesa } from './idm-desa.service.ts';
import { exportIdm, importIdm } from './idm-import.service.ts';
import { listIdm } from './idm-list.queries.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function uploadedXlsx(request: FastifyRequest): Promise<Buffer> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file') throw new ValidationError([{ field: 'file', message: 'villages.idm.noFile' }]);
  return file.toBuffer();
}

// SECURITY: reading is for holders of performance.plan.read (regency staff) OR villages.report.submit (desa
// operators, their own desa only). A route carries one permission, so read routes declare 'authenticated' and the
// service decides with idm.policy.ts; desa routes look the desa up through tenantDb first (another tenant's id → 404),
// and writes then require villages.idm.manage in the village-affairs unit (mayManageIdm) before anything changes.
/** The village IDM routes. */
export const villagesIdmRoutes = defineRoutes('villages-idm', (r) => {
  r.route({
    method: 'GET',
    url: '/api/villages/idm',
    summary: 'IDM semua desa satu tahun, dengan jumlah per status (IDM of every desa for a year; filter kecamatan)',
    permission: 'authenticated',
    querystring: IdmListQuery,
    response: { 200: IdmListView },
    handler: ({ ctx, query }) => listIdm(ctx, query),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/idm/export',
    summary: 'Ekspor skor IDM satu tahun ke XLSX (export; imports back unchanged)',
    permission: 'authenticated',
    querystring: IdmYearQuery,
    handler: async ({ ctx, query, reply }) =>
      reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="idm-${query.year}.xlsx"`)
        .send(await exportIdm(ctx, query.year)),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/idm/import',
    summary: 'Impor skor IDM satu tahun (dryRun=true: periksa saja; multipart field "file")',
    permission: 'villages.idm.manage',
    consumes: ['multipart/form-data'],
    querystring: IdmImportQuery,
    response: { 200: IdmImportView },
    handler: async ({ ctx, query, request }) => importIdm(ctx, await uploadedXlsx(request), query.year, query.dryRun === 'true'),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/idm/desa/:regionId/years/:year',
    summary: 'Skor indikator dan IDM satu desa satu tahun (one desa-year with its indicator scores)',
    permission: 'authenticated',
    params: IdmDesaParams,
    response: { 200: IdmDesaView },
    handler: ({ ctx, params }) => getDesaIdm(ctx, params.regionId, params.year),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/idm/desa/:regionId/years/:year',
    summary: 'Simpan skor semua indikator satu desa satu tahun; IDM dihitung ulang (save scores, recompute)',
    permission: 'authenticated',
    params: IdmDesaParams,
    body: IdmScoresInput,
    response: { 200: IdmDesaView },
    handler: ({ ctx, params, body }) => saveDesaScores(ctx, params.regionId, params.year, body),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/idm/desa/:regionId/years/:year/simulation',
    summary: 'Simulasi: perbaikan indikator terkecil menuju status berikutnya (smallest improvements to the next status)',
    permission: 'authenticated',
    params: IdmDesaParams,
    response: { 200: IdmSimulationView },
    handler: ({ ctx, params }) => simulateDesa(ctx, params.regionId, params.year),
  });
});
