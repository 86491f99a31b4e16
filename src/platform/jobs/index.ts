/** Jobs: a database-backed queue used as an outbox, a polling worker, and cron schedules. */
export { backoffMs } from './backoff.ts';
export { type EnqueueContext, type EnqueueOptions, enqueue } from './enqueue.ts';
export { defineJob, type JobDefinition, type JobRun, type JobSpec } from './job-definition.ts';
export { type DeadJobView, getJobForTenant, type JobView, listDeadJobs, retryDeadJob } from './job-queries.ts';
export { jobsRoutes } from './jobs.routes.ts';
export { createScheduler, defineSchedule, type ScheduleDefinition, type Scheduler, type SchedulerOptions } from './schedule.ts';
export { createWorker, type Worker, type WorkerOptions } from './worker.ts';
