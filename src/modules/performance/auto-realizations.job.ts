/** The daily job that fills automatic realisasi (e-Office measures) of every tenant's indicators. */
import { z } from 'zod';
import { type PlatformServices, systemContext } from '../../platform/access/context.ts';
import { defineJob, defineSchedule, type JobDefinition, type ScheduleDefinition } from '../../platform/jobs/index.ts';
import { listTenants } from '../organization/index.ts';
import { runTenantAutoRealizations, type TenantAutoRun } from './auto-realizations.service.ts';

/** Name of the job (and the actor label its writes and audit records carry). */
export const AUTO_REALIZATIONS_JOB = 'performance.auto-realizations';

/**
 * `performance.auto-realizations`, scheduled daily at 01:30 in the platform's zone: for every tenant, every indicator
 * with an automatic source gets its due periods computed (one transaction per indicator). Idempotent by design:
 * unchanged values are left alone, so a retried or repeated run writes nothing new.
 */
export function createAutoRealizations(platform: PlatformServices): { job: JobDefinition; schedule: ScheduleDefinition } {
  const job = defineJob({
    name: AUTO_REALIZATIONS_JOB,
    payload: z.object({}),
    maxAttempts: 3,
    handler: async (run) => {
      const tenants: (TenantAutoRun & { tenantId: string })[] = [];
      for (const tenant of await listTenants({ db: run.db })) {
        const ctx = systemContext(run.db, platform, tenant.id, `job:${AUTO_REALIZATIONS_JOB}`, new Set());
        const result = await runTenantAutoRealizations(ctx);
        if (result.indicators > 0) tenants.push({ tenantId: tenant.id, ...result });
      }
      return { tenants };
    },
  });
  // 01:30, after the day's last completions and before anyone reads the dashboards.
  const schedule = defineSchedule({
    name: `${AUTO_REALIZATIONS_JOB}.daily`,
    cron: '30 1 * * *',
    timezone: platform.timezone,
    job,
    payload: {},
  });
  return { job: job as unknown as JobDefinition, schedule };
}
