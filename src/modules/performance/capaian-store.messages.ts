/**
 * Server messages of the measurement settings and stored capaian (keys `performance.capaianStore.…`), and the
 * bilingual message of the one not-computable reason the store adds to the engine's (`missing_target`).
 */
import type { BilingualMessage } from './capaian/index.ts';

/** Reasons the store records besides the engine's NOT_COMPUTABLE_MESSAGES. */
export const STORE_REASON_MESSAGES: Readonly<Record<'missing_target', BilingualMessage>> = {
  missing_target: {
    id: 'Target indikator untuk tahun/periode ini belum ditetapkan.',
    en: 'No target has been set for this indicator in this year/period.',
  },
};

/** Messages registered with addMessages('performance', …). */
export const capaianStoreMessages = {
  id: {
    capaianStore: {
      notDecimal: 'Isi dengan angka desimal (titik sebagai pemisah desimal), misalnya 120 atau 87.5.',
      notNegative: 'Nilai tidak boleh negatif.',
      capBelowFloor: 'Batas atas capaian tidak boleh lebih kecil daripada batas bawahnya.',
      labelRequired: 'Nama kategori wajib diisi.',
      staleSettings: 'Pengaturan baru saja diubah oleh orang lain; muat ulang lalu coba lagi.',
      band: {
        empty: 'Tabel kategori capaian paling sedikit berisi satu baris.',
        missing_code: 'Kode kategori wajib diisi.',
        duplicate_code: 'Kode kategori ini sudah dipakai di baris lain.',
        invalid_number: 'Batas kategori harus berupa angka desimal atau kosong.',
        invalid_color: 'Warna harus berbentuk #rrggbb, misalnya #2b8a3e.',
        empty_interval: 'Batas atas harus lebih besar daripada batas bawah kategori ini.',
        not_ordered: 'Urutkan kategori dari nilai terendah ke tertinggi.',
        open_bound_inside: 'Hanya kategori pertama yang boleh tanpa batas bawah dan hanya yang terakhir tanpa batas atas.',
        gap: 'Ada celah: batas bawah kategori ini harus sama dengan batas atas kategori sebelumnya.',
        overlap: 'Tumpang tindih: batas bawah kategori ini harus sama dengan batas atas kategori sebelumnya.',
      },
    },
  },
  en: {
    capaianStore: {
      notDecimal: 'Enter a decimal number (dot as decimal separator), e.g. 120 or 87.5.',
      notNegative: 'The value may not be negative.',
      capBelowFloor: 'The capaian cap may not be below the floor.',
      labelRequired: 'The band label is required.',
      staleSettings: 'The settings were just changed by someone else; reload and try again.',
      band: {
        empty: 'The band table needs at least one row.',
        missing_code: 'The band code is required.',
        duplicate_code: 'This band code is already used in another row.',
        invalid_number: 'Band bounds must be decimals or empty.',
        invalid_color: 'The colour must look like #rrggbb, e.g. #2b8a3e.',
        empty_interval: 'The upper bound must be above the lower bound of this band.',
        not_ordered: 'Order the bands from the lowest value to the highest.',
        open_bound_inside: 'Only the first band may be open below and only the last one open above.',
        gap: 'Gap: this band’s lower bound must equal the previous band’s upper bound.',
        overlap: 'Overlap: this band’s lower bound must equal the previous band’s upper bound.',
      },
    },
  },
};
