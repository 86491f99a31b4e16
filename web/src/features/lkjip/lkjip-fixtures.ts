/** A ReportView of an OPD draft as the API answers it: chapters, a table, a chart, sections and completeness items. */
import type { ReportView } from './lkjip.api.ts';

const SASARAN = 's1';

/** A draft of DISKOMINFO 2025 with one version, two narrative sections (one edited, one suggested) and two missing items. */
export const DRAFT: ReportView = {
  id: '0190a000-0000-7000-8000-000000000001',
  unitId: 'u-kom',
  unitName: 'Dinas Komunikasi dan Informatika',
  year: 2025,
  status: 'draft',
  version: 3,
  documentId: null,
  latestVersion: 1,
  createdAt: '2026-01-05T01:00:00.000Z',
  updatedAt: '2026-01-06T01:00:00.000Z',
  outline: [
    { kind: 'heading', level: 1, text: 'IKHTISAR EKSEKUTIF' },
    { kind: 'paragraph', sectionKey: 'ikhtisar', text: 'Rata-rata capaian 95,50 %.' },
    { kind: 'heading', level: 1, text: 'BAB III AKUNTABILITAS KINERJA' },
    { kind: 'heading', level: 2, text: 'A. Capaian Kinerja Organisasi' },
    { kind: 'heading', level: 3, text: '1. Perbandingan target dan realisasi kinerja tahun ini' },
    {
      kind: 'table',
      header: ['No.', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)', 'Kategori'],
      rows: [['1', 'Persentase layanan daring', '80 persen', '76,40 persen', '95,50', 'Hijau']],
    },
    {
      kind: 'chart',
      title: 'Capaian indikator — Meningkatnya layanan digital',
      bars: [
        { label: 'IK1 Persentase layanan daring', value: '95.50', color: '#2f9e44' },
        { label: 'IK2 Indeks SPBE', value: null, color: '#868e96' },
      ],
    },
    { kind: 'paragraph', sectionKey: `bab3a.${SASARAN}.analisis_5`, text: '(Bagian ini belum diisi.)' },
    { kind: 'heading', level: 1, text: 'BAB IV PENUTUP' },
    { kind: 'paragraph', text: 'Laporan ini disusun sebagai pertanggungjawaban kinerja.' },
  ],
  sections: [
    {
      key: 'ikhtisar',
      title: 'Ikhtisar eksekutif',
      defaultText: 'Rata-rata capaian 95,50 %.',
      text: 'Rata-rata capaian 95,50 %.',
      edited: false,
      version: 0,
      updatedAt: null,
    },
    {
      key: `bab3a.${SASARAN}.analisis_5`,
      title: 'Meningkatnya layanan digital — Analisis penyebab keberhasilan/kegagalan dan alternatif solusi',
      defaultText: '',
      text: '',
      edited: false,
      version: 0,
      updatedAt: null,
    },
  ],
  completeness: [
    {
      code: 'realisasiNotVerified',
      field: 'realisasi.i1.Q4',
      message: {
        id: 'Realisasi Persentase layanan daring periode Q4 belum diverifikasi.',
        en: 'Realisasi of Q4 is not verified.',
      },
    },
    {
      code: 'sectionEmpty',
      field: `sections.bab3a.${SASARAN}.analisis_5`,
      message: { id: 'Bagian "Analisis penyebab" belum diisi.', en: 'Section "Analisis penyebab" is empty.' },
    },
  ],
  versions: [
    {
      number: 1,
      createdAt: '2026-01-06T01:00:00.000Z',
      createdBy: 'user-1',
      docxUrl: '/api/lkjip/reports/0190a000-0000-7000-8000-000000000001/versions/1/docx',
      pdfUrl: '/api/lkjip/reports/0190a000-0000-7000-8000-000000000001/versions/1/pdf',
      completeness: [],
    },
  ],
};

/** The key of the empty analysis section of the fixture. */
export const EMPTY_KEY = `bab3a.${SASARAN}.analisis_5`;
