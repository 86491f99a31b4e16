/** Messages of the capaian engine: why a capaian cannot be computed, in Indonesian and English. */
import type { BilingualMessage, CapaianNotComputable, NotComputableReason } from './capaian.types.ts';
import { ENGINE_VERSION } from './capaian.types.ts';

/** One message per reason. */
export const NOT_COMPUTABLE_MESSAGES: Readonly<Record<NotComputableReason, BilingualMessage>> = {
  invalid_settings: {
    id: 'Pengaturan capaian tidak valid (batas atas/bawah, pembulatan atau tabel kategori).',
    en: 'The capaian settings are invalid (cap/floor, rounding or band table).',
  },
  invalid_number: {
    id: 'Nilai harus berupa angka desimal, misalnya 46 atau 16.2.',
    en: 'The value must be a decimal number, e.g. 46 or 16.2.',
  },
  invalid_range: {
    id: 'Batas bawah rentang target lebih besar daripada batas atasnya.',
    en: 'The lower bound of the target range is greater than its upper bound.',
  },
  target_shape_mismatch: {
    id: 'Indikator berpolaritas rentang memerlukan target berupa rentang (batas bawah dan atas).',
    en: 'An indicator with range polarity needs a range target (lower and upper bound).',
  },
  text_target_manual: {
    id: 'Target berupa teks; capaian harus diisi secara manual.',
    en: 'The target is text; the capaian must be entered manually.',
  },
  target_negative: {
    id: 'Target negatif tidak dapat dipakai dalam rumus capaian.',
    en: 'A negative target cannot be used in a capaian formula.',
  },
  target_zero_ratio: {
    id: 'Target 0 tidak dapat menjadi pembagi; isi capaian secara manual atau ubah target.',
    en: 'A target of 0 cannot be a divisor; enter the capaian manually or change the target.',
  },
  realisasi_zero_ratio: {
    id: 'Rumus T/R tidak dapat dihitung untuk realisasi 0 atau negatif; gunakan rumus (2T−R)/T atau isi manual.',
    en: 'The T/R formula cannot be computed for a realisasi of 0 or below; use (2T−R)/T or enter it manually.',
  },
  missing_realisasi: {
    id: 'Realisasi belum diisi untuk periode yang diperlukan.',
    en: 'Realisasi is missing for a required period.',
  },
  negative_realisasi: {
    id: 'Realisasi negatif tidak diperbolehkan untuk satuan indikator ini.',
    en: 'A negative realisasi is not allowed for this indicator’s unit.',
  },
  denominator_zero: {
    id: 'Penyebut bernilai 0; realisasi tidak dapat dihitung.',
    en: 'The denominator is 0; the realisasi cannot be computed.',
  },
  unknown_period: {
    id: 'Periode yang diminta tidak ada dalam daftar realisasi.',
    en: 'The requested period is not in the realisasi list.',
  },
  duplicate_period: {
    id: 'Periode yang sama muncul lebih dari sekali dalam daftar realisasi.',
    en: 'The same period appears more than once in the realisasi list.',
  },
  not_projectable: {
    id: 'Proyeksi akhir tahun tidak dapat dibuat untuk indikator ini.',
    en: 'No year-end projection can be made for this indicator.',
  },
};

/** Builds the not-computable result for a reason, with optional detail. */
export function notComputable(reason: NotComputableReason, detail?: CapaianNotComputable['detail']): CapaianNotComputable {
  return {
    state: 'not_computable',
    reason,
    message: NOT_COMPUTABLE_MESSAGES[reason],
    ...(detail ? { detail } : {}),
    engineVersion: ENGINE_VERSION,
  };
}
