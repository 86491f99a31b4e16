/** The worker client: replies and errors reach the caller, and a crashed or stuck worker is replaced. */
import { afterAll, describe, expect, it } from 'vitest';
import type { TestWorkerInput } from './worker-client.test-support.ts';
import { workerClient } from './worker-client.ts';

const client = workerClient<TestWorkerInput, string>(new URL('./worker-client.test-support.ts', import.meta.url), {
  name: 'test-worker',
  timeoutMs: 3_000,
});
afterAll(() => client.close());

describe('workerClient', () => {
  it('runs a TypeScript worker module and moves the buffer to it', async () => {
    const bytes = new Uint8Array([7, 8, 9]);
    expect(await client.run({ op: 'echo', bytes }, [bytes.buffer])).toBe('3 bytes, first 7');
    expect(bytes.byteLength).toBe(0); // transferred, not copied
  });

  it('rejects with the worker’s error and keeps serving', async () => {
    await expect(client.run({ op: 'fail' })).rejects.toThrow('refused on purpose');
    expect(await client.run({ op: 'echo', bytes: new Uint8Array([1]) })).toBe('1 bytes, first 1');
  });

  it('rejects the requests of a worker that dies, and starts another for the next', async () => {
    await expect(client.run({ op: 'crash' })).rejects.toThrow(/stopped \(exit code 3\)/);
    expect(await client.run({ op: 'echo', bytes: new Uint8Array([2]) })).toBe('1 bytes, first 2');
  });

  it('gives up on a request that takes longer than the timeout, and starts another worker', async () => {
    await expect(client.run({ op: 'hang' })).rejects.toThrow(/longer than 3000 ms/);
    expect(await client.run({ op: 'echo', bytes: new Uint8Array([4]) })).toBe('1 bytes, first 4');
  }, 20_000);
});
