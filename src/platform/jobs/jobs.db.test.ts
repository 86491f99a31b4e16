import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { insertTestTenant } from '../../../test/factories/tenants.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-db.ts';
import { openDatabase } from '../../db/connection.ts';
import { inTransaction } from '../../db/executor.ts';
import { platformDb } from '../../db/system-db.ts';
import { createWorker, defineJob, enqueue, getJobForTenant, listDeadJobs, retryDeadJob } from './index.ts';

let testDb: TestDatabase;
let tenantA: string;
let tenantB: string;

beforeAll(async () => {
  testDb = await createTestDatabase();
  tenantA = (await insertTestTenant(testDb.handle)).id;
  tenantB = (await insertTestTenant(testDb.handle)).id;
});

// Every test starts with an empty queue, so a drain runs only the jobs the test enqueued.
beforeEach(async () => {
  await platformDb({ db: testDb.handle }).deleteFrom('jobs').execute();
});

afterAll(async () => {
  await testDb?.cleanup();
});

/** A clock the test moves forward; starts at the real time so freshly enqueued jobs are due. */
function testClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms: number) => {
      offsetMs += ms;
    },
  };
}

async function jobRow(id: string) {
  return platformDb({ db: testDb.handle }).selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const CountPayload = z.object({ count: z.number().int() });

describe('running a job', () => {
  it('stores the result, progress 100 and the finish time, and shows progress while running', async () => {
    const progressSeen: (number | null)[] = [];
    const job = defineJob({
      name: 'test.count',
      payload: CountPayload,
      handler: async (run) => {
        await run.reportProgress(40);
        progressSeen.push((await getJobForTenant({ db: testDb.handle, tenantId: tenantA }, run.id))?.progress ?? null);
        return { counted: run.payload.count, tenant: run.tenantId, attempt: run.attempt };
      },
    });
    const id = await enqueue({ db: testDb.handle, tenantId: tenantA }, job, { count: 3 });
    const worker = createWorker({ db: testDb.handle, jobs: [job], workerId: 'w-success', pollMs: 10 });

    expect(await worker.drain()).toBe(1);

    expect(progressSeen).toEqual([40]);
    const view = await getJobForTenant({ db: testDb.handle, tenantId: tenantA }, id);
    expect(view).toMatchObject({ id, name: 'test.count', status: 'done', progress: 100, error: null });
    expect(view?.result).toEqual({ counted: 3, tenant: tenantA, attempt: 1 });
    expect(view?.finishedAt).toEqual(expect.any(String));
  });

  it('refuses to enqueue a payload its schema rejects', async () => {
    const job = defineJob({ name: 'test.strict', payload: CountPayload, handler: async () => null });
    // @ts-expect-error: the wrong payload type is the point of this test
    await expect(enqueue({ db: testDb.handle }, job, { count: 'three' })).rejects.toThrow();
    expect(
      await platformDb({ db: testDb.handle }).selectFrom('jobs').select('id').where('name', '=', 'test.strict').execute(),
    ).toEqual([]);
  });

  it('retries a failed job after a backoff, then succeeds', async () => {
    const clock = testClock();
    const errors: unknown[] = [];
    const job = defineJob({
      name: 'test.flaky',
      payload: z.object({}),
      handler: async (run) => {
        if (run.attempt === 1) throw new Error('server surat sedang sibuk');
        return { attempt: run.attempt };
      },
    });
    const id = await enqueue({ db: testDb.handle, tenantId: tenantA }, job, {});
    const worker = createWorker({
      db: testDb.handle,
      jobs: [job],
      workerId: 'w-flaky',
      now: clock.now,
      onError: (e) => errors.push(e),
    });

    const failedAt = clock.now().getTime();
    expect(await worker.runOnce()).toBe(true);
    const afterFailure = await jobRow(id);
    expect(afterFailure).toMatchObject({
      status: 'pending',
      attempts: 1,
      last_error: 'Error: server surat sedang sibuk',
      locked_by: null,
    });
    const delay = Date.parse(afterFailure.run_at) - failedAt;
    expect(delay).toBeGreaterThanOrEqual(1600 - 50);
    expect(delay).toBeLessThanOrEqual(2400 + 50);
    expect(errors).toHaveLength(1);

    expect(await worker.runOnce()).toBe(false); // not due yet
    clock.advance(3000);
    expect(await worker.runOnce()).toBe(true);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 2, result: '{"attempt":2}' });
  });

  it('moves a job that keeps failing to the dead-letter list, and retryDeadJob revives it', async () => {
    const clock = testClock();
    let healthy = false;
    const job = defineJob({
      name: 'test.doomed',
      payload: z.object({}),
      maxAttempts: 2,
      handler: async () => {
        if (!healthy) throw new Error('tidak bisa');
        return 'ok';
      },
    });
    const id = await enqueue({ db: testDb.handle, tenantId: tenantB }, job, {});
    const worker = createWorker({ db: testDb.handle, jobs: [job], workerId: 'w-doomed', now: clock.now });
    await worker.runOnce();
    clock.advance(60_000);
    await worker.runOnce();
    clock.advance(60_000);
    expect(await worker.runOnce()).toBe(false);

    expect(await jobRow(id)).toMatchObject({ status: 'dead', attempts: 2, last_error: 'Error: tidak bisa' });
    const dead = await listDeadJobs({ db: testDb.handle }, { tenantId: tenantB });
    expect(dead.map((j) => [j.id, j.status, j.attempts, j.error, j.tenantId])).toContainEqual([
      id,
      'dead',
      2,
      'Error: tidak bisa',
      tenantB,
    ]);
    expect((await listDeadJobs({ db: testDb.handle }, { tenantId: tenantA })).map((j) => j.id)).not.toContain(id);

    healthy = true;
    expect(await retryDeadJob({ db: testDb.handle }, id)).toBe(true);
    expect(await jobRow(id)).toMatchObject({ status: 'pending', attempts: 0 });
    expect(await retryDeadJob({ db: testDb.handle }, id)).toBe(false); // only dead jobs can be retried
    expect(await worker.runOnce()).toBe(true);
    expect(await jobRow(id)).toMatchObject({ status: 'done', attempts: 1, result: '"ok"' });
  });

  it('buries a job with no registered definition, or whose stored payload fails the schema, at once', async () => {
    const loose = defineJob({ name: 'test.shape', payload: z.object({ count: z.unknown() }), handler: async () => null });
    const strict = defineJob({ name: 'test.shape', payload: CountPayload, handler: async () => null });
    const orphan = defineJob({ name: 'test.orphan', payload: z.object({}), handler: async () => null });
    const badPayload = await enqueue({ db: testDb.handle }, loose, { count: 'tiga' });
    const unknown = await enqueue({ db: testDb.handle }, orphan, {});
    const worker = createWorker({ db: testDb.handle, jobs: [strict], workerId: 'w-strict' });

    await worker.drain();

    expect(await jobRow(badPayload)).toMatchObject({ status: 'dead', attempts: 1 });
    expect((await jobRow(badPayload)).last_error).toMatch(/^invalid payload/);
    expect(await jobRow(unknown)).toMatchObject({ status: 'dead', attempts: 1 });
    expect((await jobRow(unknown)).last_error).toMatch(/unknown job "test.orphan"/);
  });
});

describe('enqueue as an outbox', () => {
  const job = defineJob({ name: 'test.outbox', payload: z.object({ letter: z.string() }), handler: async () => null });

  it('rolls the job back with the transaction that enqueued it', async () => {
    const attempt = inTransaction({ db: testDb.handle, tenantId: tenantA }, async (tx) => {
      await enqueue(tx, job, { letter: 'rolled-back' });
      throw new Error('the business change failed');
    });
    await expect(attempt).rejects.toThrow('the business change failed');
    const rows = await platformDb({ db: testDb.handle })
      .selectFrom('jobs')
      .select('payload')
      .where('name', '=', 'test.outbox')
      .execute();
    expect(rows.map((r) => r.payload)).not.toContain('{"letter":"rolled-back"}');
  });

  it('commits the job with the transaction that enqueued it', async () => {
    const id = await inTransaction({ db: testDb.handle, tenantId: tenantA }, (tx) => enqueue(tx, job, { letter: 'committed' }));
    expect(await jobRow(id)).toMatchObject({ status: 'pending', tenant_id: tenantA, payload: '{"letter":"committed"}' });
  });
});

describe('getJobForTenant', () => {
  it('hides a job of another tenant', async () => {
    const job = defineJob({ name: 'test.private', payload: z.object({}), handler: async () => null });
    const id = await enqueue({ db: testDb.handle, tenantId: tenantA }, job, {});
    expect(await getJobForTenant({ db: testDb.handle, tenantId: tenantB }, id)).toBeUndefined();
    expect((await getJobForTenant({ db: testDb.handle, tenantId: tenantA }, id))?.status).toBe('pending');
  });
});

describe('claiming', () => {
  it('never runs a job twice when two workers on separate connections drain the same queue', async () => {
    const runs = new Map<string, number>();
    const job = defineJob({
      name: 'test.race',
      payload: z.object({ n: z.number() }),
      handler: async (run) => {
        await new Promise((resolve) => setImmediate(resolve));
        runs.set(run.id, (runs.get(run.id) ?? 0) + 1);
        return run.payload.n;
      },
    });
    const ids: string[] = [];
    for (let n = 0; n < 50; n++) ids.push(await enqueue({ db: testDb.handle, tenantId: tenantA }, job, { n }));
    const secondHandle = openDatabase(testDb.url);
    try {
      const first = createWorker({ db: testDb.handle, jobs: [job], workerId: 'w-race-1' });
      const second = createWorker({ db: secondHandle, jobs: [job], workerId: 'w-race-2' });
      const [ranByFirst, ranBySecond] = await Promise.all([first.drain(), second.drain()]);
      expect(ranByFirst + ranBySecond).toBe(50);
      expect(Math.min(ranByFirst, ranBySecond)).toBeGreaterThan(0); // both really took part
    } finally {
      await secondHandle.close();
    }
    expect(ids.map((id) => runs.get(id))).toEqual(ids.map(() => 1));
    const statuses = await platformDb({ db: testDb.handle })
      .selectFrom('jobs')
      .select('status')
      .where('name', '=', 'test.race')
      .execute();
    expect(new Set(statuses.map((s) => s.status))).toEqual(new Set(['done']));
  });

  it('reclaims a running job whose lock expired, and leaves a live lock alone', async () => {
    const job = defineJob({ name: 'test.stale', payload: z.object({}), handler: async (run) => run.attempt });
    const stale = await enqueue({ db: testDb.handle }, job, {});
    const live = await enqueue({ db: testDb.handle }, job, {});
    const jobs = platformDb({ db: testDb.handle })
      .updateTable('jobs')
      .set({ status: 'running', locked_by: 'crashed', attempts: 1 });
    await jobs
      .set({ locked_until: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', stale)
      .execute();
    await jobs
      .set({ locked_until: new Date(Date.now() + 60_000).toISOString() })
      .where('id', '=', live)
      .execute();

    const worker = createWorker({ db: testDb.handle, jobs: [job], workerId: 'w-rescuer' });
    expect(await worker.drain()).toBe(1);

    expect(await jobRow(stale)).toMatchObject({ status: 'done', attempts: 2, result: '2' });
    expect(await jobRow(live)).toMatchObject({ status: 'running', locked_by: 'crashed', attempts: 1 });
  });
});

describe('the background loop', () => {
  it('runs jobs enqueued after start, and stop waits for it to end', async () => {
    const done: string[] = [];
    const job = defineJob({
      name: 'test.loop',
      payload: z.object({ tag: z.string() }),
      handler: async (run) => done.push(run.payload.tag),
    });
    const worker = createWorker({ db: testDb.handle, jobs: [job], workerId: 'w-loop', pollMs: 5 });
    worker.start();
    await enqueue({ db: testDb.handle }, job, { tag: 'a' });
    await enqueue({ db: testDb.handle }, job, { tag: 'b' });
    await expect.poll(() => done.length, { timeout: 5000 }).toBe(2);
    await worker.stop();
    expect(done.sort()).toEqual(['a', 'b']);
  });
});
