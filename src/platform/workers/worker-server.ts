/** The worker-thread side of a worker client: answers each request with the handler's value or error. */
import { parentPort } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker-messages.ts';

/** Serves requests in this worker thread with `handler` (requests may overlap; each gets its own reply). */
export function serveRequests<I, O>(handler: (input: I) => Promise<O>): void {
  const port = parentPort;
  if (!port) throw new Error('serveRequests runs only in a worker thread');
  port.on('message', async ({ id, input }: WorkerRequest<I>) => {
    let reply: WorkerReply<O>;
    try {
      reply = { id, ok: true, value: await handler(input) };
    } catch (err) {
      reply = { id, ok: false, error: err instanceof Error ? err.message : String(err) };
    }
    port.postMessage(reply);
  });
}
