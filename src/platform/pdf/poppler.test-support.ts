import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** Test helpers that read rendered PDFs back with the poppler tools (pdftotext, pdfinfo, pdffonts, pdftoppm). */

const run = promisify(execFile);

/** Where the first page of each layout is written as PNG for reviewers (git-ignored by its own .gitignore). */
export const LAYOUT_PNG_DIR = resolve(import.meta.dirname, '../../../test-artifacts/pdf-layouts');

/** A scratch directory for PDFs under test; call `cleanup` in afterAll. */
export async function createScratch(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'pamong-pdf-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Writes `pdf` into `dir` as `name`.pdf and returns its path. */
export async function savePdf(dir: string, name: string, pdf: Buffer): Promise<string> {
  const path = join(dir, `${name}.pdf`);
  await writeFile(path, pdf);
  return path;
}

/** `pdftotext -layout` of the whole file or of pages `first`..`last` (1-based). */
export async function pdfText(path: string, pages?: { first: number; last: number }): Promise<string> {
  const range = pages ? ['-f', String(pages.first), '-l', String(pages.last)] : [];
  const { stdout } = await run('pdftotext', ['-layout', ...range, path, '-']);
  return stdout;
}

/** The page count pdfinfo reports. */
export async function pdfPageCount(path: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [path]);
  const match = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!match) throw new Error(`pdfinfo gave no page count:\n${stdout}`);
  return Number(match[1]);
}

/** The fonts pdffonts lists: name and whether each is embedded. */
export async function pdfFonts(path: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [path]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim().length > 0)
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // Columns from the right: object ID (2), uni, sub, emb.
      return { name: columns[0], embedded: columns[columns.length - 5] === 'yes' };
    });
}

/** One word with its box in pdftotext -bbox coordinates (origin top-left, points). */
export interface WordBox {
  readonly page: number;
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Every word of the document with its page index (zero-based) and box, from `pdftotext -bbox`. */
export async function pdfWords(path: string): Promise<WordBox[]> {
  const { stdout } = await run('pdftotext', ['-bbox', path, '-'], { maxBuffer: 32 * 1024 * 1024 });
  const words: WordBox[] = [];
  let page = -1;
  const wordPattern = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/;
  for (const line of stdout.split('\n')) {
    if (line.includes('<page ')) page++;
    const match = wordPattern.exec(line);
    if (!match) continue;
    const [xMin, yMin, xMax, yMax] = match.slice(1, 5).map(Number);
    words.push({ page, text: decodeEntities(match[5]), xMin, yMin, xMax, yMax });
  }
  return words;
}

function decodeEntities(text: string): string {
  return text.replaceAll('&amp;', '&').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"');
}

/** Renders page 1 of `path` to `LAYOUT_PNG_DIR/name.png` at `dpi`. */
export async function writeFirstPagePng(path: string, name: string, dpi = 60): Promise<string> {
  await mkdir(LAYOUT_PNG_DIR, { recursive: true });
  await writeFile(join(LAYOUT_PNG_DIR, '.gitignore'), '*\n');
  const prefix = join(LAYOUT_PNG_DIR, name);
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile', path, prefix]);
  return `${prefix}.png`;
}

/** Fails unless every needle occurs in `text`, each after the previous one. */
export function indexesInOrder(text: string, needles: readonly string[]): number[] {
  const found: number[] = [];
  let from = 0;
  for (const needle of needles) {
    const at = text.indexOf(needle, from);
    if (at < 0) throw new Error(`"${needle}" not found after position ${from}`);
    found.push(at);
    from = at + needle.length;
  }
  return found;
}
