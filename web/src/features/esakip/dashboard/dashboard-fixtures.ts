/** Dashboard answers for the component tests (shapes of dashboard.contract.ts; values chosen per test). */
import type {
  DashboardIndicatorRowView,
  IndicatorDashboardView,
  RegencyDashboardView,
  UnitDashboardView,
} from './dashboard.api.ts';

/** The default band table of a tenant. */
export const BANDS = [
  { code: 'merah', label: 'Merah (< 70)', color: '#c92a2a', min: null, max: '70' },
  { code: 'kuning', label: 'Kuning (70–90)', color: '#e67700', min: '70', max: '90' },
  { code: 'hijau', label: 'Hijau (≥ 90)', color: '#2b8a3e', min: '90', max: null },
];
const RULES = { year: 2026, bands: BANDS, earlyWarningBelow: '85' };
const NO_BUDGET = { lines: 0, pagu: '0', realisasi: '0', serapan: null };

/** A summary with the given counts and mean (no budget unless given). */
export function summary(fields: Partial<RegencyDashboardView['regency']> = {}): RegencyDashboardView['regency'] {
  return {
    indicators: 3,
    computed: 2,
    notComputable: 1,
    noData: 0,
    meanCapaian: '80.5',
    band: 'kuning',
    bandCounts: BANDS.map((b) => ({ code: b.code, count: b.code === 'merah' ? 0 : 1 })),
    unbanded: 0,
    periods: [{ period: 'Q2', count: 2 }],
    budget: NO_BUDGET,
    efficiency: null,
    earlyWarnings: 0,
    ...fields,
  };
}

/** The regency view with DISKOMINFO (u-kom) and DINKES (u-kes). */
export const REGENCY: RegencyDashboardView = {
  ...RULES,
  regency: summary({ indicators: 5, computed: 4, meanCapaian: '84.38', earlyWarnings: 3 }),
  units: [
    {
      ...summary({ meanCapaian: '74.45', band: 'kuning', earlyWarnings: 1 }),
      unitId: 'u-kom',
      code: 'DISKOMINFO',
      name: 'Dinas Kominfo',
    },
    {
      ...summary({ indicators: 2, notComputable: 0, meanCapaian: '94.31', band: 'hijau', earlyWarnings: 2 }),
      unitId: 'u-kes',
      code: 'DINKES',
      name: 'Dinas Kesehatan',
    },
  ],
  unassignedIndicators: 0,
};

const quarters = (values: (string | null)[]) =>
  values.map((value, i) => ({ quarter: `Q${i + 1}` as 'Q1', period: value === null ? null : `Q${i + 1}`, value, band: null }));

/** An indicator row of the OPD view. */
export function indicatorRow(
  id: string,
  code: string,
  name: string,
  fields: Partial<DashboardIndicatorRowView> = {},
): DashboardIndicatorRowView {
  return {
    ...{ indicatorId: id, code, name, isIku: true, unitOfMeasure: '%', polarity: 'maximize' },
    ...{ aggregation: 'last', frequency: 'quarterly', budget: NO_BUDGET, efficiency: null },
    shown: { period: 'Q2', state: 'computed', value: '80', band: 'kuning', reason: null, reasonMessage: null },
    quarters: quarters(['70', '80', null, null]),
    projection: { state: 'not_computable', reason: 'no_annual_target', message: 'Belum ada target tahunan.' },
    ...fields,
  };
}

const projected = (capaian: string, warning: boolean) => ({
  state: 'projected' as const,
  ...{ method: 'linear_trend_last', periodsObserved: 2, periodsPerYear: 4, projectedRealisasi: capaian },
  ...{ capaian, band: warning ? 'merah' : 'hijau', warning },
});

/** DISKOMINFO: KOM-1 rising (no warning), KOM-2 falling (warning), KOM-3 not computable with budget tagged. */
export const KOMINFO: UnitDashboardView = {
  ...RULES,
  unit: REGENCY.units[0] as UnitDashboardView['unit'],
  earlyWarnings: 1,
  indicators: [
    indicatorRow('i-1', 'KOM-1', 'Perangkat daerah terhubung', {
      shown: { period: 'Q2', state: 'computed', value: '91.5', band: 'hijau', reason: null, reasonMessage: null },
      quarters: quarters(['80', '91.5', null, null]),
      projection: projected('98.89', false),
    }),
    indicatorRow('i-2', 'KOM-2', 'Layanan publik daring', {
      shown: { period: 'Q2', state: 'computed', value: '62', band: 'merah', reason: null, reasonMessage: null },
      quarters: quarters(['75', '62', null, null]),
      projection: projected('36.5', true),
      budget: { lines: 1, pagu: '1000000', realisasi: '300000', serapan: '30.00' },
      efficiency: { status: 'tidak_efisien', delta: '32.00' },
    }),
    indicatorRow('i-3', 'KOM-3', 'Indeks keamanan informasi', {
      shown: {
        period: 'Y',
        state: 'not_computable',
        value: null,
        band: null,
        reason: 'target_zero_ratio',
        reasonMessage: 'Target nol.',
      },
      quarters: quarters([null, null, null, null]),
    }),
  ],
};

/** The indicator view of KOM-2: three stored results (one not computable), a target and realisasi. */
export const KOM2: IndicatorDashboardView = {
  ...RULES,
  indicator: {
    ...{ indicatorId: 'i-2', code: 'KOM-2', name: 'Layanan publik daring', isIku: true, unitOfMeasure: '%' },
    ...{ polarity: 'maximize', aggregation: 'last', frequency: 'quarterly', unitId: 'u-kom', unitName: 'Dinas Kominfo' },
  },
  results: [
    result('Q1', { value: '75', band: 'kuning' }),
    result('Q2', { value: '62', band: 'merah' }),
    result('Y', { state: 'not_computable', reason: 'missing_realisasi', reasonMessage: 'Realisasi tahunan belum ada.' }),
  ],
  targets: [{ period: null, kind: 'number', value: '100', min: null, max: null, text: null }],
  realisasi: [
    { period: 'Q1', value: '75', numerator: null, denominator: null, status: 'verified' },
    { period: 'Q3', value: '500', numerator: null, denominator: null, status: 'draft' },
  ],
  projection: projected('36.5', true),
};

function result(
  period: string,
  fields: Partial<IndicatorDashboardView['results'][number]>,
): IndicatorDashboardView['results'][number] {
  return {
    ...{ period, state: 'computed', value: null, raw: null, band: null, formula: 'R/T', realisasi: null, targetUsed: '100' },
    ...{ reason: null, reasonMessage: null, engineVersion: 'capaian-1.0.0', settingsHash: 'abcdef0123456789' },
    ...{ computedAt: '2026-07-01T03:00:00.000Z', current: true },
    ...fields,
  };
}
