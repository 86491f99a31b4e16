import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import { exportOrgPlan } from './org-export.service.ts';
import { buildOrgTemplate } from './org-file/org-file-template.ts';
import { writeOrgFile } from './org-file/org-file-writer.ts';
import { dryRunOrgImport, requestOrgImport } from './org-import.service.ts';
import { firstKecamatan, getUnit, listEmployees, listUnits, orgSummary } from './org-queries.service.ts';
import {
  DryRunView,
  EmployeeListView,
  EmployeeQuery,
  ImportQueuedView,
  OrgSummaryView,
  SearchQuery,
  UnitIdParams,
  UnitListView,
  UnitView,
} from './organization.contract.ts';
import { listTenants } from './tenants.repository.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function uploadedXlsx(request: FastifyRequest): Promise<{ data: Buffer; fileName: string }> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file') throw new ValidationError([{ field: 'file', message: 'organization.noFile' }]);
  return { data: await file.toBuffer(), fileName: file.filename.slice(0, 200) };
}

function sendXlsx(reply: FastifyReply, data: Buffer, fileName: string) {
  return reply.type(XLSX).header('content-disposition', `attachment; filename="${fileName}"`).send(data);
}

/** Org chart, employee table, XLSX template/import/export and the public tenant list. */
export const organizationRoutes = defineRoutes('organization', (r) => {
  r.publicRoute({
    method: 'GET',
    url: '/api/tenants',
    summary: 'Daftar pemda untuk halaman masuk (regencies for the login page)',
    response: { 200: z.object({ tenants: z.array(z.object({ slug: z.string(), code: z.string(), name: z.string() })) }) },
    handler: async ({ pub }) => ({
      tenants: (await listTenants(pub)).map((t) => ({ slug: t.slug, code: t.code, name: t.name })),
    }),
  });
  r.route({
    method: 'GET',
    url: '/api/org/units',
    summary: 'Bagan organisasi (org chart), opsional dicari dengan q',
    permission: 'organization.read',
    querystring: SearchQuery,
    response: { 200: UnitListView },
    handler: async ({ ctx, query }) => ({ units: await listUnits(ctx, query.q) }),
  });
  r.route({
    method: 'GET',
    url: '/api/org/units/:unitId',
    summary: 'Satu unit dengan jabatannya (one unit)',
    permission: 'organization.read',
    params: UnitIdParams,
    response: { 200: UnitView },
    handler: ({ ctx, params }) => getUnit(ctx, params.unitId),
  });
  r.route({
    method: 'GET',
    url: '/api/org/employees',
    summary: 'Daftar pegawai (employees), dicari dan dihalamankan',
    permission: 'organization.read',
    querystring: EmployeeQuery,
    response: { 200: EmployeeListView },
    handler: ({ ctx, query }) => listEmployees(ctx, query),
  });
  r.route({
    method: 'GET',
    url: '/api/org/summary',
    summary: 'Ringkasan jumlah (counts)',
    permission: 'organization.read',
    response: { 200: OrgSummaryView },
    handler: ({ ctx }) => orgSummary(ctx),
  });
  r.route({
    method: 'GET',
    url: '/api/org/template',
    summary: 'Templat XLSX impor organisasi',
    permission: 'organization.read',
    handler: async ({ ctx, reply }) =>
      sendXlsx(reply, await buildOrgTemplate(await firstKecamatan(ctx)), 'templat-organisasi-pamong.xlsx'),
  });
  r.route({
    method: 'GET',
    url: '/api/org/export',
    summary: 'Ekspor organisasi ke XLSX (same shape as the import)',
    permission: 'organization.manage',
    handler: async ({ ctx, reply }) => sendXlsx(reply, await writeOrgFile(await exportOrgPlan(ctx)), 'organisasi.xlsx'),
  });
  r.route({
    method: 'POST',
    url: '/api/org/import/dry-run',
    summary: 'Uji coba impor XLSX: periksa tanpa menyimpan (multipart field "file")',
    permission: 'organization.manage',
    consumes: ['multipart/form-data'],
    response: { 200: DryRunView },
    handler: async ({ ctx, request }) => dryRunOrgImport(ctx, (await uploadedXlsx(request)).data),
  });
  r.route({
    method: 'POST',
    url: '/api/org/import',
    summary: 'Impor XLSX organisasi sebagai pekerjaan latar (all-or-nothing; poll /api/jobs/:jobId)',
    permission: 'organization.manage',
    consumes: ['multipart/form-data'],
    status: 202,
    response: { 202: ImportQueuedView },
    handler: async ({ ctx, request }) => {
      const { data, fileName } = await uploadedXlsx(request);
      return requestOrgImport(ctx, data, fileName);
    },
  });
});
