/** The monthly realisation columns of a budget line (`budget_lines.realisasi_m01` … `m12`), January first. */
export const BUDGET_MONTH_COLUMNS = [
  'realisasi_m01',
  'realisasi_m02',
  'realisasi_m03',
  'realisasi_m04',
  'realisasi_m05',
  'realisasi_m06',
  'realisasi_m07',
  'realisasi_m08',
  'realisasi_m09',
  'realisasi_m10',
  'realisasi_m11',
  'realisasi_m12',
] as const;
