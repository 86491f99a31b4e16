/** Routes of the Perjanjian Kinerja XLSX export and import (`…/agreements/:agreementId/pk.xlsx`). */
import type { FastifyRequest } from 'fastify';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import { exportAgreement, importAgreement } from './agreement-import.service.ts';
import { AgreementIdParams } from './agreements.contract.ts';
import { PlanXlsxImportQuery, XlsxImportView } from './plan-xlsx.contract.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const READ = 'performance.plan.read' as const;
const URL = '/api/performance/agreements/:agreementId/pk.xlsx';

async function uploadedXlsx(request: FastifyRequest): Promise<Buffer> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file') throw new ValidationError([{ field: 'file', message: 'performance.budget.noFile' }]);
  return file.toBuffer();
}

/**
 * XLSX of one PK. Both routes declare the read permission (like every PK route); the import then applies
 * agreements.policy.ts (the OPD's planners or the coordinator, draft only) after the tenant-scoped lookup of the PK,
 * so another tenant's id is a 404 before any 403 or 409 and before the file is read.
 */
export const agreementXlsxRoutes = defineRoutes('performance-xlsx', (r) => {
  r.route({
    method: 'GET',
    url: URL,
    summary: 'Ekspor perjanjian kinerja (sasaran, indikator, target, anggaran) ke XLSX; impor kembali tanpa perubahan',
    permission: READ,
    params: AgreementIdParams,
    handler: async ({ ctx, params, reply }) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="perjanjian-kinerja.xlsx"')
        .send(await exportAgreement(ctx, params.agreementId)),
  });
  r.route({
    method: 'POST',
    url: URL,
    summary: 'Impor target dan anggaran draf perjanjian kinerja dari XLSX (dryRun=true: periksa saja; multipart "file")',
    permission: READ,
    params: AgreementIdParams,
    querystring: PlanXlsxImportQuery,
    consumes: ['multipart/form-data'],
    response: { 200: XlsxImportView },
    handler: async ({ ctx, params, query, request }) =>
      importAgreement(ctx, params.agreementId, () => uploadedXlsx(request), query.dryRun === 'true'),
  });
});
