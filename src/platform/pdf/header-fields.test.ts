import { describe, expect, it } from 'vitest';
import {
  addresseeLines,
  attachmentReference,
  isEstablishingDocument,
  kopContactLines,
  korespondensiFields,
  notaDinasFields,
  romanNumeral,
  signingPlace,
  tembusanEntries,
} from './header-fields.ts';
import type { NaskahContent } from './naskah-model.ts';

const letter: NaskahContent = {
  layout: 'korespondensi',
  variant: 'surat_dinas',
  title: 'SURAT DINAS',
  number: '400.14.2/1187/2026',
  place: 'Karanganyar',
  date: '2026-11-28',
  hal: 'Permohonan Data',
  body: [],
  signers: [],
};

describe('addresseeLines', () => {
  it('adds "Yth." to the first line only', () => {
    expect(addresseeLines(['Kepala Perangkat Daerah', 'se-Kabupaten Karanganyar'])).toEqual([
      'Yth. Kepala Perangkat Daerah',
      'se-Kabupaten Karanganyar',
    ]);
  });

  it('does not double a "Yth." the author already typed, and drops blank lines', () => {
    expect(addresseeLines(['Yth. Camat Jaten', '  '])).toEqual(['Yth. Camat Jaten']);
    expect(addresseeLines(undefined)).toEqual([]);
  });
});

describe('tembusanEntries', () => {
  it('adds "Yth." before each recipient but leaves "Arsip" alone', () => {
    expect(tembusanEntries(['Bupati Karanganyar (sebagai laporan)', 'Yth. Inspektur', 'Arsip'])).toEqual([
      'Yth. Bupati Karanganyar (sebagai laporan)',
      'Yth. Inspektur',
      'Arsip',
    ]);
  });
});

describe('korespondensiFields', () => {
  it('lists Nomor, Sifat, Lampiran, Hal in that order and shows "-" for what is missing', () => {
    expect(korespondensiFields(letter)).toEqual([
      { label: 'Nomor', value: '400.14.2/1187/2026' },
      { label: 'Sifat', value: '-' },
      { label: 'Lampiran', value: '-' },
      { label: 'Hal', value: 'Permohonan Data' },
    ]);
  });

  it('leaves the number blank on a draft', () => {
    expect(korespondensiFields({ ...letter, number: undefined })[0].value).toBe('');
  });
});

describe('notaDinasFields', () => {
  it('orders Kepada, Dari, Tembusan, Tanggal, Nomor, Sifat, Lampiran, Hal', () => {
    const fields = notaDinasFields({
      ...letter,
      variant: 'nota_dinas',
      addressee: ['Kepala Dinas'],
      from: 'Kepala Bidang',
      tembusan: ['Sekretaris'],
    });
    expect(fields.map((field) => field.label)).toEqual([
      'Kepada',
      'Dari',
      'Tembusan',
      'Tanggal',
      'Nomor',
      'Sifat',
      'Lampiran',
      'Hal',
    ]);
    expect(fields[0].value).toBe('Yth. Kepala Dinas');
    expect(fields[3].value).toBe('28 November 2026');
  });

  it('has no Tembusan row when there is none', () => {
    expect(notaDinasFields(letter).map((field) => field.label)).not.toContain('Tembusan');
  });
});

describe('signingPlace', () => {
  it('uses "Ditetapkan di / pada tanggal" for a keputusan', () => {
    const place = signingPlace({ ...letter, layout: 'title_block', title: 'KEPUTUSAN BUPATI KARANGANYAR' });
    expect(place).toEqual({
      kind: 'established',
      rows: [
        { label: 'Ditetapkan di', value: 'Karanganyar' },
        { label: 'pada tanggal', value: '28 November 2026' },
      ],
    });
  });

  it('uses "place, date" for other title-block documents', () => {
    expect(signingPlace({ ...letter, layout: 'title_block', title: 'SURAT TUGAS' })).toEqual({
      kind: 'dated',
      line: 'Karanganyar, 28 November 2026',
    });
  });

  it('recognises keputusan, peraturan and instruksi titles only at the start', () => {
    expect(isEstablishingDocument('Peraturan Bupati Karanganyar')).toBe(true);
    expect(isEstablishingDocument('INSTRUKSI BUPATI')).toBe(true);
    expect(isEstablishingDocument('BERITA ACARA KEPUTUSAN RAPAT')).toBe(false);
  });
});

describe('attachmentReference', () => {
  it('numbers lampiran with Roman numerals only when there are several', () => {
    expect(attachmentReference(letter, 0, 1).heading).toBe('LAMPIRAN');
    expect(attachmentReference(letter, 1, 3).heading).toBe('LAMPIRAN II');
  });

  it('refers to the document by title, number, date and subject', () => {
    const reference = attachmentReference({ ...letter, about: 'PEMBENTUKAN TIM' }, 0, 1);
    expect(reference.documentTitle).toBe('SURAT DINAS');
    expect(reference.fields).toEqual([
      { label: 'NOMOR', value: '400.14.2/1187/2026' },
      { label: 'TANGGAL', value: '28 November 2026' },
      { label: 'TENTANG', value: 'PEMBENTUKAN TIM' },
    ]);
  });
});

describe('romanNumeral', () => {
  it('writes subtractive forms', () => {
    expect([1, 4, 9, 14, 40, 90, 2026].map(romanNumeral)).toEqual(['I', 'IV', 'IX', 'XIV', 'XL', 'XC', 'MMXXVI']);
    expect(() => romanNumeral(0)).toThrow(RangeError);
  });
});

describe('kopContactLines', () => {
  it('groups address and postal code, telephone and fax, website and e-mail', () => {
    expect(
      kopContactLines({
        lines: ['PEMERINTAH KABUPATEN KARANGANYAR'],
        address: 'Jalan Lawu Nomor 385, Karanganyar',
        phone: '(0271) 495039',
        fax: '(0271) 495590',
        website: 'karanganyarkab.go.id',
        email: 'info@karanganyarkab.go.id',
        postalCode: '57712',
      }),
    ).toEqual([
      'Jalan Lawu Nomor 385, Karanganyar, Kode Pos 57712',
      'Telepon (0271) 495039, Faksimile (0271) 495590',
      'Laman karanganyarkab.go.id, Pos-el info@karanganyarkab.go.id',
    ]);
  });

  it('drops lines that would be empty', () => {
    expect(kopContactLines({ lines: ['X'], address: 'Jalan Lawu 385' })).toEqual(['Jalan Lawu 385']);
  });
});
