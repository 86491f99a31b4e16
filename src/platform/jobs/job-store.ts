import type { DatabaseHandle } from '../../db/handle.ts';
import type { JobsTable } from '../../db/schema/platform.ts';
import { platformDb } from '../../db/system-db.ts';

/** Identifies one claim of a job: a finish only lands if the worker still holds that claim. */
export interface Claim {
  readonly db: DatabaseHandle;
  readonly workerId: string;
  readonly job: JobsTable;
}

/**
 * Atomically claims the oldest due job: a pending job whose run_at has come, or a running job whose
 * lock has expired (its worker died). On PostgreSQL `FOR UPDATE SKIP LOCKED` lets concurrent workers
 * pass each other; SQLite has a single writer, so the one statement is already atomic.
 */
export async function claimNextJob(db: DatabaseHandle, workerId: string, now: Date, lockMs: number): Promise<Claim | undefined> {
  const nowText = now.toISOString();
  const jobs = platformDb({ db });
  const job = await jobs
    .updateTable('jobs')
    .set((eb) => ({
      status: 'running',
      locked_by: workerId,
      locked_until: new Date(now.getTime() + lockMs).toISOString(),
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', '=', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where((w) =>
          w.or([
            w.and([w('status', '=', 'pending'), w('run_at', '<=', nowText)]),
            w.and([w('status', '=', 'running'), w('locked_until', '<', nowText)]),
          ]),
        )
        .orderBy('run_at')
        .limit(1)
        .$if(db.dialect === 'postgres', (q) => q.forUpdate().skipLocked()),
    )
    .returningAll()
    .executeTakeFirst();
  return job && { db, workerId, job };
}

function heldBy(claim: Claim) {
  return platformDb({ db: claim.db })
    .updateTable('jobs')
    .where('id', '=', claim.job.id)
    .where('locked_by', '=', claim.workerId)
    .where('attempts', '=', claim.job.attempts)
    .where('status', '=', 'running');
}

/** Records progress (clamped to 0–100) and extends the lock; a no-op when the claim was lost. */
export async function saveProgress(claim: Claim, pct: number, lockedUntil: Date): Promise<void> {
  const progress = Math.max(0, Math.min(100, Math.round(pct)));
  await heldBy(claim).set({ progress, locked_until: lockedUntil.toISOString() }).execute();
}

/** Marks the job done with its JSON result. */
export async function markDone(claim: Claim, resultJson: string, now: Date): Promise<void> {
  const finished = now.toISOString();
  await heldBy(claim)
    .set({ status: 'done', result: resultJson, progress: 100, finished_at: finished, locked_by: null, locked_until: null })
    .execute();
}

/** Puts the job back in the queue to run again at `runAt`, remembering why it failed. */
export async function markRetry(claim: Claim, error: string, runAt: Date): Promise<void> {
  await heldBy(claim)
    .set({ status: 'pending', run_at: runAt.toISOString(), last_error: error, locked_by: null, locked_until: null })
    .execute();
}

/** Moves the job to the dead-letter list. */
export async function markDead(claim: Claim, error: string, now: Date): Promise<void> {
  await heldBy(claim)
    .set({ status: 'dead', last_error: error, finished_at: now.toISOString(), locked_by: null, locked_until: null })
    .execute();
}
