import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.ts';
import { platformDb } from '../../db/system-db.ts';
import { createScheduler, defineJob, defineSchedule } from './index.ts';

let testDb: TestDatabase;

beforeAll(async () => {
  testDb = await createTestDatabase();
});

afterAll(async () => {
  await testDb?.cleanup();
});

const reminder = defineJob({ name: 'test.reminder', payload: z.object({ kind: z.string() }), handler: async () => null });

async function scheduleRow(name: string) {
  return platformDb({ db: testDb.handle }).selectFrom('schedules').selectAll().where('name', '=', name).executeTakeFirst();
}

async function jobsNamed(name: string) {
  return platformDb({ db: testDb.handle }).selectFrom('jobs').selectAll().where('name', '=', name).execute();
}

describe('defineSchedule', () => {
  it('reads the pattern in Asia/Jakarta by default: 07:00 WIB is 00:00Z', () => {
    const daily = defineSchedule({ name: 'test.tz', cron: '0 7 * * *', job: reminder, payload: { kind: 'tz' } });
    expect(daily.timezone).toBe('Asia/Jakarta');
    expect(daily.nextRunAfter(new Date('2026-03-01T03:00:00Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
    expect(daily.nextRunAfter(new Date('2026-03-01T23:59:00Z')).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('refuses a payload the job schema rejects', () => {
    // @ts-expect-error: the wrong payload type is the point of this test
    expect(() => defineSchedule({ name: 'test.bad', cron: '0 7 * * *', job: reminder, payload: { kind: 7 } })).toThrow();
  });
});

describe('createScheduler', () => {
  it('records the next run on first sight without firing', async () => {
    const daily = defineSchedule({ name: 'test.first-sight', cron: '0 7 * * *', job: reminder, payload: { kind: 'first' } });
    const scheduler = createScheduler({ db: testDb.handle, schedules: [daily], workerId: 'sched-1' });

    expect(await scheduler.tick(new Date('2026-03-01T03:00:00Z'))).toEqual([]);

    expect(await scheduleRow('test.first-sight')).toMatchObject({ next_run_at: '2026-03-02T00:00:00.000Z', last_run_at: null });
    expect(await jobsNamed('test.reminder')).toEqual([]);
  });

  it('fires a due schedule exactly once when several schedulers tick at the same instant', async () => {
    const daily = defineSchedule({ name: 'test.race', cron: '0 7 * * *', job: reminder, payload: { kind: 'race' } });
    const schedulers = ['sched-a', 'sched-b', 'sched-c', 'sched-d'].map((workerId) =>
      createScheduler({ db: testDb.handle, schedules: [daily], workerId }),
    );
    await Promise.all(schedulers.map((s) => s.tick(new Date('2026-03-01T03:00:00Z'))));

    const due = new Date('2026-03-02T00:00:05Z');
    const fired = (await Promise.all(schedulers.map((s) => s.tick(due)))).flat();

    expect(fired).toEqual(['test.race']);
    const jobs = (await jobsNamed('test.reminder')).filter((j) => j.payload === '{"kind":"race"}');
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({ status: 'pending', tenant_id: null });
    const row = await scheduleRow('test.race');
    expect(row).toMatchObject({ next_run_at: '2026-03-03T00:00:00.000Z', last_run_at: due.toISOString() });
    expect(['sched-a', 'sched-b', 'sched-c', 'sched-d']).toContain(row?.last_run_by);

    expect((await Promise.all(schedulers.map((s) => s.tick(due)))).flat()).toEqual([]);
  });

  it('fires again at the next due time, once even after a long outage', async () => {
    const hourly = defineSchedule({ name: 'test.hourly', cron: '0 * * * *', job: reminder, payload: { kind: 'hourly' } });
    const scheduler = createScheduler({ db: testDb.handle, schedules: [hourly], workerId: 'sched-h' });
    await scheduler.tick(new Date('2026-03-01T10:30:00Z'));

    expect(await scheduler.tick(new Date('2026-03-01T10:59:59Z'))).toEqual([]);
    expect(await scheduler.tick(new Date('2026-03-01T11:00:00Z'))).toEqual(['test.hourly']);
    expect(await scheduler.tick(new Date('2026-03-01T15:20:00Z'))).toEqual(['test.hourly']);
    expect(await scheduler.tick(new Date('2026-03-01T15:40:00Z'))).toEqual([]);

    expect((await scheduleRow('test.hourly'))?.next_run_at).toBe('2026-03-01T16:00:00.000Z');
    expect((await jobsNamed('test.reminder')).filter((j) => j.payload === '{"kind":"hourly"}')).toHaveLength(2);
  });
});
