/**
 * The IDM indicator catalogue (Permendes PDTT 2/2016, domain notes §3.5): 35 social (IKS), 12 economic (IKE) and
 * 3 ecological (IKL) indicators, the counts the Pakisrejo 2018 figures imply (127/175, 32/60, 10/15). The short
 * names follow the Permendes dimensions; their exact wording and order in the Kemendes workbook are TO VERIFY
 * against an official file (they live only here and in idm-xlsx-layout.ts).
 */
import type { IdmIndexCode, IndicatorScore } from './idm/index.ts';

/** One IDM indicator: stable code (`IKS.01` …), its index, its dimension and a short Indonesian name. */
export interface IdmIndicator {
  readonly code: string;
  readonly index: IdmIndexCode;
  readonly dimension: string;
  readonly name: string;
}

const GROUPS: readonly (readonly [IdmIndexCode, string, readonly string[]])[] = [
  [
    'IKS',
    'Modal sosial',
    [
      'Kebiasaan gotong royong',
      'Frekuensi gotong royong',
      'Ruang publik terbuka tanpa biaya',
      'Fasilitas atau lapangan olahraga',
      'Kelompok kegiatan olahraga',
      'Keragaman suku/etnis warga',
      'Keragaman bahasa sehari-hari',
      'Keragaman agama',
      'Pos siskamling',
      'Partisipasi warga dalam siskamling',
      'Tingkat kriminalitas',
      'Upaya penyelesaian konflik',
      'Akses ke Sekolah Luar Biasa',
      'Penyandang kesejahteraan sosial',
    ],
  ],
  [
    'IKS',
    'Kesehatan',
    [
      'Waktu tempuh ke sarana kesehatan',
      'Tenaga kesehatan bidan',
      'Tenaga kesehatan dokter',
      'Tenaga kesehatan lain',
      'Akses ke poskesdes/polindes/posyandu',
      'Tingkat aktivitas posyandu',
      'Kepesertaan jaminan kesehatan',
    ],
  ],
  [
    'IKS',
    'Pendidikan',
    [
      'Akses ke SD/MI',
      'Akses ke SMP/MTs',
      'Akses ke SMA/SMK/MA',
      'Kegiatan PAUD',
      'Kegiatan PKBM/Paket ABC',
      'Kursus/pelatihan keterampilan',
      'Taman bacaan/perpustakaan desa',
    ],
  ],
  [
    'IKS',
    'Permukiman',
    [
      'Sumber air minum layak',
      'Air untuk mandi dan mencuci',
      'Kepemilikan jamban',
      'Tempat pembuangan sampah',
      'Keluarga dengan aliran listrik',
      'Telepon seluler dan sinyal',
      'Akses internet',
    ],
  ],
  ['IKE', 'Keragaman produksi', ['Lebih dari satu jenis kegiatan ekonomi penduduk']],
  [
    'IKE',
    'Pusat perdagangan',
    ['Akses ke pusat perdagangan/pasar', 'Toko, warung dan minimarket', 'Kedai makanan, restoran dan penginapan'],
  ],
  ['IKE', 'Logistik', ['Kantor pos dan jasa logistik']],
  ['IKE', 'Perbankan dan kredit', ['Bank umum', 'Bank Perkreditan Rakyat', 'Akses penduduk ke kredit']],
  ['IKE', 'Lembaga ekonomi', ['Lembaga ekonomi rakyat (koperasi, BUMDes)']],
  [
    'IKE',
    'Keterbukaan wilayah',
    ['Angkutan umum dengan trayek tetap', 'Jalan yang dapat dilalui roda empat', 'Kualitas jalan desa'],
  ],
  ['IKL', 'Kualitas lingkungan', ['Pencemaran air, tanah, udara dan limbah sungai']],
  ['IKL', 'Rawan bencana', ['Kejadian bencana alam']],
  ['IKL', 'Tanggap bencana', ['Upaya antisipasi dan mitigasi bencana']],
];

function build(): IdmIndicator[] {
  const counters: Record<IdmIndexCode, number> = { IKS: 0, IKE: 0, IKL: 0 };
  return GROUPS.flatMap(([index, dimension, names]) =>
    names.map((name) => {
      counters[index] += 1;
      return { code: `${index}.${String(counters[index]).padStart(2, '0')}`, index, dimension, name };
    }),
  );
}

/** Every IDM indicator in catalogue order (IKS.01 … IKS.35, IKE.01 … IKE.12, IKL.01 … IKL.03). */
export const IDM_INDICATORS: readonly IdmIndicator[] = Object.freeze(build());

const BY_CODE = new Map(IDM_INDICATORS.map((i) => [i.code, i]));

/** The indicator with this code, or undefined. */
export function idmIndicator(code: string): IdmIndicator | undefined {
  return BY_CODE.get(code);
}

/** Scores keyed by indicator code as the engine's input (catalogue order; codes not in the catalogue dropped). */
export function engineScores(scores: Readonly<Record<string, number>>): IndicatorScore[] {
  return IDM_INDICATORS.filter((i) => i.code in scores).map((i) => ({ id: i.code, index: i.index, score: scores[i.code]! }));
}
