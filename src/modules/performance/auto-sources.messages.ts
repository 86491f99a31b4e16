/** Server messages of automatic realisasi (keys `performance.auto.…`; registered under `performance`). */
export const autoSourceMessages = {
  id: {
    auto: {
      unknownSource: 'Sumber realisasi otomatis tidak dikenal; pilih salah satu dari daftar atau kosongkan untuk isian manual.',
      noSource: 'Indikator ini tidak memiliki sumber realisasi otomatis.',
      retiredSource: 'Sumber realisasi otomatis indikator ini sudah tidak tersedia; pilih sumber lain.',
    },
  },
  en: {
    auto: {
      unknownSource: 'Unknown automatic realisasi source; choose one from the list, or leave it empty for manual entry.',
      noSource: 'This indicator has no automatic realisasi source.',
      retiredSource: 'The automatic realisasi source of this indicator is no longer available; choose another one.',
    },
  },
};
