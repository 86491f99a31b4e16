import { z } from 'zod';
import { inTransaction } from '../../db/executor.ts';
import { type PlatformServices, systemContext } from '../../platform/access/context.ts';
import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import { permissionsForRoles } from '../../shared/permissions.ts';
import { recordAudit } from '../audit/index.ts';
import { parseOrgFile } from './org-file/org-file-parser.ts';
import { applyOrgPlan } from './org-import.apply.ts';
import { checkAgainstExisting } from './org-import.checks.ts';
import { loadExistingOrg } from './org-import.existing.ts';
import { presentProblems } from './org-import.presenter.ts';

const OrgImportPayload = z.object({
  fileKey: z.string(),
  fileName: z.string(),
  locale: z.enum(['id', 'en']),
  requestedBy: z.string(),
});

/** Name and payload of the org import job; what `enqueue` needs. */
export const orgImportJob = { name: 'organization.import', payload: OrgImportPayload, maxAttempts: 3 } as const;

/** The org import job, bound to the platform adapters: parse (outside any lock), then check and write in one transaction. */
export function createOrgImportJob(platform: PlatformServices): JobDefinition {
  return defineJob({
    ...orgImportJob,
    handler: async (job) => {
      if (!job.tenantId) throw new Error('organization.import needs a tenant');
      const ctx = {
        ...systemContext(
          job.db,
          platform,
          job.tenantId,
          `job:organization.import:${job.payload.requestedBy}`,
          permissionsForRoles(['admin']),
        ),
        locale: job.payload.locale,
      };
      const data = await platform.storage.get(job.payload.fileKey);
      await job.reportProgress(10);
      const parsed = await parseOrgFile(data);
      await job.reportProgress(40);
      const result = await inTransaction(ctx, async (tx) => {
        const problems = parsed.problems.some((p) => p.sheet === 'file')
          ? parsed.problems
          : checkAgainstExisting(parsed.plan, parsed.problems, await loadExistingOrg(tx));
        if (problems.length) return { ok: false, problems: presentProblems(problems, ctx.locale) };
        const counts = await applyOrgPlan(tx, parsed.plan);
        await recordAudit(tx, 'organization.imported', {
          objectType: 'file',
          objectId: job.payload.fileKey,
          data: { ...counts, fileName: job.payload.fileName },
        });
        return { ok: true, counts, problems: [] };
      });
      return result;
    },
  }) as unknown as JobDefinition;
}
