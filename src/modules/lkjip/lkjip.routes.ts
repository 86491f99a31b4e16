/** Routes of the LKjIP drafts under `/api/lkjip`. */
import { inTransaction } from '../../db/executor.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { defineRoutes, type RouteRegistrar } from '../../platform/http/define-routes.ts';
import { enqueue } from '../../platform/jobs/index.ts';
import { recordAudit } from '../audit/index.ts';
import { currentPlanner } from '../performance/index.ts';
import * as C from './lkjip.contract.ts';
import { lkjipExportAllJob } from './lkjip.job.ts';
import { enforce, mayExportAll } from './lkjip.policy.ts';
import { assembledReport, getReport, listReports, loadReport } from './lkjip.queries.ts';
import { createReport, exportReport, saveSection } from './lkjip.service.ts';
import { finaliseReport, versionFile } from './lkjip-finalise.service.ts';

const READ = 'performance.plan.read' as const;
const MANAGE = 'performance.plan.manage' as const;
const P = '/api/lkjip/reports';
const ONE = `${P}/:reportId`;

/**
 * LKjIP. Reads need `performance.plan.read`; changes need `performance.plan.manage` and lkjip.policy.ts (the OPD's
 * planners or the Bappeda coordinator), checked after the tenant-scoped lookup so another tenant's id is a 404.
 */
export const lkjipRoutes = defineRoutes('lkjip', (r) => {
  reportRoutes(r);
  fileRoutes(r);
  r.route({
    method: 'POST',
    url: '/api/lkjip/exports',
    summary: 'Ekspor LKjIP seluruh perangkat daerah sebagai pekerjaan latar (pantau di /api/jobs/:jobId)',
    permission: MANAGE,
    body: C.ExportAllInput,
    status: 202,
    response: { 202: C.ExportAllView },
    handler: async ({ ctx, body }) => ({ jobId: await enqueueExportAll(ctx, body.year) }),
  });
});

/** SECURITY: only the coordinator starts the all-OPD export; the job runs for the caller's tenant only. */
async function enqueueExportAll(ctx: RequestContext, year: number): Promise<string> {
  enforce(mayExportAll(await currentPlanner(ctx)));
  return inTransaction(ctx, async (tx) => {
    const jobId = await enqueue(tx, lkjipExportAllJob, { year, requestedBy: tx.actor.userId });
    await recordAudit(tx, 'lkjip.export_all.enqueued', { objectType: 'job', objectId: jobId, data: { year } });
    return jobId;
  });
}

function reportRoutes(r: RouteRegistrar) {
  r.route({
    method: 'GET',
    url: P,
    summary: 'Daftar laporan kinerja (LKjIP)',
    permission: READ,
    querystring: C.ReportListQuery,
    response: { 200: C.ReportListView },
    handler: ({ ctx, query }) => listReports(ctx, query),
  });
  r.route({
    method: 'POST',
    url: P,
    summary: 'Buat draf LKjIP perangkat daerah atau pemerintah daerah',
    permission: MANAGE,
    body: C.CreateReportInput,
    status: 201,
    response: { 201: C.ReportView },
    handler: ({ ctx, body }) => createReport(ctx, body),
  });
  r.route({
    method: 'GET',
    url: ONE,
    summary: 'Satu LKjIP: kerangka dari data terkini, bagian uraian, kelengkapan dan versi',
    permission: READ,
    params: C.ReportIdParams,
    response: { 200: C.ReportView },
    handler: ({ ctx, params }) => getReport(ctx, params.reportId),
  });
  r.route({
    method: 'PUT',
    url: `${ONE}/sections`,
    summary: 'Simpan uraian satu bagian LKjIP (versi optimistis)',
    // SECURITY: READ here so another tenant's id is a 404 first; the service requires performance.plan.manage (policy).
    permission: READ,
    params: C.ReportIdParams,
    body: C.SaveSectionInput,
    response: { 200: C.ReportView },
    handler: ({ ctx, params, body }) => saveSection(ctx, params.reportId, body),
  });
  r.route({
    method: 'GET',
    url: `${ONE}/completeness`,
    summary: 'Pemeriksaan kelengkapan LKjIP sebelum ekspor',
    permission: READ,
    params: C.ReportIdParams,
    response: { 200: C.CompletenessView },
    handler: async ({ ctx, params }) => {
      const { completeness } = await assembledReport(ctx, await loadReport(ctx, params.reportId));
      return { complete: completeness.length === 0, items: completeness };
    },
  });
  r.route({
    method: 'POST',
    url: `${ONE}/versions`,
    summary: 'Ekspor versi baru LKjIP (DOCX dan PDF)',
    // SECURITY: READ here so another tenant's id is a 404 first; the service requires performance.plan.manage (policy).
    permission: READ,
    params: C.ReportIdParams,
    status: 201,
    response: { 201: C.VersionView },
    handler: ({ ctx, params }) => exportReport(ctx, params.reportId),
  });
  r.route({
    method: 'POST',
    url: `${ONE}/finalise`,
    summary: 'Finalkan LKjIP: buat naskah untuk ditandatangani kepala perangkat daerah',
    // SECURITY: READ here so another tenant's id is a 404 first; the service requires performance.plan.manage (policy).
    permission: READ,
    params: C.ReportIdParams,
    body: C.FinaliseInput,
    response: { 200: C.ReportView },
    handler: ({ ctx, params, body }) => finaliseReport(ctx, params.reportId, body),
  });
}

function fileRoutes(r: RouteRegistrar) {
  const types = { docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', pdf: 'application/pdf' };
  for (const kind of ['docx', 'pdf'] as const)
    r.route({
      method: 'GET',
      url: `${ONE}/versions/:number/${kind}`,
      summary: `Unduh ${kind.toUpperCase()} satu versi LKjIP`,
      permission: READ,
      params: C.VersionParams,
      handler: async ({ ctx, params, reply }) => {
        const file = await versionFile(ctx, params.reportId, params.number, kind);
        return reply.type(types[kind]).header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.bytes);
      },
    });
}
