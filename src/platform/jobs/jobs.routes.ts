import { z } from 'zod';
import { NotFoundError } from '../../shared/errors.ts';
import { defineRoutes } from '../http/define-routes.ts';
import { getJobForTenant, listDeadJobs, retryDeadJob } from './job-queries.ts';

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
  r.route({
    method: 'GET',
    url: '/api/jobs/dead',
    summary: 'Daftar pekerjaan gagal permanen (dead-letter list) milik pemda ini',
    permission: 'jobs.read',
    response: { 200: z.object({ jobs: z.array(JobView.extend({ attempts: z.number() })) }) },
    handler: async ({ ctx }) => ({
      // SECURITY: the dead-letter list is filtered to the caller's tenant.
      jobs: (await listDeadJobs(ctx, { tenantId: ctx.tenantId })).map(({ tenantId: _t, ...job }) => job),
    }),
  });
  r.route({
    method: 'POST',
    url: '/api/jobs/:jobId/retry',
    summary: 'Ulangi pekerjaan yang gagal permanen (retry a dead job)',
    permission: 'jobs.manage',
    params: z.object({ jobId: z.uuid() }),
    handler: async ({ ctx, params }) => {
      // SECURITY: look the job up inside the caller's tenant first; a foreign id is a 404.
      const job = await getJobForTenant(ctx, params.jobId);
      if (job?.status !== 'dead' || !(await retryDeadJob(ctx, params.jobId))) throw new NotFoundError('job');
    },
  });
});
