/** Routes of village planning documents: RPJMDes with programmes, RKPDes activities, APBDes import/export, summary. */
import type { FastifyRequest } from 'fastify';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import { exportBudget, getBudget, importBudget, plansSummary } from './village-apbdes.service.ts';
import * as C from './village-plans.contract.ts';
import { createProgramme, deleteProgramme, updateProgramme } from './village-programmes.service.ts';
import { createActivity, deleteActivity, getRkp, updateActivity } from './village-rkp.service.ts';
import { createRpjm, listRpjm, updateRpjm } from './village-rpjm.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function uploadedXlsx(request: FastifyRequest): Promise<{ data: Buffer; fileName: string | null }> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file') throw new ValidationError([{ field: 'file', message: 'villages.plans.noFile' }]);
  return { data: await file.toBuffer(), fileName: file.filename ? file.filename.slice(0, 200) : null };
}

// SECURITY: desa operators (villages.report.submit), kecamatan reviewers and regency readers hold different
// permissions, so every route declares 'authenticated'; each service looks the desa / RPJMDes / programme / activity
// up through tenantDb first (another tenant's id → 404) and then decides with village-plans.policy.ts (403).
/** The village plans routes. */
export const villagePlansRoutes = defineRoutes('villages-plans', (r) => {
  r.route({
    method: 'GET',
    url: '/api/villages/desa/:regionId/rpjm',
    summary: 'RPJM Desa satu desa (periode, visi, misi, program per bidang)',
    permission: 'authenticated',
    params: C.PlanDesaParams,
    response: { 200: C.RpjmListView },
    handler: ({ ctx, params }) => listRpjm(ctx, params.regionId),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/desa/:regionId/rpjm',
    summary: 'Susun RPJM Desa baru (operator / kepala desa); periode bawaan 6 tahun',
    permission: 'authenticated',
    params: C.PlanDesaParams,
    body: C.RpjmInput,
    status: 201,
    response: { 201: C.RpjmView },
    handler: ({ ctx, params, body }) => createRpjm(ctx, params.regionId, body),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/rpjm/:id',
    summary: 'Ubah periode, visi, misi atau status RPJM Desa (versi yang dilihat)',
    permission: 'authenticated',
    params: C.PlanIdParams,
    body: C.UpdateRpjmInput,
    response: { 200: C.RpjmView },
    handler: ({ ctx, params, body }) => updateRpjm(ctx, params.id, body),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/rpjm/:id/programmes',
    summary: 'Tambah program RPJM Desa di salah satu dari lima bidang',
    permission: 'authenticated',
    params: C.PlanIdParams,
    body: C.ProgrammeInput,
    status: 201,
    response: { 201: C.ProgrammeView },
    handler: ({ ctx, params, body }) => createProgramme(ctx, params.id, body),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/programmes/:id',
    summary: 'Ubah program RPJM Desa (versi yang dilihat)',
    permission: 'authenticated',
    params: C.PlanIdParams,
    body: C.UpdateProgrammeInput,
    response: { 200: C.ProgrammeView },
    handler: ({ ctx, params, body }) => updateProgramme(ctx, params.id, body),
  });
  r.route({
    method: 'DELETE',
    url: '/api/villages/programmes/:id',
    summary: 'Hapus program RPJM Desa (kegiatan RKP Desa yang terkait dilepas)',
    permission: 'authenticated',
    params: C.PlanIdParams,
    querystring: C.PlanVersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => deleteProgramme(ctx, params.id, query.version),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/desa/:regionId/rkp/:year',
    summary: 'RKP Desa satu tahun: kegiatan per bidang dengan biaya',
    permission: 'authenticated',
    params: C.PlanDesaYearParams,
    response: { 200: C.RkpView },
    handler: ({ ctx, params }) => getRkp(ctx, params.regionId, params.year),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/desa/:regionId/rkp/:year/activities',
    summary: 'Tambah kegiatan RKP Desa',
    permission: 'authenticated',
    params: C.PlanDesaYearParams,
    body: C.RkpActivityInput,
    status: 201,
    response: { 201: C.RkpActivityView },
    handler: ({ ctx, params, body }) => createActivity(ctx, params.regionId, params.year, body),
  });
  r.route({
    method: 'PUT',
    url: '/api/villages/rkp-activities/:id',
    summary: 'Ubah kegiatan RKP Desa (versi yang dilihat)',
    permission: 'authenticated',
    params: C.PlanIdParams,
    body: C.UpdateRkpActivityInput,
    response: { 200: C.RkpActivityView },
    handler: ({ ctx, params, body }) => updateActivity(ctx, params.id, body),
  });
  r.route({
    method: 'DELETE',
    url: '/api/villages/rkp-activities/:id',
    summary: 'Hapus kegiatan RKP Desa',
    permission: 'authenticated',
    params: C.PlanIdParams,
    querystring: C.PlanVersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => deleteActivity(ctx, params.id, query.version),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/desa/:regionId/apbdes/:year',
    summary: 'APBDes satu desa satu tahun (baris sesuai berkas, total)',
    permission: 'authenticated',
    params: C.PlanDesaYearParams,
    response: { 200: C.BudgetView },
    handler: ({ ctx, params }) => getBudget(ctx, params.regionId, params.year),
  });
  r.route({
    method: 'POST',
    url: '/api/villages/desa/:regionId/apbdes/:year/import',
    summary: 'Impor APBDes dari XLSX bentuk Siskeudes (dryRun=true: periksa saja; mengganti APBDes tahun itu)',
    permission: 'authenticated',
    params: C.PlanDesaYearParams,
    consumes: ['multipart/form-data'],
    querystring: C.BudgetImportQuery,
    response: { 200: C.BudgetImportView },
    handler: ({ ctx, params, query, request }) =>
      importBudget(ctx, params.regionId, params.year, () => uploadedXlsx(request), {
        dryRun: query.dryRun === 'true',
        version: query.version,
      }),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/desa/:regionId/apbdes/:year/export',
    summary: 'Ekspor APBDes ke XLSX bentuk Siskeudes (dapat diimpor kembali)',
    permission: 'authenticated',
    params: C.PlanDesaYearParams,
    handler: async ({ ctx, params, reply }) =>
      reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="apbdes-${params.year}.xlsx"`)
        .send(await exportBudget(ctx, params.regionId, params.year)),
  });
  r.route({
    method: 'GET',
    url: '/api/villages/desa/:regionId/plans/:year/summary',
    summary: 'Perbandingan belanja APBDes dan biaya RKP Desa per bidang',
    permission: 'authenticated',
    params: C.PlanDesaYearParams,
    response: { 200: C.PlansSummaryView },
    handler: ({ ctx, params }) => plansSummary(ctx, params.regionId, params.year),
  });
});
