/**
 * A long-lived worker thread for CPU-heavy or global-polluting work (e.g. parsing PDFs with pdfjs), with
 * request/response messages: started on first use, kept while requests are pending and unref'd while idle, started
 * again after a crash. A request that takes longer than the timeout stops the worker (and so fails the requests
 * still pending on it).
 */
import { Worker } from 'node:worker_threads';
import type { WorkerReply, WorkerRequest } from './worker-messages.ts';

const ENTRY = new URL('./ts-worker-entry.mjs', import.meta.url);

/** Runs requests on a worker thread. */
export interface WorkerClient<I, O> {
  /** Sends `input` (moving the `transfer` buffers) and resolves with the worker's value or rejects with its error. */
  run(input: I, transfer?: readonly ArrayBuffer[]): Promise<O>;
  /** Stops the worker thread (the next run starts another). */
  close(): Promise<void>;
}

interface Pending<O> {
  /** The worker the request was sent to (a stopped worker fails only its own requests). */
  readonly worker: Worker;
  readonly resolve: (value: O) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/** A client of the worker module at `module` (a file URL of a module that calls serveRequests). */
export function workerClient<I, O>(module: URL, options: { name: string; timeoutMs: number }): WorkerClient<I, O> {
  let worker: Worker | null = null;
  let nextId = 0;
  const pending = new Map<number, Pending<O>>();

  const settle = (id: number): Pending<O> | undefined => {
    const request = pending.get(id);
    if (!request) return undefined;
    pending.delete(id);
    clearTimeout(request.timer);
    if (pending.size === 0) worker?.unref();
    return request;
  };
  const failAllOf = (stopped: Worker, error: Error) => {
    for (const [id, request] of [...pending]) if (request.worker === stopped) settle(id)?.reject(error);
  };
  const start = (): Worker => {
    const started = new Worker(ENTRY, { workerData: { module: module.href }, name: options.name });
    started.on('message', (reply: WorkerReply<O>) => {
      const request = settle(reply.id);
      if (reply.ok) request?.resolve(reply.value);
      else request?.reject(new Error(reply.error));
    });
    const gone = (error: Error) => {
      if (worker === started) worker = null;
      failAllOf(started, error);
    };
    started.on('error', gone);
    started.on('exit', (code) => gone(new Error(`worker ${options.name} stopped (exit code ${code})`)));
    return started;
  };

  return {
    run(input, transfer = []) {
      worker ??= start();
      const target = worker;
      target.ref();
      const id = nextId++;
      return new Promise<O>((resolve, reject) => {
        const timer = setTimeout(() => {
          settle(id)?.reject(new Error(`${options.name} took longer than ${options.timeoutMs} ms`));
          if (worker === target) worker = null;
          void target.terminate();
        }, options.timeoutMs);
        pending.set(id, { worker: target, resolve, reject, timer });
        target.postMessage({ id, input } satisfies WorkerRequest<I>, [...transfer]);
      });
    },
    async close() {
      const running = worker;
      worker = null;
      if (running) await running.terminate();
    },
  };
}
