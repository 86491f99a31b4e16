import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertTestTenant } from '../../../test/factories/tenants.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.ts';
import { platformDb } from '../../db/system-db.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { PlatformServices } from '../../platform/access/context.ts';
import { createScheduler, createWorker } from '../../platform/jobs/index.ts';
import { newId } from '../../shared/ids.ts';
import { createIdentityMaintenance } from './identity.jobs.ts';

const NOW = new Date('2026-11-28T19:00:00Z'); // 02:00 WIB on the 29th
const days = (n: number) => new Date(NOW.getTime() - n * 86_400_000).toISOString();
let t: TestDatabase;
const platform = { now: () => NOW, timezone: 'Asia/Jakarta' } as unknown as PlatformServices;

async function userWithSessions(tenantId: string) {
  const db = tenantDb({ db: t.handle, tenantId });
  const userId = newId();
  await db.insertInto('users', { id: userId, display_name: 'U', status: 'active', created_at: days(100) } as never).execute();
  const session = (id: string, expires: string, revoked: string | null) => ({
    id,
    user_id: userId,
    token_hash: newId(),
    mfa_pending: 0,
    created_at: days(90),
    expires_at: expires,
    last_seen_at: days(90),
    revoked_at: revoked,
    ip: null,
    user_agent: null,
  });
  await db
    .insertInto('sessions', [
      session('old-expired', days(40), null),
      session('old-revoked', days(1), days(31)),
      session('live', days(-1), null),
      session('recently-ended', days(10), days(10)),
    ])
    .execute();
}

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => t.cleanup());

describe('identity.purge-expired', () => {
  it('runs at 02:00 WIB and removes only sessions that ended over 30 days ago, in every tenant', async () => {
    const a = await insertTestTenant(t.handle);
    const b = await insertTestTenant(t.handle);
    await userWithSessions(a.id);
    await userWithSessions(b.id);
    await platformDb({ db: t.handle })
      .insertInto('throttles')
      .values([
        { key: 'old', window_start: days(2), count: 3 },
        { key: 'new', window_start: NOW.toISOString(), count: 1 },
      ])
      .execute();
    const { job, schedule } = createIdentityMaintenance(platform);
    expect(schedule.nextRunAfter(new Date('2026-11-28T12:00:00Z')).toISOString()).toBe('2026-11-28T19:00:00.000Z');
    const scheduler = createScheduler({ db: t.handle, schedules: [schedule], workerId: 'test' });
    await scheduler.tick(new Date('2026-11-28T12:00:00Z')); // first sight: stores the next run
    expect(await scheduler.tick(NOW)).toEqual([schedule.name]);
    expect(await createWorker({ db: t.handle, jobs: [job], workerId: 'test' }).drain()).toBe(1);
    for (const tenant of [a, b]) {
      const left = await tenantDb({ db: t.handle, tenantId: tenant.id })
        .selectFrom('sessions')
        .select('id')
        .orderBy('id')
        .execute();
      expect(left.map((s) => s.id)).toEqual(['live', 'recently-ended']);
    }
    const throttles = await platformDb({ db: t.handle }).selectFrom('throttles').select('key').execute();
    expect(throttles.map((r) => r.key)).toEqual(['new']);
  });
});
