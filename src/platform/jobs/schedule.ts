import { Cron } from 'croner';
import type { z } from 'zod';
import { inTransaction } from '../../db/executor.ts';
import type { DatabaseHandle } from '../../db/handle.ts';
import { platformDb } from '../../db/system-db.ts';
import { enqueue } from './enqueue.ts';
import type { JobDefinition } from './job-definition.ts';
import { createPollLoop } from './poll-loop.ts';

/** A job enqueued on a cron pattern, at most once per due time across all processes. */
export interface ScheduleDefinition {
  readonly name: string;
  readonly cron: string;
  readonly timezone: string;
  /** The next run strictly after `date`, per the pattern in the schedule's timezone. */
  nextRunAfter(date: Date): Date;
  /** Enqueues the schedule's job (platform-wide, no tenant) through the given context. */
  enqueueJob(ctx: { readonly db: DatabaseHandle }): Promise<string>;
}

/**
 * Declares a schedule, e.g. `{ name: 'reminders.daily', cron: '0 7 * * *', job, payload: {} }` (07:00 WIB).
 * A changed pattern takes effect after the run already stored in the `schedules` table.
 */
export function defineSchedule<S extends z.ZodType>(definition: {
  name: string;
  cron: string;
  timezone?: string;
  job: JobDefinition<S>;
  payload: z.input<S>;
}): ScheduleDefinition {
  const timezone = definition.timezone ?? 'Asia/Jakarta';
  const pattern = new Cron(definition.cron, { timezone });
  definition.job.payload.parse(definition.payload);
  return Object.freeze({
    name: definition.name,
    cron: definition.cron,
    timezone,
    nextRunAfter(date: Date) {
      const next = pattern.nextRun(date);
      if (!next) throw new Error(`schedule ${definition.name}: pattern "${definition.cron}" never runs again`);
      return next;
    },
    enqueueJob: (ctx: { readonly db: DatabaseHandle }) => enqueue(ctx, definition.job, definition.payload),
  });
}

/** Options of `createScheduler`. */
export interface SchedulerOptions {
  db: DatabaseHandle;
  schedules: readonly ScheduleDefinition[];
  /** Recorded in `schedules.last_run_by`. */
  workerId: string;
  /** Pause between ticks of the background loop. */
  pollMs?: number;
  onError?: (err: unknown) => void;
}

/** Fires due schedules; several processes may run one each, every due time fires once. */
export interface Scheduler {
  /** Fires every schedule that is due at `now`; returns the names this process fired. */
  tick(now?: Date): Promise<string[]>;
  start(): void;
  stop(): Promise<void>;
}

/** Creates a scheduler coordinated through the `schedules` table. */
export function createScheduler(options: SchedulerOptions): Scheduler {
  const { db, workerId } = options;

  async function tick(now: Date = new Date()): Promise<string[]> {
    const fired: string[] = [];
    for (const schedule of options.schedules) {
      if (await fireIfDue(db, schedule, workerId, now)) fired.push(schedule.name);
    }
    return fired;
  }

  const loop = createPollLoop({
    step: async () => {
      await tick();
      return false; // always pause: schedules are due at most once a minute
    },
    pollMs: options.pollMs ?? 15_000,
    onError: (err) => options.onError?.(err),
  });
  return { tick, start: loop.start, stop: loop.stop };
}

/**
 * Fires one schedule if due. The compare-and-set on `next_run_at` decides which process fires: only the
 * one whose update changed the row enqueues, in the same transaction, so a crash loses neither.
 */
async function fireIfDue(db: DatabaseHandle, schedule: ScheduleDefinition, workerId: string, now: Date): Promise<boolean> {
  const nowText = now.toISOString();
  const nextText = schedule.nextRunAfter(now).toISOString();
  const row = await platformDb({ db }).selectFrom('schedules').selectAll().where('name', '=', schedule.name).executeTakeFirst();
  if (!row) {
    await platformDb({ db })
      .insertInto('schedules')
      .values({ name: schedule.name, next_run_at: nextText })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    return false;
  }
  if (row.next_run_at > nowText) return false;
  return inTransaction({ db }, async (tx) => {
    const claimed = await platformDb(tx)
      .updateTable('schedules')
      .set({ next_run_at: nextText, last_run_at: nowText, last_run_by: workerId })
      .where('name', '=', schedule.name)
      .where('next_run_at', '<=', nowText)
      .executeTakeFirst();
    if (claimed.numUpdatedRows !== 1n) return false;
    await schedule.enqueueJob(tx);
    return true;
  });
}
