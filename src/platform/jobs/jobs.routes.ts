import { z } from 'zod';
import { NotFoundError } from '../../shared/errors.ts';
import { defineRoutes } from '../http/define-routes.ts';
import { getJobForTenant } from './job-queries.ts';

const JobView = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(['pending', 'running', 'done', 'dead']),
  progress: z.number().nullable(),
  result: z.unknown(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});

/** Progress of background work, for the screens that started it. */
export const jobsRoutes = defineRoutes('jobs', (r) => {
  r.route({
    method: 'GET',
    url: '/api/jobs/:jobId',
    summary: 'Status dan kemajuan pekerjaan latar (job status and progress)',
    permission: 'authenticated',
    params: z.object({ jobId: z.uuid() }),
    response: { 200: JobView },
    handler: async ({ ctx, params }) => {
      const job = await getJobForTenant(ctx, params.jobId);
      if (!job) throw new NotFoundError('job');
      return job;
    },
  });
});
