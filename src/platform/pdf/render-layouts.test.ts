import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type NaskahContent, NaskahLayoutError, renderNaskah } from './index.ts';
import {
  createScratch,
  indexesInOrder,
  pdfFonts,
  pdfPageCount,
  pdfText,
  pdfWords,
  savePdf,
  writeFirstPagePng,
} from './poppler.test-support.ts';
import {
  sampleBeritaAcara,
  sampleKeputusan,
  sampleKop,
  sampleNotaDinas,
  samplePengumuman,
  sampleSuratDinas,
  sampleSuratTugas,
  sampleUndangan,
} from './sample-naskah.ts';

let scratch: Awaited<ReturnType<typeof createScratch>>;
beforeAll(async () => {
  scratch = await createScratch();
});
afterAll(async () => {
  await scratch.cleanup();
});

/** pdftotext -layout output with runs of spaces collapsed, so "Nomor      : 1" reads "Nomor : 1". */
const collapse = (text: string) => text.replace(/[ \t]+/g, ' ');

interface LayoutCase {
  readonly name: string;
  readonly content: NaskahContent;
  /** Texts that must appear in this order. */
  readonly ordered: readonly string[];
  /** Texts that must not appear at all. */
  readonly absent: readonly string[];
}

const cases: LayoutCase[] = [
  {
    name: 'surat-dinas',
    content: sampleSuratDinas,
    ordered: [
      'PEMERINTAH KABUPATEN KARANGANYAR',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'Karanganyar, 28 November 2026',
      'Nomor : 400.14.2/1187/2026',
      'Sifat : Biasa',
      'Lampiran : 1 (satu) berkas',
      'Hal : Permohonan Data Titik Akses',
      'Yth. Camat se-Kabupaten Karanganyar',
      'di\n',
      'Karanganyar',
      'Dalam rangka pemerataan',
      'a.n. Kepala Dinas Komunikasi dan Informatika',
      'Sekretaris,',
      'Sri Wahyuningsih, S.Kom., M.T.',
      'Pembina Tingkat I (IV/b)',
      'NIP. 197808232003122006',
      'Tembusan:',
      '1. Yth. Bupati Karanganyar (sebagai laporan)',
      '3. Arsip',
      'LAMPIRAN',
      'NOMOR : 400.14.2/1187/2026',
      'FORMAT PENDATAAN TITIK AKSES INTERNET',
    ],
    absent: ['TENTANG'],
  },
  {
    name: 'undangan',
    content: sampleUndangan,
    ordered: [
      'Karanganyar, 30 November 2026',
      'Hal : Undangan Rapat Koordinasi',
      'Yth. Kepala Perangkat Daerah',
      'se-Kabupaten Karanganyar',
      'Tempat',
      'hari, tanggal : Kamis, 3 Desember 2026',
      'acara : a. paparan kebijakan',
      'c. diskusi dan tindak lanjut.',
      'Plt. Kepala Dinas Komunikasi dan Informatika,',
      'Sri Wahyuningsih, S.Kom., M.T.',
      'NIP. 197808232003122006',
      'Tembusan:',
      'Yth. Sekretaris Daerah Kabupaten Karanganyar',
    ],
    absent: ['TENTANG', 'a.n.'],
  },
  {
    name: 'nota-dinas',
    content: sampleNotaDinas,
    ordered: [
      'TERBATAS',
      'DINAS KOMUNIKASI DAN INFORMATIKA',
      'NOTA DINAS',
      'Kepada : Yth. Kepala Dinas Komunikasi dan Informatika',
      'Dari : Kepala Bidang Aplikasi Informatika',
      'Tembusan : Yth. Sekretaris Dinas Komunikasi dan Informatika',
      'Tanggal : 27 November 2026',
      'Nomor : 000.9/87/Aptika/2026',
      'Sifat : Terbatas',
      'Hal : Laporan Hasil Uji Coba',
      'Menindaklanjuti disposisi',
      'a. uji coba dilaksanakan',
      'Kepala Bidang Aplikasi Informatika,',
      'Agus Prasetyo Wibowo, S.T., M.Eng.',
      'NIP. 198201142006041011',
      'TERBATAS',
    ],
    absent: ['Tembusan:', 'TENTANG'],
  },
  {
    name: 'surat-tugas',
    content: sampleSuratTugas,
    ordered: [
      'SURAT TUGAS',
      'NOMOR 000.1.2.3/415/2026',
      'Dasar : 1. Peraturan Menteri Dalam Negeri',
      'MEMBERI TUGAS',
      'Kepada : 1. Nama: Dewi Lestari Rahayu',
      'Untuk : mengikuti Bimbingan Teknis',
      'Karanganyar, 25 November 2026',
      'Kepala Dinas Komunikasi dan Informatika,',
      'Drs. Bambang Setiawan Nugroho, M.Si.',
      'NIP. 197305121998031004',
    ],
    absent: ['Hal :', 'Yth.', 'TENTANG', 'Halaman'],
  },
  {
    name: 'keputusan',
    content: sampleKeputusan,
    ordered: [
      'KEPUTUSAN KEPALA DINAS KOMUNIKASI DAN INFORMATIKA',
      'NOMOR 100.3.3.2/27/2026',
      'TENTANG',
      'PEMBENTUKAN TIM PENGELOLA NASKAH DINAS',
      'Menimbang : a. bahwa',
      'Mengingat : 1. Peraturan Menteri',
      'MEMUTUSKAN:',
      'Menetapkan : KEPUTUSAN',
      'KESATU : Membentuk Tim',
      'KETIGA : Keputusan ini mulai berlaku',
      'Ditetapkan di : Karanganyar',
      'pada tanggal : 1 Desember 2026',
      'Kepala Dinas Komunikasi dan Informatika,',
      'Drs. Bambang Setiawan Nugroho, M.Si.',
      'NIP. 197305121998031004',
      'LAMPIRAN',
      'TENTANG : PEMBENTUKAN TIM',
      'SUSUNAN TIM PENGELOLA NASKAH DINAS ELEKTRONIK',
      'Agus Prasetyo Wibowo',
    ],
    absent: ['Hal :', 'Yth.'],
  },
  {
    name: 'pengumuman',
    content: samplePengumuman,
    ordered: [
      'PENGUMUMAN',
      'NOMOR 800.1.2.2/1219/2026',
      'TENTANG',
      'JADWAL PELAYANAN SELAMA LIBUR AKHIR TAHUN 2026',
      '1. layanan pengaduan',
      'Karanganyar, 14 Desember 2026',
      'a.n. Kepala Dinas Komunikasi dan Informatika',
      'Sekretaris,',
      'u.b.',
      'Kepala Subbagian Umum dan Kepegawaian,',
      'Hendra Kurniawan, S.E.',
      'NIP. 198709112011011003',
    ],
    absent: ['Hal :', 'Yth.', 'Ditetapkan di'],
  },
  {
    name: 'berita-acara',
    content: sampleBeritaAcara,
    ordered: [
      'BERITA ACARA SERAH TERIMA BARANG MILIK DAERAH',
      'NOMOR 000.2.3.2/56/2026',
      'Nama Barang',
      'Router inti',
      'Karanganyar, 10 Desember 2026',
      'Agus Prasetyo Wibowo, S.T., M.Eng.',
      'Ir. Yuliana Puspitasari, M.M.',
      'Drs. Bambang Setiawan Nugroho, M.Si.',
    ],
    absent: ['Hal :', 'Yth.'],
  },
];

describe.each(cases)('renderNaskah: $name', ({ name, content, ordered, absent }) => {
  let path: string;
  let pageCount: number;

  beforeAll(async () => {
    const rendered = await renderNaskah(content, sampleKop);
    pageCount = rendered.pageCount;
    path = await savePdf(scratch.dir, name, rendered.pdf);
  });

  it('prints the layout’s key texts in reading order', async () => {
    const text = collapse(await pdfText(path));
    expect(() => indexesInOrder(text, ordered)).not.toThrow();
    for (const text_ of absent) expect(text, text_).not.toContain(text_);
  });

  it('reports the page count pdfinfo sees, and puts each lampiran on a page of its own', async () => {
    const attachments = content.attachments?.length ?? 0;
    expect(await pdfPageCount(path)).toBe(pageCount);
    for (let index = 0; index < attachments; index++) {
      const page = pageCount - attachments + index + 1;
      const text = await pdfText(path, { first: page, last: page });
      expect(text).toContain('LAMPIRAN');
      expect(text).not.toContain('PEMERINTAH KABUPATEN KARANGANYAR');
    }
  });

  it('embeds only Arimo and never Helvetica', async () => {
    const fonts = await pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/\+Arimo/);
      expect(font.embedded).toBe(true);
    }
    expect((await readFile(path)).includes('Helvetica')).toBe(false);
  });

  it('shows the kop only on the first page', async () => {
    const kopLine = 'Telepon (0271) 495039, Faksimile (0271) 495590';
    expect(await pdfText(path, { first: 1, last: 1 })).toContain(kopLine);
    expect((await pdfText(path)).split(kopLine)).toHaveLength(2);
  });

  it('writes its first page as PNG for review', async () => {
    const png = await writeFirstPagePng(path, name);
    expect((await readFile(png)).subarray(1, 4).toString('ascii')).toBe('PNG');
  });
});

describe('renderNaskah: signers side by side', () => {
  it('sets two parties on one row and the third centred below, names level with their slots', async () => {
    const rendered = await renderNaskah(sampleBeritaAcara, sampleKop);
    const words = await pdfWords(await savePdf(scratch.dir, 'berita-acara-slots', rendered.pdf));
    const [left, right, third] = rendered.slots;
    expect(left.page).toBe(right.page);
    expect(left.rect.y).toBeCloseTo(right.rect.y);
    expect(left.rect.x + left.rect.width).toBeLessThanOrEqual(right.rect.x);
    expect(third.page > left.page || third.rect.y < left.rect.y - left.rect.height).toBe(true);
    const top = (text: string) => words.find((word) => word.text === text)?.yMin;
    expect(top('Agus')).toBeCloseTo(top('Ir.') ?? Number.NaN, 1);
    expect(top('Drs.')).toBeGreaterThan(top('Agus') ?? Number.POSITIVE_INFINITY);
  });
});

describe('renderNaskah: print order of the signature blocks', () => {
  const twoParties: NaskahContent = { ...sampleBeritaAcara, signers: sampleBeritaAcara.signers.slice(0, 2) };

  it('prints the first signer on the right when asked, and each slot stays with its signer', async () => {
    const rendered = await renderNaskah({ ...twoParties, printOrder: [1, 0] }, sampleKop);
    const words = await pdfWords(await savePdf(scratch.dir, 'print-order', rendered.pdf));
    const [first, second] = rendered.slots;
    expect([first.signerIndex, second.signerIndex]).toEqual([0, 1]);
    // Signer 0 (Agus) signs first but is printed right of signer 1 (Ir. Yuliana), his slot above his name.
    expect(second.rect.x + second.rect.width).toBeLessThanOrEqual(first.rect.x);
    const agus = words.find((word) => word.text === 'Agus');
    const yuliana = words.find((word) => word.text === 'Ir.');
    expect(agus?.xMin).toBeGreaterThan(yuliana?.xMin ?? Number.POSITIVE_INFINITY);
    expect(agus?.xMin).toBeGreaterThanOrEqual(first.rect.x);
    const unordered = await renderNaskah(twoParties, sampleKop);
    expect(unordered.slots[0].rect.x).toBeLessThan(unordered.slots[1].rect.x);
  });

  it('refuses a print order that does not name every signer exactly once', async () => {
    for (const printOrder of [[0, 0], [1], [0, 2], [0, 1, 2]])
      await expect(renderNaskah({ ...twoParties, printOrder }, sampleKop)).rejects.toBeInstanceOf(NaskahLayoutError);
  });
});
