// Entry of Pamong's worker threads. The server runs its TypeScript through tsx without a build step, and a worker
// thread starts with Node's own loader, so this registers tsx first and then loads the worker module named in
// workerData.module (a file URL).
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
