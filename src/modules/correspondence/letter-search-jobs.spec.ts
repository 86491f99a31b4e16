/** The job spec of letter search, as enqueueing sees it (the handler lives in letter-search.jobs.ts). */
import { z } from 'zod';
import type { JobSpec } from '../../platform/jobs/index.ts';

const payload = z.object({ letterId: z.uuid() });
/** Extracts the text of a letter's PDF and adds it to the search index. */
export const letterIndexSpec: JobSpec<typeof payload> = { name: 'search.index-letter', payload, maxAttempts: 3 };
