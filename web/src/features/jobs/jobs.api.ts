import { api } from '../../app/api.ts';

// The jobs routes live in src/platform/jobs (no `*.contract.ts` the web app may import), so their
// answer shapes are declared here; keep them in step with `JobView` in src/platform/jobs/jobs.routes.ts.

/** A background job as polled by the UI (`GET /api/jobs/:jobId`). */
export interface JobView {
  id: string;
  name: string;
  status: 'pending' | 'running' | 'done' | 'dead';
  progress: number | null;
  result: unknown;
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

/** A job that exhausted its attempts, as listed in the dead-letter list (`GET /api/jobs/dead`). */
export interface DeadJobView extends JobView {
  attempts: number;
}

/** Query keys of background jobs. */
export const jobKeys = {
  dead: ['jobs', 'dead'] as const,
};

/** Reads the state of a background job. */
export const fetchJob = (jobId: string) => api<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`);

/** The tenant's dead-letter list, newest first. */
export const fetchDeadJobs = () => api<{ jobs: DeadJobView[] }>('/api/jobs/dead').then((r) => r.jobs);

/** Puts a dead job back in the queue with a fresh attempt budget (answers 204). */
export const retryJob = (jobId: string) =>
  api<void>(`/api/jobs/${encodeURIComponent(jobId)}/retry`, { method: 'POST', body: {} });
