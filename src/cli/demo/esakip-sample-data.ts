/** The demo e-SAKIP sample's plan: RPJMD sasaran with indicators, and two OPD Renstra with quarterly realisasi. */
import { Decimal } from 'decimal.js';
import { activatePeriod, getPeriod } from '../../modules/performance/index.ts';
import type { RequestContext } from '../../platform/access/context.ts';

/** An indicator of the sample: its manual, its yearly target and its realisasi in the i-th ended quarter. */
export interface SampleIndicator {
  readonly fields: Record<string, unknown>;
  /** The target of the period's `yearIndex`-th year (0 = the first). */
  readonly target: (yearIndex: number) => string;
  readonly realisasi: (quarterIndex: number) => { value: string; numerator: string | null; denominator: string | null };
  readonly obstacle: string | null;
  readonly remedy: string | null;
  /** The DPA line tagged to the indicator: sub-kegiatan code, description, pagu and the share spent each month. */
  readonly budget?: { readonly code: string; readonly description: string; readonly pagu: string; readonly monthlyShare: string };
}

/** An OPD's Renstra in the sample. */
export interface SampleOpdPlan {
  readonly unitCode: string;
  readonly servesRpjmdSasaran: string;
  readonly tujuan: string;
  readonly sasaran: string;
  readonly indicators: readonly SampleIndicator[];
}

/** A target that moves by `step` a year from `first` (in the period's first year). */
const stepping = (first: string, step: string) => (yearIndex: number) =>
  new Decimal(first).plus(new Decimal(step).times(yearIndex)).toFixed();

/** Values per quarter (the last one repeats if a year has more ended quarters than listed). */
const quarterly = (values: readonly string[]) => (i: number) => ({
  value: values[Math.min(i, values.length - 1)] as string,
  numerator: null,
  denominator: null,
});

const manual = (fields: Record<string, unknown>) => ({ unitOfMeasure: '%', isIku: true, ...fields });

/** RPJMD sasaran of misi 2 (tata kelola) with their yearly indicators. */
export const SAMPLE_RPJMD_SASARAN = [
  {
    tujuanCode: 'T2.1',
    tujuan: 'Meningkatkan kualitas tata kelola pemerintahan',
    code: 'S2.1',
    title: 'Meningkatnya kualitas tata kelola pemerintahan berbasis elektronik',
    indicator: {
      fields: manual({
        code: 'IKU-S2.1',
        name: 'Indeks SPBE',
        unitOfMeasure: 'indeks',
        polarity: 'maximize',
        aggregation: 'last',
        frequency: 'yearly',
      }),
      target: stepping('2.8', '0.2'),
      realisasi: quarterly(['3.02']),
      obstacle: null,
      remedy: null,
    },
  },
  {
    tujuanCode: 'T2.2',
    tujuan: 'Meningkatkan derajat kesehatan masyarakat',
    code: 'S2.2',
    title: 'Menurunnya prevalensi stunting',
    indicator: {
      fields: manual({
        code: 'IKU-S2.2',
        name: 'Prevalensi stunting',
        polarity: 'minimize',
        aggregation: 'last',
        frequency: 'yearly',
      }),
      target: stepping('20', '-1.5'),
      realisasi: quarterly(['19.4']),
      obstacle: null,
      remedy: null,
    },
  },
] as const;

/** Two OPD Renstra, each with a tujuan and a sasaran serving an RPJMD sasaran, and quarterly indicators. */
export const SAMPLE_OPD_PLANS = [
  {
    unitCode: 'DISKOMINFO',
    servesRpjmdSasaran: 'S2.1',
    tujuan: 'Meningkatkan layanan pemerintahan digital',
    sasaran: 'Meningkatnya layanan publik yang terintegrasi secara elektronik',
    indicators: [
      {
        fields: manual({
          code: 'KOM-1',
          name: 'Persentase perangkat daerah terhubung jaringan intra pemerintah',
          polarity: 'maximize',
          aggregation: 'last',
          frequency: 'quarterly',
        }),
        target: stepping('85', '5'),
        realisasi: quarterly(['62', '71', '80', '86']),
        budget: {
          code: '2.16.02.1.02.0001',
          description: 'Pengelolaan jaringan intra pemerintah',
          pagu: '850000000',
          monthlyShare: '0.075',
        },
        obstacle: 'Tiga kecamatan belum terjangkau serat optik.',
        remedy: 'Sewa jaringan radio sementara sambil menunggu pembangunan serat optik.',
      },
      {
        fields: manual({
          code: 'KOM-2',
          name: 'Jumlah layanan publik terintegrasi aplikasi',
          unitOfMeasure: 'layanan',
          isIku: false,
          polarity: 'maximize',
          aggregation: 'cumulative',
          frequency: 'quarterly',
        }),
        target: stepping('30', '10'),
        realisasi: quarterly(['8', '9', '7', '10']),
        budget: {
          code: '2.16.03.1.01.0002',
          description: 'Integrasi layanan publik berbasis elektronik',
          pagu: '420000000',
          monthlyShare: '0.04',
        },
        obstacle: 'Integrasi data kependudukan menunggu perjanjian kerja sama dengan Dukcapil.',
        remedy: 'PKS dijadwalkan ditandatangani pada triwulan berikut.',
      },
    ],
  },
  {
    unitCode: 'DINKES',
    servesRpjmdSasaran: 'S2.2',
    tujuan: 'Meningkatkan derajat kesehatan masyarakat',
    sasaran: 'Menurunnya prevalensi stunting balita',
    indicators: [
      {
        fields: manual({
          code: 'KES-1',
          name: 'Prevalensi stunting balita',
          polarity: 'minimize',
          aggregation: 'last',
          frequency: 'quarterly',
        }),
        target: stepping('19.5', '-1.5'),
        realisasi: quarterly(['21.6', '20.1', '19.2', '18.4']),
        budget: {
          code: '1.02.02.1.02.0025',
          description: 'Pengelolaan pelayanan kesehatan gizi masyarakat',
          pagu: '1200000000',
          monthlyShare: '0.08',
        },
        obstacle: 'Pendataan balita di posyandu belum lengkap.',
        remedy: 'Pendampingan kader posyandu oleh puskesmas.',
      },
      {
        fields: manual({
          code: 'KES-2',
          name: 'Cakupan balita ditimbang di posyandu',
          isIku: false,
          polarity: 'maximize',
          aggregation: 'average',
          frequency: 'quarterly',
        }),
        target: stepping('80', '5'),
        realisasi: quarterly(['78', '81', '84', '86']),
        obstacle: null,
        remedy: null,
      },
    ],
  },
] as const satisfies readonly SampleOpdPlan[];

/** Activates a draft period (compare-and-set on its current version). */
export async function activatePeriodOf(planner: RequestContext, periodId: string): Promise<void> {
  const period = await getPeriod(planner, periodId);
  await activatePeriod(planner, periodId, period.version);
}
