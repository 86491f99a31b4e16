/** The background job that exports every OPD's LKjIP of a year (one new version per OPD with data), with progress. */
import { z } from 'zod';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import { type PlatformServices, type RequestContext, systemContext } from '../../platform/access/context.ts';
import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import { opdUnits } from '../organization/index.ts';
import { lkjipFactsOfYear } from '../performance/index.ts';
import { insertReport, produceVersion } from './lkjip.service.ts';

const ExportAllPayload = z.object({ year: z.number().int(), requestedBy: z.string().nullable() });

/** Name, payload and retry budget of the job; what `enqueue` needs. */
export const lkjipExportAllJob = { name: 'lkjip.export-all', payload: ExportAllPayload, maxAttempts: 3 } as const;

type Outcome = { unitId: string; reportId: string; number: number } | { unitId: string; reason: string };

/** Exports one OPD's report, unless it has no data, is final, or this job already exported it (a retried run). */
async function exportOpd(ctx: RequestContext, unitId: string, year: number, jobId: string, by: string | null): Promise<Outcome> {
  const facts = await lkjipFactsOfYear(ctx, unitId, year);
  if (facts.indicators.length === 0 && facts.programmes.length === 0) return { unitId, reason: 'noData' };
  const db = tenantDb(ctx);
  const existing = await db
    .selectFrom('lkjip_reports')
    .selectAll()
    .where('scope_key', '=', unitId)
    .where('year', '=', year)
    .executeTakeFirst();
  const reportId = existing?.id ?? (await inTransaction(ctx, (tx) => insertReport(tx, unitId, year, by)));
  const row = existing ?? (await db.selectFrom('lkjip_reports').selectAll().where('id', '=', reportId).executeTakeFirstOrThrow());
  if (row.status === 'final') return { unitId, reason: 'final' };
  const done = await db
    .selectFrom('lkjip_versions')
    .select('number')
    .where('report_id', '=', row.id)
    .where('job_id', '=', jobId)
    .executeTakeFirst();
  if (done) return { unitId, reportId: row.id, number: done.number };
  const version = await produceVersion(ctx, row, { jobId, createdBy: by });
  return { unitId, reportId: row.id, number: version.number };
}

/** `lkjip.export-all`: for the tenant it was enqueued for, every OPD in code order; progress after each OPD. */
export function createLkjipExportAllJob(platform: PlatformServices): JobDefinition {
  return defineJob({
    ...lkjipExportAllJob,
    handler: async (run) => {
      if (!run.tenantId) throw new Error('lkjip.export-all needs a tenant');
      const ctx = systemContext(run.db, platform, run.tenantId, `job:${lkjipExportAllJob.name}`, new Set());
      const opds = await opdUnits(ctx);
      const outcomes: Outcome[] = [];
      for (const [index, opd] of opds.entries()) {
        outcomes.push(await exportOpd(ctx, opd.id, run.payload.year, run.id, run.payload.requestedBy));
        await run.reportProgress(Math.round(((index + 1) / Math.max(opds.length, 1)) * 100));
      }
      return {
        year: run.payload.year,
        exported: outcomes.filter((o): o is Extract<Outcome, { number: number }> => 'number' in o),
        skipped: outcomes.filter((o): o is Extract<Outcome, { reason: string }> => 'reason' in o),
      };
    },
  }) as unknown as JobDefinition;
}
