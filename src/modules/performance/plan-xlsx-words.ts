/**
 * The words the plan XLSX uses for node kinds, polarity, aggregation and frequency (Indonesian first; the English
 * codes are read too), and the guide sheet of the plan files.
 */
import type { IndicatorFields, NodeKind } from './performance.contract.ts';

/** Node kinds by the words a planner writes. */
export const KIND_WORDS: Readonly<Record<string, NodeKind>> = {
  visi: 'visi',
  misi: 'misi',
  tujuan: 'tujuan',
  sasaran: 'sasaran',
  strategi: 'strategi',
  'arah kebijakan': 'arah_kebijakan',
  program: 'program',
  kegiatan: 'kegiatan',
  'sub kegiatan': 'sub_kegiatan',
  'sub-kegiatan': 'sub_kegiatan',
};

/** Polarity by word (semakin tinggi semakin baik = maksimal). */
export const POLARITY_WORDS: Readonly<Record<string, IndicatorFields['polarity']>> = {
  maksimal: 'maximize',
  minimal: 'minimize',
  stabil: 'stabilize',
  rentang: 'range',
  maximize: 'maximize',
  minimize: 'minimize',
  stabilize: 'stabilize',
  range: 'range',
};

/** Aggregation by word. */
export const AGGREGATION_WORDS: Readonly<Record<string, IndicatorFields['aggregation']>> = {
  kumulatif: 'cumulative',
  'nilai akhir': 'last',
  'rata-rata': 'average',
  manual: 'manual',
  cumulative: 'cumulative',
  last: 'last',
  average: 'average',
};

/** Frequency by word. */
export const FREQUENCY_WORDS: Readonly<Record<string, IndicatorFields['frequency']>> = {
  bulanan: 'monthly',
  triwulanan: 'quarterly',
  semesteran: 'semester',
  tahunan: 'yearly',
  monthly: 'monthly',
  quarterly: 'quarterly',
  semester: 'semester',
  yearly: 'yearly',
};

/** The first (Indonesian) word of a value, as the export writes it. */
export function wordOf<T extends string>(words: Readonly<Record<string, T>>, value: T): string {
  return Object.entries(words).find(([, v]) => v === value)?.[0] ?? value;
}

/** The guide sheet of an RPJMD or Renstra file. */
export function planGuide(document: 'rpjmd' | 'renstra'): string[] {
  const renstra = document === 'renstra';
  return [
    renstra ? 'Petunjuk impor Renstra perangkat daerah' : 'Petunjuk impor RPJMD',
    '',
    'Lembar Rencana: satu baris per simpul. Jenis: '.concat(
      renstra
        ? 'tujuan, sasaran, strategi, arah kebijakan, program, kegiatan, sub kegiatan.'
        : 'visi, misi, tujuan, sasaran, strategi, arah kebijakan, program.',
    ),
    'Kode wajib dan unik (format Teks, mis. T1, S1.1). Kode Induk: kode simpul di atasnya (kosong untuk akar).',
    ...(renstra
      ? ['Kode Acuan RPJMD: kode tujuan/sasaran RPJMD yang didukung (boleh kosong; sasaran tanpa acuan ditandai).']
      : []),
    'Lembar Indikator: Kode Simpul = kode baris Rencana pemilik indikator. Kode Indikator boleh kosong (dicocokkan dengan nama).',
    'Polaritas: maksimal, minimal, stabil, rentang. Agregasi: kumulatif, nilai akhir, rata-rata, manual.',
    'Frekuensi: bulanan, triwulanan, semesteran, tahunan. IKU: ya atau tidak.',
    'Target per tahun: angka dengan titik desimal (12.5), rentang min–max (10–20, untuk polaritas rentang),',
    'atau teks (hanya untuk indikator beragregasi manual). Kosong berarti belum ada target tahunan.',
    'Baris dengan kode yang sudah ada diperbarui, kode baru ditambahkan, simpul dan indikator lain tidak dihapus.',
    'Jika satu baris bermasalah, tidak ada yang disimpan: perbaiki semua masalah yang dilaporkan lalu unggah lagi.',
    'Jangan gabungkan sel dan jangan memakai rumus: salin lalu tempel sebagai nilai.',
  ];
}
