/** The search indexing job: the text of a letter's PDF, extracted outside the registering request. */
import { type PlatformServices, systemContext } from '../../platform/access/context.ts';
import { defineJob, type JobDefinition } from '../../platform/jobs/index.ts';
import { indexLetterText } from './letter-search.service.ts';
import { letterIndexSpec } from './letter-search-jobs.spec.ts';

/** The `search.index-letter` job: extracts the PDF text of one letter of the job's tenant into the index. */
export function createLetterIndexJob(platform: PlatformServices): JobDefinition {
  const job = defineJob({
    ...letterIndexSpec,
    handler: async (run) => {
      if (!run.tenantId) return { chars: 0 };
      const ctx = systemContext(run.db, platform, run.tenantId, 'job:search.index-letter', new Set());
      return indexLetterText(ctx, run.payload.letterId);
    },
  });
  return job as unknown as JobDefinition;
}
