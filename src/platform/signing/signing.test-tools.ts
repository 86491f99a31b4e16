/** Shared helpers of the signing tests: run poppler tools and build sign requests. */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { SignPdfRequest } from './signing-types.ts';

const run = promisify(execFile);

/** One "Signature #n" section of pdfsig's output. */
export interface PdfsigSection {
  readonly text: string;
  readonly fieldName?: string;
  readonly commonName?: string;
}

/** Writes `pdf` to a temporary file and returns pdfsig's sections (pdfsig exits non-zero on invalid signatures). */
export async function runPdfsig(pdf: Buffer): Promise<{ output: string; sections: PdfsigSection[] }> {
  const directory = await mkdtemp(path.join(tmpdir(), 'pamong-pdfsig-'));
  const file = path.join(directory, 'signed.pdf');
  await writeFile(file, pdf);
  const output = await run('/usr/bin/pdfsig', [file])
    .then(
      (result) => result.stdout,
      (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`,
    )
    .finally(() => rm(directory, { recursive: true, force: true }));
  const sections = output
    .split(/^Signature #\d+:$/m)
    .slice(1)
    .map((text) => ({
      text,
      fieldName: /Signature Field Name: (.*)/.exec(text)?.[1]?.trim(),
      commonName: /Signer Certificate Common Name: (.*)/.exec(text)?.[1]?.trim(),
    }));
  return { output, sections };
}

/** Renders page 1 of `pdf` into `test-artifacts/signing/<name>.png` at 80 dpi and returns the path. */
export async function renderPageToArtifacts(pdf: Buffer, name: string): Promise<string> {
  const directory = path.resolve('test-artifacts/signing');
  await mkdir(directory, { recursive: true });
  const file = path.join(directory, `${name}.pdf`);
  await writeFile(file, pdf);
  await run('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(directory, name)]);
  return path.join(directory, `${name}.png`);
}

/** A grayscale raster of page 1 (PGM from pdftoppm, no anti-aliasing). */
export interface GrayPage {
  readonly width: number;
  readonly height: number;
  readonly dpi: number;
  readonly pixels: Uint8Array;
}

/** Renders page 1 in grayscale at `dpi` and parses the binary PGM. */
export async function renderGray(pdf: Buffer, dpi: number): Promise<GrayPage> {
  const directory = await mkdtemp(path.join(tmpdir(), 'pamong-render-'));
  const file = path.join(directory, 'page.pdf');
  await writeFile(file, pdf);
  const args = ['-gray', '-aa', 'no', '-aaVector', 'no', '-r', String(dpi), '-f', '1', '-l', '1', '-singlefile'];
  await run('/usr/bin/pdftoppm', [...args, file, path.join(directory, 'page')]);
  const bytes = await readFile(path.join(directory, 'page.pgm'));
  await rm(directory, { recursive: true, force: true });
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.toString('latin1', 0, 64));
  if (!header) throw new Error('pdftoppm did not write a binary PGM');
  const [, width, height] = header.map(Number);
  return { width, height, dpi, pixels: bytes.subarray(header[0].length) };
}

/** A sign request for page 1 at `rect` with the usual three lines. */
export function signRequest(pdf: Buffer, signerName: string, rect: SignPdfRequest['visible']['rect']): SignPdfRequest {
  return {
    pdf,
    signerName,
    reason: 'Menyetujui naskah dinas',
    location: 'Karanganyar',
    signingTime: new Date(),
    visible: {
      page: 0,
      rect,
      qrUrl: 'https://pamong.example/verifikasi/AB12CD34EF',
      lines: ['Ditandatangani secara elektronik oleh', signerName, '28/11/2026 10:15 WIB'],
    },
  };
}
