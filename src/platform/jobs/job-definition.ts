import type { z } from 'zod';
import type { DatabaseHandle } from '../../db/handle.ts';

/** What a handler receives for one run of one job. */
export interface JobRun<P> {
  readonly id: string;
  /** The tenant the job was enqueued for; null for platform-wide jobs (sweeps, schedules). */
  readonly tenantId: string | null;
  readonly payload: P;
  /** 1 on the first run, 2 on the first retry, … */
  readonly attempt: number;
  /** The database the worker runs on, to build a system context for the job's tenant. */
  readonly db: DatabaseHandle;
  /** Records progress (0–100) and extends the worker's lock on the job. */
  reportProgress(pct: number): Promise<void>;
}

/** A named kind of background work: its payload schema, its retry budget and its handler. */
export interface JobDefinition<S extends z.ZodType = z.ZodType> {
  readonly name: string;
  readonly payload: S;
  readonly maxAttempts: number;
  /** Runs the job; the JSON-serialisable value it returns is stored as the job's result. Must be idempotent. */
  readonly handler: (job: JobRun<z.output<S>>) => Promise<unknown>;
}

/** Declares a job. Handlers must be idempotent: a job whose lock expires may run again. */
export function defineJob<S extends z.ZodType>(definition: {
  name: string;
  payload: S;
  maxAttempts?: number;
  handler: (job: JobRun<z.output<S>>) => Promise<unknown>;
}): JobDefinition<S> {
  const maxAttempts = definition.maxAttempts ?? 5;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`job ${definition.name}: maxAttempts must be ≥ 1`);
  return Object.freeze({ ...definition, maxAttempts });
}

/** What enqueueing needs of a job: its name, payload schema and retry budget (the handler lives in the worker). */
export type JobSpec<S extends z.ZodType = z.ZodType> = Pick<JobDefinition<S>, 'name' | 'payload' | 'maxAttempts'>;
