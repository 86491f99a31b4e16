/**
 * Render + sign figures for official documents (issue #3), in process:
 * - one two-page surat dinas rendered (pdfkit) and signed (PAdES, incremental, visible QR): median and p95;
 * - 100 letters in a batch with progress, each rendered and signed;
 * - verification of an uploaded 10-page PDF with three signatures: median.
 * Baselines measured in the same run: a bare RSA-2048 signature (node:crypto) and a bare SHA-256 of the file.
 * Usage: node --import tsx bench/signing.ts [--runs 30] [--batch 100]
 */
import { createHash, createPrivateKey, sign } from 'node:crypto';
import { parseArgs } from 'node:util';
import { renderNaskah } from '../src/platform/pdf/index.ts';
import { sampleKop, sampleLongLetter } from '../src/platform/pdf/sample-naskah.ts';
import { inspectPdfSignatures, signPdfLocally } from '../src/platform/signing/index.ts';
import { createSamplePdf, createTestSigningKey, type TestSigningKey } from '../src/platform/signing/signing.test-support.ts';
import type { SignPdfRequest } from '../src/platform/signing/signing-types.ts';
import { isMain, median, ms, printSummary } from './support/bench-kit.ts';

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] as number;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

function request(pdf: Buffer, slot: { page: number; rect: SignPdfRequest['visible']['rect'] }, n: number): SignPdfRequest {
  return {
    pdf,
    signerName: 'Drs. Bambang Wijayanto, M.Si.',
    reason: `Ditandatangani secara elektronik; verifikasi: https://pamong.example/verifikasi/BENCH${String(n).padStart(15, '2')}`,
    location: 'Kabupaten Karanganyar',
    signingTime: new Date(),
    visible: {
      ...slot,
      qrUrl: `https://pamong.example/verifikasi/BENCH${n}`,
      lines: ['Ditandatangani secara elektronik oleh:', 'Drs. Bambang Wijayanto, M.Si.', 'Kepala Dinas', '02-12-2026 09:00 WIB'],
    },
  };
}

/** Renders the two-page letter with a fresh number and signs it once; returns the two phase times. */
async function renderAndSign(signer: TestSigningKey, n: number) {
  const [rendered, renderMs] = await timed(() => renderNaskah({ ...sampleLongLetter, number: `400.14.2/${n}/2026` }, sampleKop));
  const slot = rendered.slots[0]!;
  const [, signMs] = await timed(() => signPdfLocally(request(rendered.pdf, slot, n), signer.key));
  return { renderMs, signMs, pages: rendered.pageCount };
}

async function tenPageSignedPdf(signers: TestSigningKey[]): Promise<Buffer> {
  let pdf = await createSamplePdf({ pages: 10 });
  for (const [i, s] of signers.entries())
    pdf = await signPdfLocally(request(pdf, { page: 9, rect: { x: 40 + i * 180, y: 80, width: 170, height: 70 } }, i), s.key);
  return pdf;
}

/** Median/p95 of render + sign over `runs` letters, and a bare RSA-2048 signature for comparison. */
async function singleLetters(signer: TestSigningKey, runs: number) {
  await renderAndSign(signer, 0); // warm-up: fonts, JIT
  const single = [];
  for (let i = 1; i <= runs; i++) single.push(await renderAndSign(signer, i));
  const rawKey = createPrivateKey({ key: signer.key.privateKeyPkcs8, format: 'der', type: 'pkcs8' });
  const raw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    sign('sha256', createHash('sha256').update(String(i)).digest(), rawKey);
    raw.push(performance.now() - started);
  }
  const totals = single.map((r) => r.renderMs + r.signMs);
  return `render + sign one ${single[0]?.pages}-page letter: median ${ms(median(totals))} ms · p95 ${ms(p95(totals))} ms (render ${ms(median(single.map((r) => r.renderMs)))} + sign ${ms(median(single.map((r) => r.signMs)))}; bare RSA-2048 sign ${ms(median(raw))} ms)`;
}

/** `batch` letters rendered and signed one after another, printing progress every ten. */
async function batchOfLetters(signer: TestSigningKey, batch: number) {
  const started = performance.now();
  for (let i = 1; i <= batch; i++) {
    await renderAndSign(signer, 1000 + i);
    if (i % 10 === 0 || i === batch) process.stdout.write(`  batch ${i}/${batch} (${Math.round((i / batch) * 100)} %)\n`);
  }
  const total = performance.now() - started;
  return `batch of ${batch} letters rendered + signed: ${ms(total)} ms total · ${ms(total / batch)} ms per letter · ${(batch / (total / 1000)).toFixed(1)} letters/s`;
}

/** Median verification of a 10-page PDF with three signatures, and a bare SHA-256 of the same bytes. */
async function verification(signer: TestSigningKey, runs: number) {
  const ca = signer.ca;
  const tenPages = await tenPageSignedPdf([
    signer,
    await createTestSigningKey({ ca, name: 'Siti' }),
    await createTestSigningKey({ ca, name: 'Agus' }),
  ]);
  const verifyTimes: number[] = [];
  const hashTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [inspection, t] = await timed(async () => inspectPdfSignatures(tenPages, [ca.certificateDer]));
    if (inspection.signatures.filter((s) => s.digestValid && s.signatureValid && s.chainTrusted).length !== 3)
      throw new Error('verification failed');
    verifyTimes.push(t);
    const started = performance.now();
    createHash('sha256').update(tenPages).digest();
    hashTimes.push(performance.now() - started);
  }
  return `verify a 10-page PDF with 3 signatures (${Math.round(tenPages.length / 1024)} KiB): median ${ms(median(verifyTimes))} ms (bare SHA-256 of the file ${ms(median(hashTimes))} ms)`;
}

async function main() {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '30' }, batch: { type: 'string', default: '100' } },
  });
  const runs = Number(values.runs);
  const signer = await createTestSigningKey();
  const rows = [
    await singleLetters(signer, runs),
    await batchOfLetters(signer, Number(values.batch)),
    await verification(signer, runs),
  ];
  for (const row of rows) console.log(row);
  printSummary('Official documents: render, sign (PAdES B-B, RSA-2048), verify', rows);
}

if (isMain(import.meta.url)) await main();
