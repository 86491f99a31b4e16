import { Decimal } from 'decimal.js';

/** Decimal constructor for IDM values: 40 significant digits, ROUND_HALF_UP. */
export const IdmDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** One IDM status: the desa has it when the previous status's `upTo` < IDM ≤ `upTo` (null = no upper limit). */
export interface IdmStatusBand {
  readonly code: string;
  readonly label: string;
  readonly alias: string;
  readonly upTo: string | null;
}

/** IDM status thresholds (tenant settings), from the lowest status to the highest. */
export type IdmStatusSettings = readonly IdmStatusBand[];

/** Permendes PDTT 2/2016 thresholds (domain notes §3.5): the default settings. */
export const DEFAULT_IDM_STATUSES: IdmStatusSettings = [
  { code: 'sangat_tertinggal', label: 'Sangat Tertinggal', alias: 'Pratama', upTo: '0.4907' },
  { code: 'tertinggal', label: 'Tertinggal', alias: 'Pra-Madya', upTo: '0.5989' },
  { code: 'berkembang', label: 'Berkembang', alias: 'Madya', upTo: '0.7072' },
  { code: 'maju', label: 'Maju', alias: 'Pra-Sembada', upTo: '0.8155' },
  { code: 'mandiri', label: 'Mandiri', alias: 'Sembada', upTo: null },
];

/** Problems in status settings: empty, unsorted or out-of-range limits, or a last status with a limit. */
export function idmStatusSettingsProblems(settings: IdmStatusSettings): string[] {
  if (settings.length === 0) return ['Status IDM kosong / no statuses'];
  const problems: string[] = [];
  const limits = settings.slice(0, -1).map((s) => s.upTo);
  if (limits.some((l) => l === null))
    problems.push('Hanya status tertinggi tanpa batas atas / only the last status is open-ended');
  const values = limits.filter((l) => l !== null).map((l) => new IdmDecimal(l));
  if (values.some((v, i) => v.lte(0) || v.gte(1) || (i > 0 && v.lte(values[i - 1])))) {
    problems.push('Batas status harus naik di antara 0 dan 1 / limits must increase within 0..1');
  }
  if (settings[settings.length - 1].upTo !== null)
    problems.push('Status tertinggi tidak boleh berbatas / the last status is open-ended');
  if (new Set(settings.map((s) => s.code)).size !== settings.length) problems.push('Kode status ganda / duplicate code');
  return problems;
}

/** IDM as the status table compares it: rounded half up to 4 decimals, the precision Kemendes publishes. */
export function roundedIdm(idm: Decimal | string): Decimal {
  return new IdmDecimal(idm).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
}

/** Index of the status of an IDM value (rounded to 4 decimals) in the settings, 0 = lowest. */
export function idmStatusRank(idm: Decimal | string, settings: IdmStatusSettings = DEFAULT_IDM_STATUSES): number {
  const value = roundedIdm(idm);
  const index = settings.findIndex((s) => s.upTo === null || value.lte(s.upTo));
  return index < 0 ? settings.length - 1 : index;
}

/** The status of an IDM value: ≤ 0.4907 Sangat Tertinggal, ≤ 0.5989 Tertinggal, …, above 0.8155 Mandiri. */
export function idmStatusFor(idm: Decimal | string, settings: IdmStatusSettings = DEFAULT_IDM_STATUSES): IdmStatusBand {
  return settings[idmStatusRank(idm, settings)];
}
