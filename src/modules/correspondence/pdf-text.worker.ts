/**
 * Worker thread: the text of a PDF (its text layer) with pdfjs, for the search index; scanned images without a text
 * layer give ''. pdfjs-dist's Node build brings core-js polyfills that replace built-ins (Array.prototype.push,
 * JSON.stringify ~14× slower, JSON.parse), and parsing a large PDF is CPU-bound, so pdfjs is loaded only here, never
 * in the server's own thread (pdf-text.ts sends the work; src/platform/builtins.test.ts guards the rest).
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { serveRequests } from '../../platform/workers/worker-server.ts';
import { MAX_SCAN_TEXT } from './letter-search-text.ts';

const standardFontDataUrl = `${path.join(
  path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')),
  'standard_fonts',
)}/`;

/** Most pages read; later pages are not indexed. */
const MAX_PAGES = 200;

/**
 * The text of the PDF's pages, page by page, stopping once MAX_SCAN_TEXT characters are collected. `data` was moved
 * here by pdf-text.ts and is this thread's own, so pdfjs takes it without another copy.
 */
async function textOfPdf(data: Uint8Array): Promise<string> {
  const pdf = await getDocument({
    data,
    standardFontDataUrl,
    disableFontFace: true,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  try {
    let text = '';
    for (let page = 1; page <= Math.min(pdf.numPages, MAX_PAGES) && text.length < MAX_SCAN_TEXT; page++) {
      const content = await (await pdf.getPage(page)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.hasEOL ? `${item.str}\n` : `${item.str} `;
      text += '\n';
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}

serveRequests(textOfPdf);
