/** Text of a PDF (its text layer) for the search index, extracted on a worker thread (see pdf-text.worker.ts). */
import { workerClient } from '../../platform/workers/worker-client.ts';

/** A PDF that takes longer than this to read is given up (the indexing job marks its text failed). */
const EXTRACT_TIMEOUT_MS = 60_000;

const pdfTextWorker = workerClient<Uint8Array, string>(new URL('./pdf-text.worker.ts', import.meta.url), {
  name: 'pdf-text',
  timeoutMs: EXTRACT_TIMEOUT_MS,
});

/** The text of the PDF's pages, bounded as the worker bounds it; rejects when the PDF cannot be read. */
export function extractPdfText(data: Uint8Array): Promise<string> {
  const copy = new Uint8Array(data); // its own buffer, moved to the worker
  return pdfTextWorker.run(copy, [copy.buffer]);
}
