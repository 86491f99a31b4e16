/** Routes of the performance budget: nomenclature, budget lines, import/export, tags, settings. */
import type { FastifyRequest } from 'fastify';
import { defineRoutes } from '../../platform/http/define-routes.ts';
import { ValidationError } from '../../shared/errors.ts';
import {
  BudgetImportQuery,
  BudgetImportView,
  BudgetLineParams,
  BudgetListView,
  BudgetSettingsInput,
  BudgetSettingsView,
  BudgetTagInput,
  BudgetTagParams,
  BudgetTagsView,
  BudgetUnitYearQuery,
  NomenclatureImportQuery,
  NomenclatureListView,
  NomenclatureQuery,
} from './budget.contract.ts';
import { budgetTemplate, exportBudget, importBudget, listBudget } from './budget.service.ts';
import { getBudgetSettings, saveBudgetSettings } from './budget-settings.service.ts';
import { tagBudgetLine, untagBudgetLine } from './budget-tags.service.ts';
import { importNomenclature, listNomenclature, nomenclatureTemplate } from './nomenclature.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function uploadedXlsx(request: FastifyRequest): Promise<Buffer> {
  const file = request.isMultipart() ? await request.file() : undefined;
  if (file?.fieldname !== 'file') throw new ValidationError([{ field: 'file', message: 'performance.budget.noFile' }]);
  return file.toBuffer();
}

/** Nomenclature codes (read by every ASN, imported by the planning unit). */
export const nomenclatureRoutes = defineRoutes('performance-nomenclature', (r) => {
  r.route({
    method: 'GET',
    url: '/api/performance/nomenclature',
    summary: 'Cari nomenklatur program/kegiatan/sub kegiatan (search nomenclature codes: edition, q, level, parent)',
    permission: 'performance.plan.read',
    querystring: NomenclatureQuery,
    response: { 200: NomenclatureListView },
    handler: ({ ctx, query }) => listNomenclature(ctx, query),
  });
  r.route({
    method: 'GET',
    url: '/api/performance/nomenclature/template',
    summary: 'Templat XLSX impor nomenklatur (nomenclature import template)',
    permission: 'performance.plan.read',
    handler: async ({ reply }) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="templat-nomenklatur.xlsx"')
        .send(await nomenclatureTemplate()),
  });
  r.route({
    method: 'POST',
    url: '/api/performance/nomenclature/import',
    summary: 'Impor nomenklatur ke satu edisi (dryRun=true: periksa saja; multipart field "file")',
    permission: 'performance.plan.manage',
    consumes: ['multipart/form-data'],
    querystring: NomenclatureImportQuery,
    response: { 200: BudgetImportView },
    handler: async ({ ctx, query, request }) =>
      importNomenclature(ctx, await uploadedXlsx(request), query.edition, query.dryRun === 'true'),
  });
});

/** Budget lines per OPD and year, their import/export, indicator tags and the tenant's budget settings. */
export const budgetRoutes = defineRoutes('performance-budget', (r) => {
  r.route({
    method: 'GET',
    url: '/api/performance/budget/lines',
    summary: 'Baris anggaran satu perangkat daerah dan tahun, dengan jumlah dan serapan (budget lines with totals)',
    permission: 'performance.plan.read',
    querystring: BudgetUnitYearQuery,
    response: { 200: BudgetListView },
    handler: ({ ctx, query }) => listBudget(ctx, query.unitId, query.year),
  });
  r.route({
    method: 'GET',
    url: '/api/performance/budget/template',
    summary: 'Templat XLSX impor anggaran (DPA) (budget import template)',
    permission: 'performance.plan.read',
    handler: async ({ reply }) =>
      reply
        .type(XLSX)
        .header('content-disposition', 'attachment; filename="templat-anggaran.xlsx"')
        .send(await budgetTemplate()),
  });
  r.route({
    method: 'GET',
    url: '/api/performance/budget/export',
    summary: 'Ekspor anggaran satu perangkat daerah dan tahun ke XLSX (export; imports back unchanged)',
    permission: 'performance.plan.read',
    querystring: BudgetUnitYearQuery,
    handler: async ({ ctx, query, reply }) =>
      reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="anggaran-${query.year}.xlsx"`)
        .send(await exportBudget(ctx, query.unitId, query.year)),
  });
  r.route({
    method: 'POST',
    url: '/api/performance/budget/import',
    summary: 'Impor anggaran (DPA) satu perangkat daerah dan tahun (dryRun=true: periksa saja; multipart field "file")',
    permission: 'performance.plan.manage',
    consumes: ['multipart/form-data'],
    querystring: BudgetImportQuery,
    response: { 200: BudgetImportView },
    handler: async ({ ctx, query, request }) =>
      importBudget(ctx, await uploadedXlsx(request), query.unitId, query.year, query.dryRun === 'true'),
  });
  r.route({
    method: 'POST',
    url: '/api/performance/budget/lines/:lineId/tags',
    summary: 'Tandai baris anggaran ke indikator (tag a budget line to an indicator)',
    // SECURITY: read at the route so another tenant's line is a 404; the service then requires
    // performance.plan.manage and the line's OPD in the actor's scope (budget.policy.ts) before any change.
    permission: 'performance.plan.read',
    params: BudgetLineParams,
    body: BudgetTagInput,
    response: { 200: BudgetTagsView },
    handler: ({ ctx, params, body }) => tagBudgetLine(ctx, params.lineId, body.indicatorId),
  });
  r.route({
    method: 'DELETE',
    url: '/api/performance/budget/lines/:lineId/tags/:indicatorId',
    summary: 'Hapus tanda indikator dari baris anggaran (untag)',
    // SECURITY: read at the route so another tenant's line is a 404; the service then requires
    // performance.plan.manage and the line's OPD in the actor's scope (budget.policy.ts) before any change.
    permission: 'performance.plan.read',
    params: BudgetTagParams,
    response: { 200: BudgetTagsView },
    handler: ({ ctx, params }) => untagBudgetLine(ctx, params.lineId, params.indicatorId),
  });
  r.route({
    method: 'GET',
    url: '/api/performance/budget/settings',
    summary: 'Batas efisiensi anggaran: capaian − serapan (efficiency bands)',
    permission: 'performance.plan.read',
    response: { 200: BudgetSettingsView },
    handler: ({ ctx }) => getBudgetSettings(ctx),
  });
  r.route({
    method: 'PUT',
    url: '/api/performance/budget/settings',
    summary: 'Ubah batas efisiensi anggaran (admin or planning unit)',
    permission: 'performance.plan.manage',
    body: BudgetSettingsInput,
    response: { 200: BudgetSettingsView },
    handler: ({ ctx, body }) => saveBudgetSettings(ctx, body),
  });
});
