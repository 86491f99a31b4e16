import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BodyBlock, type NaskahContent, NaskahLayoutError, renderNaskah, SignerBlockError } from './index.ts';
import { PAGE_HEIGHT, PAGE_WIDTH } from './layout-constants.ts';
import { createScratch, indexesInOrder, pdfPageCount, pdfText, pdfWords, savePdf, type WordBox } from './poppler.test-support.ts';
import { sampleKop, sampleLongLetter, sampleNaskahByLayout, sampleSuratDinas, sampleSuratTugas } from './sample-naskah.ts';

let scratch: Awaited<ReturnType<typeof createScratch>>;
beforeAll(async () => {
  scratch = await createScratch();
});
afterAll(async () => {
  await scratch.cleanup();
});

const filler = (count: number, tag: string): BodyBlock[] =>
  Array.from({ length: count }, (_, index) => ({
    kind: 'paragraph',
    text: `Paragraf ${tag}${index + 1}: penerapan naskah dinas elektronik dilaksanakan secara bertahap pada seluruh perangkat daerah dengan pendampingan teknis.`,
  }));

const pegawaiRows = Array.from({ length: 60 }, (_, index) => {
  const number = String(index + 1).padStart(2, '0');
  return [String(index + 1), `Pegawai Contoh ${number}`, 'Bidang Aplikasi Informatika', `Catatan baris ${number}`];
});
const pegawaiTable: BodyBlock = { kind: 'table', header: ['No.', 'Nama Pegawai', 'Unit Kerja', 'Keterangan'], rows: pegawaiRows };

async function renderAndSave(name: string, content: NaskahContent) {
  const rendered = await renderNaskah(content, sampleKop);
  return { rendered, path: await savePdf(scratch.dir, name, rendered.pdf) };
}

const wordsOf = (words: readonly WordBox[], text: string) => words.filter((word) => word.text === text);

describe('long letters', () => {
  const longest: NaskahContent = { ...sampleLongLetter, body: [...sampleLongLetter.body, ...filler(12, 'L'), pegawaiTable] };

  it('flow over three or more pages with "Halaman X dari Y" on every page', async () => {
    const { rendered, path } = await renderAndSave('long', longest);
    expect(rendered.pageCount).toBeGreaterThanOrEqual(3);
    expect(await pdfPageCount(path)).toBe(rendered.pageCount);
    for (let page = 1; page <= rendered.pageCount; page++) {
      expect(await pdfText(path, { first: page, last: page })).toContain(`Halaman ${page} dari ${rendered.pageCount}`);
    }
  });

  it('lose no table row and repeat the header row on each page the table reaches', async () => {
    const { path } = await renderAndSave('long-table', longest);
    const text = await pdfText(path);
    expect(() =>
      indexesInOrder(
        text,
        pegawaiRows.map((row) => row[1]),
      ),
    ).not.toThrow();
    const words = await pdfWords(path);
    const pagesWithRows = new Set(wordsOf(words, 'Contoh').map((word) => word.page));
    expect(pagesWithRows.size).toBeGreaterThanOrEqual(2);
    for (const page of pagesWithRows) {
      // "Unit" only occurs in the header cell "Unit Kerja"; it must stand above the first row on that page.
      const firstRow = Math.min(
        ...wordsOf(words, 'Contoh')
          .filter((word) => word.page === page)
          .map((word) => word.yMin),
      );
      const header = wordsOf(words, 'Unit').filter((word) => word.page === page && word.yMin < firstRow);
      expect(header, `header row on page ${page + 1}`).toHaveLength(1);
    }
  });

  it('keep the two-page sample letter on exactly two pages', async () => {
    const { rendered } = await renderAndSave('sample-long', sampleLongLetter);
    expect(rendered.pageCount).toBe(2);
  });

  it('print no page number on a one-page naskah', async () => {
    const { rendered, path } = await renderAndSave('one-page', sampleSuratTugas);
    expect(rendered.pageCount).toBe(1);
    expect(await pdfText(path)).not.toContain('Halaman');
  });
});

describe('lampiran', () => {
  it('start each on a new page after the letter, numbered I, II', async () => {
    const content: NaskahContent = {
      ...sampleSuratDinas,
      attachments: [
        { title: 'DAFTAR PERTAMA', body: filler(2, 'A') },
        { title: 'DAFTAR KEDUA', body: filler(1, 'B') },
      ],
    };
    const { rendered, path } = await renderAndSave('lampiran', content);
    const letterPages = rendered.slots[0].page + 1;
    expect(rendered.pageCount).toBe(letterPages + 2);
    const first = await pdfText(path, { first: letterPages + 1, last: letterPages + 1 });
    const second = await pdfText(path, { first: letterPages + 2, last: letterPages + 2 });
    expect(() =>
      indexesInOrder(first, ['LAMPIRAN I', 'SURAT DINAS', 'NOMOR', '400.14.2/1187/2026', 'DAFTAR PERTAMA', 'Paragraf A1']),
    ).not.toThrow();
    expect(() => indexesInOrder(second, ['LAMPIRAN II', 'DAFTAR KEDUA', 'Paragraf B1'])).not.toThrow();
    expect(second).not.toContain('DAFTAR PERTAMA');
  });
});

function expectInsidePage(rect: { x: number; y: number; width: number; height: number }) {
  expect(rect.x).toBeGreaterThanOrEqual(0);
  expect(rect.y).toBeGreaterThanOrEqual(0);
  expect(rect.x + rect.width).toBeLessThanOrEqual(PAGE_WIDTH);
  expect(rect.y + rect.height).toBeLessThanOrEqual(PAGE_HEIGHT);
}

describe('signature slots', () => {
  it.each(Object.entries(sampleNaskahByLayout))(
    '%s: lie inside the page, stay blank, and sit right above the signer’s name',
    async (name, content) => {
      const { rendered, path } = await renderAndSave(`slots-${name}`, content);
      const words = await pdfWords(path);
      expect(rendered.slots).toHaveLength(content.signers.length);
      for (const slot of rendered.slots) {
        expectInsidePage(slot.rect);
        const slotTop = PAGE_HEIGHT - slot.rect.y - slot.rect.height;
        const slotBottom = PAGE_HEIGHT - slot.rect.y;
        const onPage = words.filter((word) => word.page === slot.page);
        const inside = onPage.filter(
          (word) =>
            word.xMax > slot.rect.x && word.xMin < slot.rect.x + slot.rect.width && word.yMax > slotTop && word.yMin < slotBottom,
        );
        expect(inside.map((word) => word.text)).toEqual([]);
        const firstName = content.signers[slot.signerIndex].name.split(' ')[0];
        const nameWord = onPage.find(
          (word) => word.text === firstName && word.yMin >= slotBottom && word.yMin < slotBottom + 20 && word.xMin >= slot.rect.x,
        );
        expect(nameWord, `${firstName} below slot of signer ${slot.signerIndex}`).toBeDefined();
      }
    },
  );

  it('move a signature block to the next page whole instead of splitting it', async () => {
    const signer = sampleSuratTugas.signers[0];
    let crossed = false;
    for (let paragraphs = 4; paragraphs <= 22; paragraphs++) {
      const content: NaskahContent = { ...sampleSuratTugas, body: filler(paragraphs, 'S') };
      const { rendered, path } = await renderAndSave(`split-${paragraphs}`, content);
      const words = await pdfWords(path);
      const slotPage = rendered.slots[0].page;
      const pagesOf = (text: string) => new Set(wordsOf(words, text).map((word) => word.page));
      expect(pagesOf('Informatika,'), `capacity line, ${paragraphs} paragraphs`).toEqual(new Set([slotPage]));
      expect(pagesOf(signer.name.split(' ')[1]), `name, ${paragraphs} paragraphs`).toEqual(new Set([slotPage]));
      expect(pagesOf(signer.nip ?? ''), `NIP, ${paragraphs} paragraphs`).toEqual(new Set([slotPage]));
      const lastBodyPage = Math.max(
        ...words.filter((word) => word.text.startsWith('S') && /^S\d+:$/.test(word.text)).map((word) => word.page),
      );
      if (slotPage > lastBodyPage) crossed = true;
    }
    expect(crossed, 'at least one length pushed the block onto a page after the text').toBe(true);
  });
});

describe('determinism and metadata', () => {
  it('renders the same content to the same bytes', async () => {
    const first = await renderNaskah(sampleLongLetter, sampleKop);
    const second = await renderNaskah(structuredClone(sampleLongLetter), { ...sampleKop });
    expect(first.pdf.equals(second.pdf)).toBe(true);
  });

  it('dates the PDF with the naskah’s date, so a different date gives different bytes', async () => {
    const { path, rendered } = await renderAndSave('dated', sampleSuratTugas);
    const other = await renderNaskah({ ...sampleSuratTugas, date: '2026-11-26' }, sampleKop);
    expect(other.pdf.equals(rendered.pdf)).toBe(false);
    const { execFile } = await import('node:child_process');
    const info = await new Promise<string>((resolve, reject) =>
      execFile('pdfinfo', ['-isodates', path], (error, stdout) => (error ? reject(error) : resolve(stdout))),
    );
    expect(info).toMatch(/CreationDate:\s+2026-11-25T00:00:00/);
  });
});

describe('security marking', () => {
  it('prints the marking at the top and bottom of every page', async () => {
    const content: NaskahContent = { ...sampleLongLetter, securityMark: 'Rahasia' };
    const { rendered, path } = await renderAndSave('rahasia', content);
    const words = await pdfWords(path);
    for (let page = 0; page < rendered.pageCount; page++) {
      const marks = words.filter((word) => word.page === page && word.text === 'RAHASIA');
      expect(marks, `page ${page + 1}`).toHaveLength(2);
      expect(Math.min(...marks.map((word) => word.yMin))).toBeLessThan(60);
      expect(Math.max(...marks.map((word) => word.yMax))).toBeGreaterThan(PAGE_HEIGHT - 60);
    }
  });
});

describe('invalid content', () => {
  it('rejects a korespondensi variant on a title-block document', async () => {
    await expect(renderNaskah({ ...sampleSuratTugas, variant: 'nota_dinas' }, sampleKop)).rejects.toThrow(NaskahLayoutError);
  });

  it('rejects an a.n. signer without the jabatan signed for', async () => {
    const signer = { ...sampleSuratTugas.signers[0], capacity: 'an' as const };
    await expect(renderNaskah({ ...sampleSuratTugas, signers: [signer] }, sampleKop)).rejects.toThrow(SignerBlockError);
  });
});
