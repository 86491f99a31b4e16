import type { Kop, NaskahContent } from './naskah-model.ts';
import { sampleNotaDinas, sampleOfficials, sampleSuratDinas, sampleUndangan } from './sample-korespondensi.ts';
import { sampleLambangPng } from './sample-lambang.ts';
import { sampleBeritaAcara, sampleKeputusan, samplePengumuman, sampleSuratTugas } from './sample-title-block.ts';

/** Realistic (fictional) naskah dinas samples for tests, the demo and the benchmark. */

export { sampleNotaDinas, sampleOfficials, sampleSuratDinas, sampleUndangan } from './sample-korespondensi.ts';
export { sampleLambangPng } from './sample-lambang.ts';
export { sampleBeritaAcara, sampleKeputusan, samplePengumuman, sampleSuratTugas } from './sample-title-block.ts';

/** The kop of the sample Dinas Komunikasi dan Informatika Kabupaten Karanganyar (placeholder lambang). */
export const sampleKop: Kop = {
  lambang: sampleLambangPng,
  lines: ['PEMERINTAH KABUPATEN KARANGANYAR', 'DINAS KOMUNIKASI DAN INFORMATIKA'],
  address: 'Jalan Lawu Nomor 385, Karanganyar',
  phone: '(0271) 495039',
  fax: '(0271) 495590',
  website: 'diskominfo.karanganyarkab.go.id',
  email: 'diskominfo@karanganyarkab.go.id',
  postalCode: '57712',
};

const longLetterSections: readonly [string, string][] = [
  [
    'Latar Belakang',
    'Pemerintah Kabupaten Karanganyar telah menetapkan penerapan naskah dinas elektronik secara bertahap sejak tahun 2025. Sampai dengan bulan Oktober 2026, sebanyak 38 perangkat daerah telah menggunakan aplikasi naskah dinas elektronik untuk surat keluar, sedangkan pencatatan surat masuk dan disposisi masih dilakukan secara manual pada sebagian besar kecamatan.',
  ],
  [
    'Hasil Evaluasi',
    'Evaluasi yang dilaksanakan oleh Dinas Komunikasi dan Informatika bersama Bagian Organisasi Sekretariat Daerah menunjukkan bahwa rata-rata waktu penyelesaian naskah keluar turun dari 4,2 hari menjadi 1,6 hari. Namun demikian, masih ditemukan penomoran ganda pada 27 naskah, lampiran yang tidak terbaca, serta tanda tangan elektronik yang tidak dapat diverifikasi karena sertifikat pejabat telah kedaluwarsa.',
  ],
  [
    'Tindak Lanjut',
    'Untuk menindaklanjuti hasil evaluasi tersebut, setiap perangkat daerah diminta menunjuk paling sedikit 2 (dua) orang pengelola naskah dinas elektronik, memastikan seluruh pejabat penanda tangan telah memiliki sertifikat elektronik yang masih berlaku, serta menggunakan klasifikasi arsip sesuai Peraturan Menteri Dalam Negeri Nomor 83 Tahun 2022.',
  ],
  [
    'Pendampingan',
    'Dinas Komunikasi dan Informatika akan menyelenggarakan pendampingan teknis di setiap kecamatan sesuai jadwal sebagaimana tercantum di bawah ini. Peserta pendampingan adalah pengelola naskah dinas elektronik dan operator kecamatan dengan membawa laptop yang telah terhubung ke jaringan intra pemerintah daerah.',
  ],
];

const schedule: readonly (readonly string[])[] = [
  ['1', 'Senin, 7 Desember 2026', 'Kecamatan Karanganyar, Tasikmadu, Jaten', 'Aula Kecamatan Karanganyar'],
  ['2', 'Selasa, 8 Desember 2026', 'Kecamatan Colomadu, Gondangrejo, Kebakkramat', 'Aula Kecamatan Colomadu'],
  ['3', 'Rabu, 9 Desember 2026', 'Kecamatan Mojogedang, Kerjo, Jenawi', 'Aula Kecamatan Mojogedang'],
  ['4', 'Kamis, 10 Desember 2026', 'Kecamatan Karangpandan, Matesih, Ngargoyoso', 'Aula Kecamatan Karangpandan'],
  ['5', 'Jumat, 11 Desember 2026', 'Kecamatan Tawangmangu, Jatiyoso, Jumapolo', 'Aula Kecamatan Tawangmangu'],
  ['6', 'Senin, 14 Desember 2026', 'Kecamatan Jatipuro, Jumantono, Kebakkramat', 'Aula Kecamatan Jumantono'],
];

/** A two-page surat dinas (sections, a schedule table, closing) used for the demo and the benchmark. */
export const sampleLongLetter: NaskahContent = {
  ...sampleSuratDinas,
  number: '400.14.2/1240/2026',
  date: '2026-12-02',
  hal: 'Evaluasi dan Pendampingan Penerapan Naskah Dinas Elektronik Tahun 2026',
  lampiran: '-',
  addressee: ['Kepala Perangkat Daerah dan Camat', 'se-Kabupaten Karanganyar'],
  attachments: undefined,
  body: [
    {
      kind: 'paragraph',
      text: 'Dengan hormat, bersama ini kami sampaikan hasil evaluasi penerapan naskah dinas elektronik Tahun 2026 beserta rencana tindak lanjutnya sebagai berikut.',
    },
    ...longLetterSections.flatMap(([heading, text], index) => [
      { kind: 'heading' as const, text: `${index + 1}. ${heading}` },
      { kind: 'paragraph' as const, text },
    ]),
    { kind: 'table', header: ['No.', 'Hari, Tanggal', 'Wilayah', 'Tempat'], rows: schedule },
    {
      kind: 'paragraph',
      text: 'Pendampingan dilaksanakan mulai pukul 08.30 WIB sampai dengan selesai. Konfirmasi kehadiran disampaikan paling lambat 3 (tiga) hari sebelum jadwal melalui pos-el diskominfo@karanganyarkab.go.id atau narahubung Sdri. Dewi Lestari Rahayu, S.Sos. (telepon 0812-2650-4471).',
    },
    {
      kind: 'paragraph',
      text: 'Demikian untuk menjadi perhatian dan dilaksanakan. Atas perhatian dan kerja sama Saudara, kami sampaikan terima kasih.',
    },
  ],
  signers: [sampleOfficials.kepalaDinas],
};

/** One sample per layout, keyed by a short name (for the demo's "contoh naskah" list). */
export const sampleNaskahByLayout: Readonly<Record<string, NaskahContent>> = {
  surat_dinas: sampleSuratDinas,
  undangan: sampleUndangan,
  nota_dinas: sampleNotaDinas,
  surat_tugas: sampleSuratTugas,
  keputusan: sampleKeputusan,
  pengumuman: samplePengumuman,
  berita_acara: sampleBeritaAcara,
};
