/** Routes of the plan (RPJMD, Renstra) and realisasi XLSX export and import. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import { PeriodIdParams } from './performance.contract.ts';
import { exportPlan, importPlan, type PlanScope } from './plan-import.service.ts';
import { PeriodUnitParams, PlanXlsxImportQuery, RealizationFileParams, XlsxImportView } from './plan-xlsx.contract.ts';
import { exportRealizations, importRealizations } from './realization-import.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READ = 'performance.plan.read' as const;
const P = '/api/performance';

async function uploadedXlsx(request: FastifyRequest): Promise<Buffer> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file') throw new ValidationError([{ field: 'file', message: 'performance.budget.noFile' }]);
  return file.toBuffer();
}

function sendXlsx(reply: FastifyReply, data: Buffer, fileName: string) {
  return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
}

const rpjmd = (periodId: string): PlanScope => ({ periodId, document: 'rpjmd', unitId: null });
const renstra = (periodId: string, unitId: string): PlanScope => ({ periodId, document: 'renstra', unitId });

/**
 * XLSX of the planning chain. Every route declares the read permission; imports then apply performance.policy.ts
 * (RPJMD: the planning unit; Renstra and realisasi: the OPD's planners or the planning unit) after the tenant-scoped
 * lookup of the period and unit, so another tenant's id is a 404 before any 403 and before the file is read.
 */
export const planXlsxRoutes = defineRoutes('performance-xlsx', (r) => {
  r.route({
    method: 'GET',
    url: `${P}/periods/:periodId/rpjmd.xlsx`,
    summary: 'Ekspor RPJMD (tujuan/sasaran, indikator, target per tahun) ke XLSX; impor kembali tanpa perubahan',
    permission: READ,
    params: PeriodIdParams,
    handler: async ({ ctx, params, reply }) => sendXlsx(reply, await exportPlan(ctx, rpjmd(params.periodId)), 'rpjmd.xlsx'),
  });
  r.route({
    method: 'POST',
    url: `${P}/periods/:periodId/rpjmd.xlsx`,
    summary: 'Impor RPJMD dari XLSX (dryRun=true: periksa saja; multipart field "file"; semua atau tidak sama sekali)',
    permission: READ,
    params: PeriodIdParams,
    querystring: PlanXlsxImportQuery,
    consumes: ['multipart/form-data'],
    response: { 200: XlsxImportView },
    handler: async ({ ctx, params, query, request }) =>
      importPlan(ctx, rpjmd(params.periodId), () => uploadedXlsx(request), query.dryRun === 'true'),
  });
  r.route({
    method: 'GET',
    url: `${P}/periods/:periodId/units/:unitId/renstra.xlsx`,
    summary: 'Ekspor Renstra perangkat daerah (dengan acuan sasaran RPJMD) ke XLSX',
    permission: READ,
    params: PeriodUnitParams,
    handler: async ({ ctx, params, reply }) =>
      sendXlsx(reply, await exportPlan(ctx, renstra(params.periodId, params.unitId)), 'renstra.xlsx'),
  });
  r.route({
    method: 'POST',
    url: `${P}/periods/:periodId/units/:unitId/renstra.xlsx`,
    summary: 'Impor Renstra perangkat daerah dari XLSX (dryRun=true: periksa saja; multipart field "file")',
    permission: READ,
    params: PeriodUnitParams,
    querystring: PlanXlsxImportQuery,
    consumes: ['multipart/form-data'],
    response: { 200: XlsxImportView },
    handler: async ({ ctx, params, query, request }) =>
      importPlan(ctx, renstra(params.periodId, params.unitId), () => uploadedXlsx(request), query.dryRun === 'true'),
  });
  r.route({
    method: 'GET',
    url: `${P}/units/:unitId/realizations/:year.xlsx`,
    summary: 'Ekspor realisasi satu perangkat daerah dan tahun (indikator × periode) ke XLSX',
    permission: READ,
    params: RealizationFileParams,
    handler: async ({ ctx, params, reply }) =>
      sendXlsx(reply, await exportRealizations(ctx, params.unitId, params.year), `realisasi-${params.year}.xlsx`),
  });
  r.route({
    method: 'POST',
    url: `${P}/units/:unitId/realizations/:year.xlsx`,
    summary: 'Impor realisasi sebagai draf (dryRun=true: periksa saja; multipart field "file"; periode terkunci ditolak)',
    permission: READ,
    params: RealizationFileParams,
    querystring: PlanXlsxImportQuery,
    consumes: ['multipart/form-data'],
    response: { 200: XlsxImportView },
    handler: async ({ ctx, params, query, request }) =>
      importRealizations(ctx, params.unitId, params.year, () => uploadedXlsx(request), query.dryRun === 'true'),
  });
});
