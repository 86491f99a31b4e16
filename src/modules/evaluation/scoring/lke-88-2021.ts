import type { AnswerType, Component, EvaluationTemplate, PredikatTable, SubComponent } from './types.ts';

/**
 * The PermenPANRB 88/2021 LKE (evaluasi AKIP) as data: four components 30/30/15/25, each split Pemenuhan /
 * Kualitas / Pemanfaatan 20/30/50 %. Criterion texts are the gist of the t-SEMAR transcription (domain notes
 * §7b); pemda adaptations differ, so tenants copy and edit this as a new template version. Pemenuhan
 * criteria are answered Y/T, Kualitas and Pemanfaatan A–E.
 */

function sub(id: string, name: string, weight: string, answerType: AnswerType, texts: readonly string[]): SubComponent {
  return { id, name, weight, method: 'mean', criteria: texts.map((text, i) => ({ id: `${id}.${i + 1}`, text, answerType })) };
}

function component(id: string, name: string, weight: string, subs: readonly SubComponent[]): Component {
  return { id, name, weight, subComponents: subs };
}

const perencanaan = component('1', 'Perencanaan Kinerja', '30', [
  sub('1.a', 'Pemenuhan: dokumen perencanaan kinerja telah tersedia', '6', 'yt', [
    'Terdapat pedoman teknis perencanaan kinerja',
    'Terdapat dokumen perencanaan kinerja jangka panjang',
    'Terdapat dokumen perencanaan kinerja jangka menengah',
    'Terdapat dokumen perencanaan kinerja jangka pendek',
    'Terdapat dokumen perencanaan aktivitas yang mendukung kinerja',
    'Terdapat dokumen perencanaan anggaran yang mendukung kinerja',
    'Setiap unit/satuan kerja telah menetapkan dokumen perencanaan kinerja',
  ]),
  sub('1.b', 'Kualitas: memenuhi standar SMART, cascading dan crosscutting', '9', 'abcde', [
    'Dokumen perencanaan kinerja telah diformalkan',
    'Dokumen perencanaan kinerja dipublikasikan tepat waktu',
    'Dokumen perencanaan kinerja menggambarkan kebutuhan kinerja sebenarnya',
    'Rumusan hasil (outcome) jelas',
    'Indikator kinerja memenuhi kriteria SMART',
    'Indikator kinerja utama (IKU) berkelanjutan',
    'Target kinerja dapat dicapai (achievable) dan menantang',
    'Kinerja di-cascade antar level jabatan',
    'Kinerja crosscutting telah dirumuskan',
    'Setiap pegawai telah menetapkan perencanaan kinerja',
  ]),
  sub('1.c', 'Pemanfaatan: dokumen perencanaan kinerja dimanfaatkan', '15', 'abcde', [
    'Anggaran mengacu pada kinerja',
    'Aktivitas mendukung pencapaian kinerja',
    'Target kinerja tercapai atau on track',
    'Rencana aksi dipantau secara berkala',
    'Perbaikan perencanaan berdasarkan analisis kinerja sebelumnya',
    'Perbaikan perencanaan mewujudkan hasil yang lebih baik',
    'Setiap unit/satuan kerja berkomitmen mencapai kinerja',
    'Setiap pegawai berkomitmen mencapai kinerja',
  ]),
]);

const pengukuran = component('2', 'Pengukuran Kinerja', '30', [
  sub('2.a', 'Pemenuhan: pengukuran kinerja telah dilakukan', '6', 'yt', [
    'Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja',
    'Terdapat definisi operasional yang jelas atas kinerja',
    'Terdapat mekanisme pengumpulan data kinerja yang andal',
  ]),
  sub('2.b', 'Kualitas: pengukuran menjadi kebutuhan, berjenjang dan berkelanjutan', '9', 'abcde', [
    'Pimpinan terlibat sebagai pengambil keputusan (decision maker) dalam mengukur capaian kinerja',
    'Data kinerja relevan dengan kinerja yang diukur',
    'Data kinerja mendukung capaian kinerja',
    'Pengukuran kinerja dilakukan secara berkala',
    'Pemantauan kinerja dilakukan secara berjenjang',
    'Pengumpulan data kinerja berbasis teknologi informasi',
    'Pengukuran capaian kinerja berbasis teknologi informasi',
  ]),
  sub('2.c', 'Pemanfaatan: dasar reward/punishment dan penyesuaian strategi', '15', 'abcde', [
    'Pengukuran kinerja menjadi dasar pemberian tunjangan/penghasilan',
    'Pengukuran kinerja menjadi dasar penempatan/penghapusan jabatan',
    'Pengukuran kinerja menjadi dasar refocusing organisasi',
    'Pengukuran kinerja memengaruhi penyesuaian strategi',
    'Pengukuran kinerja memengaruhi penyesuaian kebijakan',
    'Pengukuran kinerja memengaruhi penyesuaian aktivitas',
    'Pengukuran kinerja memengaruhi penyesuaian anggaran',
    'Pengukuran kinerja memengaruhi efisiensi anggaran',
    'Setiap unit/satuan kerja peduli terhadap hasil pengukuran kinerja',
    'Setiap pegawai peduli terhadap hasil pengukuran kinerja',
  ]),
]);

const pelaporan = component('3', 'Pelaporan Kinerja', '15', [
  sub('3.a', 'Pemenuhan: dokumen laporan kinerja tersedia', '3', 'yt', [
    'Laporan kinerja disusun',
    'Laporan kinerja disusun secara berkala',
    'Laporan kinerja diformalkan',
    'Laporan kinerja direviu',
    'Laporan kinerja dipublikasikan',
    'Laporan kinerja disampaikan tepat waktu',
  ]),
  sub('3.b', 'Kualitas: laporan kinerja berkualitas', '4.5', 'abcde', [
    'Laporan kinerja disusun sesuai standar',
    'Laporan kinerja mengungkap seluruh informasi capaian kinerja',
    'Capaian dibandingkan dengan target tahunan',
    'Capaian dibandingkan dengan target jangka menengah',
    'Capaian dibandingkan dengan tahun-tahun sebelumnya',
    'Capaian dibandingkan dengan benchmark nasional/internasional',
    'Laporan mengungkap kualitas capaian beserta upaya dan hambatannya',
    'Laporan mengungkap efisiensi penggunaan sumber daya',
    'Laporan memuat rekomendasi perbaikan kinerja',
  ]),
  sub('3.c', 'Pemanfaatan: pelaporan berdampak pada strategi dan kebijakan', '7.5', 'abcde', [
    'Informasi laporan kinerja menjadi perhatian utama pimpinan',
    'Pegawai peduli terhadap informasi laporan kinerja',
    'Laporan kinerja digunakan untuk penyesuaian aktivitas',
    'Laporan kinerja digunakan untuk penyesuaian anggaran',
    'Laporan kinerja digunakan untuk mengevaluasi keberhasilan',
    'Laporan kinerja digunakan untuk menyesuaikan perencanaan berikutnya',
    'Laporan kinerja memengaruhi perubahan budaya kinerja',
  ]),
]);

const evaluasiInternal = component('4', 'Evaluasi Akuntabilitas Kinerja Internal', '25', [
  sub('4.a', 'Pemenuhan: evaluasi AKIP internal telah dilaksanakan', '5', 'yt', [
    'Terdapat pedoman teknis evaluasi akuntabilitas kinerja internal',
    'Evaluasi dilaksanakan pada seluruh unit kerja',
    'Evaluasi dilaksanakan secara berjenjang',
  ]),
  sub('4.b', 'Kualitas: evaluasi berkualitas dengan SDM memadai', '7.5', 'abcde', [
    'Evaluasi dilaksanakan sesuai standar',
    'Evaluasi dilaksanakan oleh SDM yang memadai',
    'Evaluasi dilaksanakan dengan pendalaman yang memadai',
    'Evaluasi dilaksanakan pada seluruh unit kerja/perangkat daerah',
    'Evaluasi dilaksanakan berbasis teknologi informasi',
  ]),
  sub('4.c', 'Pemanfaatan: evaluasi berdampak', '12.5', 'abcde', [
    'Seluruh rekomendasi hasil evaluasi ditindaklanjuti',
    'Terjadi peningkatan implementasi SAKIP',
    'Hasil evaluasi dimanfaatkan untuk perbaikan akuntabilitas kinerja',
    'Hasil evaluasi mendukung efektivitas dan efisiensi kinerja',
    'Terjadi perbaikan dan peningkatan kinerja',
  ]),
]);

/** The PermenPANRB 88/2021 LKE template (80 criteria) with the kerangka logis rule of the domain notes. */
export const LKE_88_2021: EvaluationTemplate = {
  code: 'lke-permenpanrb-88-2021',
  version: '1',
  name: 'LKE AKIP PermenPANRB 88/2021',
  components: [perencanaan, pengukuran, pelaporan, evaluasiInternal],
  // Example rule from the notes (§3.4, rule type from e-SAKIP LKE implementations); tenants add their own.
  rules: [
    {
      criterionId: '2.b.4',
      kind: 'not_above',
      comparedTo: '2.a.1',
      message: 'Pengukuran berkala tidak dapat bernilai lebih dari keberadaan pedoman teknis pengukuran kinerja (2.a.1)',
    },
  ],
};

/**
 * Predikat table of 88/2021 with half-open bands; interpretation texts paraphrase the regulation's lampiran
 * (domain notes §1.3, §7b) — check the wording against the official text before printing it in an LHE.
 */
export const PREDIKAT_88_2021: PredikatTable = [
  {
    code: 'AA',
    label: 'Sangat Memuaskan',
    lo: '90',
    hi: '100',
    interpretation:
      'Telah terwujud good governance. Seluruh kinerja dikelola dengan sangat memuaskan di seluruh unit kerja; pengukuran kinerja telah dilakukan sampai ke level individu.',
  },
  {
    code: 'A',
    label: 'Memuaskan',
    lo: '80',
    hi: '90',
    interpretation:
      'Instansi dapat memimpin perubahan dalam mewujudkan pemerintahan berorientasi hasil; pengukuran kinerja telah dilakukan sampai ke level eselon 4/pengawas.',
  },
  {
    code: 'BB',
    label: 'Sangat Baik',
    lo: '70',
    hi: '80',
    interpretation:
      'Akuntabilitas kinerja sangat baik pada 2/3 unit kerja; mulai terwujud efisiensi anggaran, sistem manajemen kinerja andal berbasis teknologi informasi; pengukuran kinerja sampai ke level eselon 3.',
  },
  {
    code: 'B',
    label: 'Baik',
    lo: '60',
    hi: '70',
    interpretation:
      'Akuntabilitas kinerja sudah baik pada 1/3 unit kerja, khususnya unit kerja utama; pengukuran kinerja baru sampai ke level eselon 2/unit kerja.',
  },
  {
    code: 'CC',
    label: 'Cukup (Memadai)',
    lo: '50',
    hi: '60',
    interpretation: 'Akuntabilitas kinerja cukup baik, namun masih perlu banyak perbaikan walaupun tidak mendasar.',
  },
  {
    code: 'C',
    label: 'Kurang',
    lo: '30',
    hi: '50',
    interpretation:
      'Sistem dan tatanan kurang dapat diandalkan; manajemen kinerja belum terimplementasi, perlu banyak perbaikan mendasar.',
  },
  {
    code: 'D',
    label: 'Sangat Kurang',
    lo: '0',
    hi: '30',
    interpretation: 'Sistem dan tatanan sama sekali tidak dapat diandalkan; perlu perbaikan dan perubahan yang sangat mendasar.',
  },
];
