/** A worker module for worker-client.test.ts: echoes, fails, hangs or crashes as asked. */
import { serveRequests } from './worker-server.ts';

/** What the test asks the worker to do. */
export type TestWorkerInput =
  | { readonly op: 'echo'; readonly bytes: Uint8Array }
  | { readonly op: 'fail' }
  | { readonly op: 'hang' }
  | { readonly op: 'crash' };

serveRequests(async (input: TestWorkerInput) => {
  if (input.op === 'echo') return `${input.bytes.length} bytes, first ${input.bytes[0]}`;
  if (input.op === 'fail') throw new Error('refused on purpose');
  if (input.op === 'crash') process.exit(3);
  return new Promise<string>(() => {});
});
