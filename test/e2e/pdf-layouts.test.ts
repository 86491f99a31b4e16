/**
 * Review artefacts: Chromium (its built-in PDF viewer) shows the first page of every naskah layout,
 * rendered from the samples and signed once, and the screenshot is kept in test-artifacts/ for review.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNaskah } from '../../src/platform/pdf/index.ts';
import { sampleKop, sampleNaskahByLayout } from '../../src/platform/pdf/sample-naskah.ts';
import { signPdfLocally } from '../../src/platform/signing/index.ts';
import { createTestSigningKey, type TestSigningKey } from '../../src/platform/signing/signing.test-support.ts';
import { CHROMIUM_OPTIONS, REPO_ROOT } from './support/pamong-server.ts';

const OUT = join(REPO_ROOT, 'test-artifacts/pdf-layouts-chromium');
let browser: Browser;
let signer: TestSigningKey;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, '.gitignore'), '*\n');
  browser = await chromium.launch(CHROMIUM_OPTIONS);
  signer = await createTestSigningKey({ name: 'Drs. Bambang Wijayanto, M.Si.' });
});
afterAll(async () => browser?.close());

/** Screenshots until two in a row are identical (the viewer has finished painting), within 30 s. */
async function settledScreenshot(page: Page): Promise<Buffer> {
  let previous = '';
  for (let attempt = 0; attempt < 60; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const shot = await page.screenshot();
    const digest = createHash('sha256').update(shot).digest('hex');
    if (attempt >= 3 && digest === previous) return shot;
    previous = digest;
  }
  throw new Error('the PDF viewer did not settle');
}

describe('first page of each layout in Chromium', () => {
  for (const [name, content] of Object.entries(sampleNaskahByLayout)) {
    it(`${name}: Chromium opens the signed PDF and a screenshot is kept`, async () => {
      const rendered = await renderNaskah(content, sampleKop);
      const slot = rendered.slots[0]!;
      const signed = await signPdfLocally(
        {
          pdf: rendered.pdf,
          signerName: signer.commonName,
          reason: 'Artefak uji tata letak',
          location: 'Karanganyar',
          signingTime: new Date(),
          visible: {
            page: slot.page,
            rect: slot.rect,
            qrUrl: 'https://pamong.example/verifikasi/CONTOH',
            lines: ['Ditandatangani secara elektronik oleh:', signer.commonName, '28-11-2026 10:00 WIB'],
          },
        },
        signer.key,
      );
      const pdfPath = join(OUT, `${name}.pdf`);
      writeFileSync(pdfPath, signed);
      const page = await browser.newPage({ viewport: { width: 900, height: 1250 } });
      try {
        await page.goto(`file://${pdfPath}`);
        const shot = await settledScreenshot(page);
        writeFileSync(join(OUT, `${name}.png`), shot);
        // A painted A4 page is far from a blank viewer: the screenshot carries real detail.
        expect(shot.length).toBeGreaterThan(40_000);
      } finally {
        await page.close();
      }
    });
  }
});
