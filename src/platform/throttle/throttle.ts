import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { HasDatabase } from '../../db/executor.ts';
import { platformDb } from '../../db/system-db.ts';

/** A fixed-window failure counter kept in the database, so every app process sees the same count. */
export interface ThrottleRule {
  readonly max: number;
  readonly windowMs: number;
}

/** Builds a throttle key from parts; personal data (user names) is hashed, never stored as typed. */
export function throttleKey(kind: string, ...parts: string[]): string {
  const digest = createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40);
  return `${kind}:${digest}`;
}

/** Seconds until the key may try again, or 0 when it is not blocked. */
export async function secondsBlocked(owner: HasDatabase, key: string, rule: ThrottleRule, now: Date): Promise<number> {
  const row = await platformDb(owner)
    .selectFrom('throttles')
    .select(['window_start', 'count'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || row.count < rule.max) return 0;
  const endsAt = Date.parse(row.window_start) + rule.windowMs;
  return endsAt > now.getTime() ? Math.ceil((endsAt - now.getTime()) / 1000) : 0;
}

/** Counts one failure against the key (starting a new window when the old one has passed). */
export async function recordFailure(owner: HasDatabase, key: string, rule: ThrottleRule, now: Date): Promise<void> {
  const nowIso = now.toISOString();
  const cutoff = new Date(now.getTime() - rule.windowMs).toISOString();
  await platformDb(owner)
    .insertInto('throttles')
    .values({ key, window_start: nowIso, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql<number>`case when throttles.window_start < ${cutoff} then 1 else throttles.count + 1 end`,
        window_start: sql<string>`case when throttles.window_start < ${cutoff} then ${nowIso} else throttles.window_start end`,
      }),
    )
    .execute();
}

/** Forgets the failures of a key (after a successful login). */
export async function clearFailures(owner: HasDatabase, key: string): Promise<void> {
  await platformDb(owner).deleteFrom('throttles').where('key', '=', key).execute();
}

/** Deletes counters whose window started before `olderThan`; returns how many went. */
export async function purgeStaleThrottles(owner: HasDatabase, olderThan: Date): Promise<number> {
  const result = await platformDb(owner)
    .deleteFrom('throttles')
    .where('window_start', '<', olderThan.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
