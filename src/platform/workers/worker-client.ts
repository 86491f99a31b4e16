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
  return new ThreadClient<I, O>(module, options);
}

class ThreadClient<I, O> implements WorkerClient<I, O> {
  private worker: Worker | null = null;
  private nextId = 0;
  private readonly pending = new Map<number, Pending<O>>();

  constructor(
    private readonly module: URL,
    private readonly options: { name: string; timeoutMs: number },
  ) {}

  run(input: I, transfer: readonly ArrayBuffer[] = []): Promise<O> {
    this.worker ??= this.start();
    const target = this.worker;
    target.ref();
    const id = this.nextId++;
    return new Promise<O>((resolve, reject) => {
      const timer = setTimeout(() => this.expire(id, target), this.options.timeoutMs);
      this.pending.set(id, { worker: target, resolve, reject, timer });
      target.postMessage({ id, input } satisfies WorkerRequest<I>, [...transfer]);
    });
  }

  async close(): Promise<void> {
    const running = this.worker;
    this.worker = null;
    if (running) await running.terminate();
  }

  private start(): Worker {
    const started = new Worker(ENTRY, { workerData: { module: this.module.href }, name: this.options.name });
    started.on('message', (reply: WorkerReply<O>) => {
      const request = this.settle(reply.id);
      if (reply.ok) request?.resolve(reply.value);
      else request?.reject(new Error(reply.error));
    });
    const gone = (error: Error) => {
      if (this.worker === started) this.worker = null;
      this.failAllOf(started, error);
    };
    started.on('error', gone);
    started.on('exit', (code) => gone(new Error(`worker ${this.options.name} stopped (exit code ${code})`)));
    return started;
  }

  /** A request past its timeout: rejected, and its worker stopped (a new one starts on the next run). */
  private expire(id: number, target: Worker): void {
    this.settle(id)?.reject(new Error(`${this.options.name} took longer than ${this.options.timeoutMs} ms`));
    if (this.worker === target) this.worker = null;
    void target.terminate();
  }

  /** Takes a request off the pending list; the worker is unref'd once nothing waits on it. */
  private settle(id: number): Pending<O> | undefined {
    const request = this.pending.get(id);
    if (!request) return undefined;
    this.pending.delete(id);
    clearTimeout(request.timer);
    if (this.pending.size === 0) this.worker?.unref();
    return request;
  }

  private failAllOf(stopped: Worker, error: Error): void {
    for (const [id, request] of [...this.pending]) if (request.worker === stopped) this.settle(id)?.reject(error);
  }
}
