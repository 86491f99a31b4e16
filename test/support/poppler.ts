/** Poppler's command-line tools as independent checkers of the PDFs Pamong writes (tests only). */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withFile<T>(pdf: Buffer, work: (path: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'pamong-poppler-'));
  const path = join(dir, 'doc.pdf');
  writeFileSync(path, pdf);
  try {
    return await work(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pdfsig` output for the PDF (its exit code is ignored: an invalid signature is an answer, not an error). */
export function pdfsig(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (path) => {
    try {
      return (await run('pdfsig', [path])).stdout;
    } catch (err) {
      return String((err as { stdout?: string }).stdout ?? err);
    }
  });
}

/** The text of the PDF as `pdftotext -layout` extracts it. */
export function pdftotext(pdf: Buffer): Promise<string> {
  return withFile(pdf, async (path) => (await run('pdftotext', ['-layout', path, '-'])).stdout);
}

/** How many "Signature is Valid" lines pdfsig prints. */
export function validSignatureCount(pdfsigOutput: string): number {
  return pdfsigOutput.split('\n').filter((l) => l.includes('Signature Validation: Signature is Valid')).length;
}
