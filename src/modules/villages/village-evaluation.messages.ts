/** Server messages of the Sakip Desa evaluation routes (keys `villages.evaluation.…`). */
export const villageEvaluationMessages = {
  id: {
    evaluation: {
      notVillageUnit:
        'Evaluasi desa dilakukan oleh pengelola di Dinas Pemberdayaan Masyarakat dan Desa (DPMD) atau admin pengelola IDM.',
      cannotRead: 'Hasil evaluasi desa hanya untuk pegawai pemerintah daerah.',
      notFinalYet: 'Evaluasi desa Anda belum final.',
      alreadyFinal: 'Evaluasi ini sudah final; jawaban tidak dapat diubah lagi.',
      exists: 'Desa ini sudah memiliki evaluasi untuk tahun tersebut.',
      staleVersion: 'Data ini baru saja diubah orang lain. Muat ulang lalu ulangi perubahan Anda.',
      unknownCriterion: 'Kriteria "{{criterion}}" tidak ada di lembar kerja.',
      unknownOption: 'Pilihan "{{code}}" tidak diizinkan untuk kriteria {{criterion}}.',
      unanswered: 'Kriteria {{criterion}} belum dijawab.',
      violation: 'Kerangka logis: {{detail}}',
      notDecimal: 'Isi angka desimal dengan titik, misalnya 70.99.',
      band: {
        empty: 'Isi sedikitnya satu kategori.',
        duplicate_code: 'Kode kategori tidak boleh ganda.',
        empty_band: 'Batas bawah harus lebih kecil dari batas atas ({{detail}}).',
        gap_or_overlap: 'Batas kategori harus bersambung tanpa celah atau tumpang tindih ({{detail}}).',
        not_from_zero: 'Kategori terendah harus mulai dari 0.',
        not_to_100: 'Kategori tertinggi harus sampai 100.',
      },
      template: {
        invalid: 'Lembar kerja tidak dapat dipakai: {{detail}}',
        exists: 'Versi lembar kerja ini sudah ada; beri nomor versi baru.',
      },
    },
  },
  en: {
    evaluation: {
      notVillageUnit: 'Villages are evaluated by staff of the village-affairs agency (DPMD) or an admin who manages IDM.',
      cannotRead: 'Village evaluation results are for regency staff.',
      notFinalYet: 'Your village’s evaluation is not final yet.',
      alreadyFinal: 'This evaluation is final; its answers can no longer change.',
      exists: 'This village already has an evaluation for that year.',
      staleVersion: 'Someone else just changed this. Reload and make your change again.',
      unknownCriterion: 'Criterion "{{criterion}}" is not in the worksheet.',
      unknownOption: 'Option "{{code}}" is not allowed for criterion {{criterion}}.',
      unanswered: 'Criterion {{criterion}} has no answer yet.',
      violation: 'Logical framework: {{detail}}',
      notDecimal: 'Enter a decimal number with a dot, e.g. 70.99.',
      band: {
        empty: 'Enter at least one band.',
        duplicate_code: 'Band codes must be unique.',
        empty_band: 'The lower limit must be below the upper limit ({{detail}}).',
        gap_or_overlap: 'Band limits must join without gaps or overlaps ({{detail}}).',
        not_from_zero: 'The lowest band must start at 0.',
        not_to_100: 'The highest band must reach 100.',
      },
      template: {
        invalid: 'The worksheet cannot be used: {{detail}}',
        exists: 'This worksheet version already exists; give it a new version number.',
      },
    },
  },
};
