import type { DatabaseHandle } from '../../db/handle.ts';
import type { JobsTable } from '../../db/schema/platform.ts';
import { backoffMs, errorText } from './backoff.ts';
import type { JobDefinition, JobRun } from './job-definition.ts';
import { type Claim, claimNextJob, markDead, markDone, markRetry, saveProgress } from './job-store.ts';
import { createPollLoop } from './poll-loop.ts';

/** Options of `createWorker`. */
export interface WorkerOptions {
  db: DatabaseHandle;
  jobs: readonly JobDefinition[];
  /** Names this worker in `jobs.locked_by`, e.g. `${hostname}:${pid}`. */
  workerId: string;
  /** Pause between polls when the queue is empty. */
  pollMs?: number;
  /** How long a claim holds before another worker may take the job over; reportProgress extends it. */
  lockMs?: number;
  /** Told about every failed run and every loop error (the job is undefined for loop errors). */
  onError?: (err: unknown, job?: JobsTable) => void;
  /** The clock; injectable so retries and lock expiry can be tested without waiting. */
  now?: () => Date;
}

/** A job worker: one job at a time, polling the jobs table. */
export interface Worker {
  /** Claims and runs one due job; false when none was due. */
  runOnce(): Promise<boolean>;
  /** Runs jobs until none is due; returns how many ran. */
  drain(): Promise<number>;
  /** Starts polling in the background. */
  start(): void;
  /** Stops polling and waits for the running job to finish. */
  stop(): Promise<void>;
}

/** Creates a worker for the given job definitions. */
export function createWorker(options: WorkerOptions): Worker {
  const { db, workerId, onError } = options;
  const lockMs = options.lockMs ?? 5 * 60_000;
  const now = options.now ?? (() => new Date());
  const byName = new Map(options.jobs.map((job) => [job.name, job]));

  async function runClaimed(claim: Claim): Promise<void> {
    const definition = byName.get(claim.job.name);
    if (!definition) return markDead(claim, `unknown job "${claim.job.name}": no definition registered`, now());
    const parsed = parsePayload(definition, claim.job.payload);
    if (!parsed.ok) return markDead(claim, `invalid payload: ${parsed.error}`, now());
    const run: JobRun<unknown> = {
      id: claim.job.id,
      tenantId: claim.job.tenant_id,
      payload: parsed.payload,
      attempt: claim.job.attempts,
      db,
      reportProgress: (pct) => saveProgress(claim, pct, new Date(now().getTime() + lockMs)),
    };
    try {
      const resultJson = JSON.stringify((await definition.handler(run)) ?? null);
      await markDone(claim, resultJson, now());
    } catch (err) {
      onError?.(err, claim.job);
      await markFailed(claim, err);
    }
  }

  async function markFailed(claim: Claim, err: unknown): Promise<void> {
    const { attempts, max_attempts } = claim.job;
    if (attempts >= max_attempts) return markDead(claim, errorText(err), now());
    await markRetry(claim, errorText(err), new Date(now().getTime() + backoffMs(attempts)));
  }

  async function runOnce(): Promise<boolean> {
    const claim = await claimNextJob(db, workerId, now(), lockMs);
    if (!claim) return false;
    await runClaimed(claim);
    return true;
  }

  async function drain(): Promise<number> {
    let count = 0;
    while (await runOnce()) count++;
    return count;
  }

  const loop = createPollLoop({ step: runOnce, pollMs: options.pollMs ?? 1000, onError: (err) => onError?.(err) });
  return { runOnce, drain, start: loop.start, stop: loop.stop };
}

type ParsedPayload = { ok: true; payload: unknown } | { ok: false; error: string };

function parsePayload(definition: JobDefinition, payloadJson: string): ParsedPayload {
  try {
    const result = definition.payload.safeParse(JSON.parse(payloadJson));
    return result.success ? { ok: true, payload: result.data } : { ok: false, error: result.error.message };
  } catch (err) {
    return { ok: false, error: errorText(err) };
  }
}
