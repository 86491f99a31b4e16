import type { z } from 'zod';
import type { HasDatabase } from '../../db/executor.ts';
import { platformDb } from '../../db/system-db.ts';
import { newId } from '../../shared/ids.ts';
import type { JobSpec } from './job-definition.ts';

/** Any context that can enqueue: a request or system context (job of its tenant) or a bare `{ db }` (platform job). */
export interface EnqueueContext extends HasDatabase {
  readonly tenantId?: string | null;
}

/** Options of `enqueue`. */
export interface EnqueueOptions {
  /** Earliest time the job may run; now by default. */
  runAt?: Date;
}

/**
 * Writes a pending job row (the outbox) through the context's executor: inside `inTransaction` it
 * commits or rolls back with the business data. Validates the payload first; returns the job id.
 */
export async function enqueue<S extends z.ZodType>(
  ctx: EnqueueContext,
  job: JobSpec<S>,
  payload: z.input<S>,
  opts: EnqueueOptions = {},
): Promise<string> {
  job.payload.parse(payload);
  const id = newId();
  const now = new Date().toISOString();
  await platformDb(ctx)
    .insertInto('jobs')
    .values({
      id,
      tenant_id: ctx.tenantId ?? null,
      name: job.name,
      // The input as given, not the parsed output: the worker parses it again with the same schema.
      payload: JSON.stringify(payload),
      status: 'pending',
      attempts: 0,
      max_attempts: job.maxAttempts,
      run_at: (opts.runAt ?? new Date()).toISOString(),
      created_at: now,
    })
    .execute();
  return id;
}
