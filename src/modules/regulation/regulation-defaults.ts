/**
 * The default regulation pack every tenant starts with (version 1). The lists follow the reading of
 * Permendagri 1/2023 (Tata Naskah Dinas) and 83/2022 (KKA) most often seen in public seeds; several entries
 * are marked as defaults to verify against the Lampiran and the tenant's own Perkada (TNDE, JRA, SKKAAD).
 */
import type { FinalDisposition } from './kka-code.ts';
import type { PackLabels } from './regulation.contract.ts';

/** Name and legal basis of the default pack. */
export const DEFAULT_PACK = {
  name: 'Permendagri 1/2023 & 83/2022 (default Pamong, periksa Perkada)',
  legalBasis:
    'Permendagri 1/2023 tentang Tata Naskah Dinas di Lingkungan Pemerintah Daerah; Permendagri 83/2022 tentang ' +
    'Kode Klasifikasi Arsip; Perkada JRA/SKKAAD setempat (periksa).',
};

/** A jenis naskah as seeded. */
export interface DefaultDocumentType {
  code: string;
  name: string;
  family: 'arahan' | 'korespondensi' | 'khusus' | 'lainnya';
  subfamily: string | null;
  layout: 'korespondensi' | 'title_block';
  variant: 'surat_dinas' | 'undangan' | 'nota_dinas' | null;
  numberSchemeCode: string | null;
}

type Row = [
  string,
  string,
  DefaultDocumentType['family'],
  string | null,
  'k' | 't',
  DefaultDocumentType['variant'],
  string | null,
];

// code, name, family, subfamily, layout (k = korespondensi, t = title block), variant, numbering scheme.
// Perda, Perkada and Peraturan DPRD are numbered in their own registers by the Bagian Hukum: no scheme here.
// biome-ignore format: one jenis per line reads as a table
const DOCUMENT_TYPE_ROWS: Row[] = [
  ['PERDA', 'Peraturan Daerah', 'arahan', 'pengaturan', 't', null, null],
  ['PERKADA', 'Peraturan Kepala Daerah', 'arahan', 'pengaturan', 't', null, null],
  ['PERDPRD', 'Peraturan DPRD', 'arahan', 'pengaturan', 't', null, null],
  ['PED', 'Pedoman', 'arahan', 'pengaturan', 't', null, 'SURAT'],
  ['JUKLAK', 'Petunjuk Pelaksanaan', 'arahan', 'pengaturan', 't', null, 'SURAT'],
  ['SOP', 'Standar Operasional Prosedur', 'arahan', 'pengaturan', 't', null, 'SURAT'],
  ['INS', 'Instruksi', 'arahan', 'pengaturan', 't', null, 'SURAT'],
  ['SE', 'Surat Edaran', 'arahan', 'pengaturan', 't', null, 'SURAT'],
  ['KEP', 'Keputusan', 'arahan', 'penetapan', 't', null, 'KEPUTUSAN'],
  ['SPT', 'Surat Perintah', 'arahan', 'penugasan', 't', null, 'SURAT'],
  ['ST', 'Surat Tugas', 'arahan', 'penugasan', 't', null, 'SURAT'],
  ['SPPD', 'Surat Perintah Perjalanan Dinas', 'arahan', 'penugasan', 't', null, 'SURAT'],
  ['ND', 'Nota Dinas', 'korespondensi', 'internal', 'k', 'nota_dinas', 'NOTA'],
  ['MEMO', 'Memo', 'korespondensi', 'internal', 'k', 'nota_dinas', 'NOTA'],
  ['SD', 'Surat Dinas', 'korespondensi', 'eksternal', 'k', 'surat_dinas', 'SURAT'],
  ['UND', 'Surat Undangan', 'korespondensi', 'eksternal', 'k', 'undangan', 'SURAT'],
  ['PKS', 'Surat Perjanjian / Nota Kesepahaman', 'khusus', null, 't', null, 'SURAT'],
  ['KUASA', 'Surat Kuasa', 'khusus', null, 't', null, 'SURAT'],
  ['BA', 'Berita Acara', 'khusus', null, 't', null, 'SURAT'],
  ['KET', 'Surat Keterangan', 'khusus', null, 't', null, 'SURAT'],
  ['PENGANTAR', 'Surat Pengantar', 'khusus', null, 'k', 'surat_dinas', 'SURAT'],
  ['PENG', 'Pengumuman', 'khusus', null, 't', null, 'SURAT'],
  ['REK', 'Rekomendasi', 'khusus', null, 't', null, 'SURAT'],
  ['IZIN', 'Surat Izin', 'khusus', null, 't', null, 'SURAT'],
  ['PANGGIL', 'Surat Panggilan', 'khusus', null, 'k', 'surat_dinas', 'SURAT'],
  ['SPMT', 'Surat Pernyataan Melaksanakan Tugas', 'khusus', null, 't', null, 'SURAT'],
  ['RAD', 'Radiogram', 'khusus', null, 't', null, 'SURAT'],
  ['PIAGAM', 'Sertifikat / Piagam', 'khusus', null, 't', null, 'SURAT'],
  ['LAP', 'Laporan', 'lainnya', null, 't', null, null],
  ['TS', 'Telaahan Staf', 'lainnya', null, 't', null, null],
  ['NOT', 'Notula', 'lainnya', null, 't', null, null],
];

/** The seeded jenis naskah, in display order. */
export const DEFAULT_DOCUMENT_TYPES: readonly DefaultDocumentType[] = DOCUMENT_TYPE_ROWS.map(
  ([code, name, family, subfamily, layout, variant, numberSchemeCode]) => ({
    code,
    name,
    family,
    subfamily,
    layout: layout === 'k' ? 'korespondensi' : 'title_block',
    variant,
    numberSchemeCode,
  }),
);

/** A KKA as seeded. */
export interface DefaultArchiveClass {
  code: string;
  name: string;
  active?: number;
  inactive?: number;
  disposition?: FinalDisposition;
  description?: string;
}

const TO_VERIFY = 'Nama perlu diperiksa terhadap Lampiran Permendagri 83/2022.';
const JRA_EXAMPLE = 'Retensi contoh dari Perbup Kab. Pekalongan 63/2024; periksa JRA Perkada setempat.';

/** The seeded KKA: the ten main classes, the second level under 000, and a few deeper JRA examples. */
export const DEFAULT_ARCHIVE_CLASSES: readonly DefaultArchiveClass[] = [
  { code: '000', name: 'Umum' },
  { code: '100', name: 'Pemerintahan' },
  { code: '200', name: 'Politik' },
  { code: '300', name: 'Keamanan dan Ketertiban' },
  { code: '400', name: 'Kesejahteraan Rakyat' },
  { code: '500', name: 'Perekonomian' },
  { code: '600', name: 'Pekerjaan Umum dan Ketenagaan' },
  { code: '700', name: 'Pengawasan' },
  { code: '800', name: 'Kepegawaian' },
  { code: '900', name: 'Keuangan' },
  { code: '000.1', name: 'Ketatausahaan dan Kerumahtanggaan' },
  { code: '000.2', name: 'Perlengkapan' },
  { code: '000.3', name: 'Pengadaan' },
  { code: '000.4', name: 'Perpustakaan' },
  { code: '000.5', name: 'Kearsipan' },
  { code: '000.6', name: 'Persandian' },
  { code: '000.7', name: 'Perencanaan Pembangunan' },
  { code: '000.8', name: 'Organisasi dan Tata Laksana' },
  { code: '000.9', name: 'Penelitian dan Pengembangan' },
  { code: '000.1.1', name: 'Telekomunikasi', active: 1, inactive: 1, disposition: 'musnah', description: JRA_EXAMPLE },
  { code: '000.1.2', name: 'Perjalanan Dinas Dalam Negeri' },
  { code: '000.1.2.1', name: 'Perjalanan Dinas Kepala Daerah' },
  { code: '000.1.2.2', name: 'Perjalanan Dinas DPRD' },
  { code: '000.1.2.3', name: 'Perjalanan Dinas Pegawai' },
  { code: '000.1.5', name: 'Rapat Pimpinan', active: 1, inactive: 1, disposition: 'dinilai_kembali', description: JRA_EXAMPLE },
  {
    code: '000.2.4',
    name: 'Penghapusan Barang Milik Daerah',
    active: 3,
    inactive: 7,
    disposition: 'musnah',
    description: JRA_EXAMPLE,
  },
  { code: '000.5.3', name: 'Pengelolaan Arsip Dinamis', description: TO_VERIFY },
  {
    code: '000.5.3.1',
    name: 'Buku Registrasi Naskah Masuk dan Keluar',
    active: 2,
    inactive: 3,
    disposition: 'musnah',
    description: JRA_EXAMPLE,
  },
  { code: '000.8.3', name: 'Tata Laksana', description: TO_VERIFY },
  {
    code: '000.8.3.3',
    name: 'Standar Operasional Prosedur',
    active: 2,
    inactive: 3,
    disposition: 'permanen',
    description: JRA_EXAMPLE,
  },
];

/** The standard instructions of the lembar disposisi (ANRI example form, plus Edarkan and Jadwalkan). */
export const DEFAULT_INSTRUCTIONS: readonly { code: string; label: string }[] = [
  { code: 'selesaikan', label: 'Selesaikan/TL' },
  { code: 'saran', label: 'Saran/Pendapat' },
  { code: 'koordinasikan', label: 'Koordinasikan' },
  { code: 'pelajari', label: 'Pelajari/Kaji' },
  { code: 'wakili', label: 'Wakili/Hadiri' },
  { code: 'pantau', label: 'Pantau' },
  { code: 'perhatian', label: 'Perhatian' },
  { code: 'arsipkan', label: 'File/Arsipkan' },
  { code: 'edarkan', label: 'Edarkan' },
  { code: 'jadwalkan', label: 'Jadwalkan' },
];

/** Security and urgency labels; the SLA hours are defaults to verify against the Perkada (`toVerify`). */
export const DEFAULT_LABELS: PackLabels = {
  security: [
    { code: 'biasa', label: 'Biasa', abbreviation: 'B' },
    { code: 'terbatas', label: 'Terbatas', abbreviation: 'T' },
    { code: 'rahasia', label: 'Rahasia', abbreviation: 'R' },
    { code: 'sangat_rahasia', label: 'Sangat Rahasia', abbreviation: 'SR' },
  ],
  urgency: [
    { code: 'biasa', label: 'Biasa', slaHours: null },
    { code: 'segera', label: 'Segera', slaHours: 48 },
    { code: 'sangat_segera', label: 'Sangat Segera', slaHours: 24 },
  ],
  toVerify: true,
};
