import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { NOT_COMPUTABLE_MESSAGES } from './capaian.messages.ts';
import type {
  Aggregation,
  CapaianIndicator,
  CapaianResult,
  CapaianSettings,
  CapaianTarget,
  PeriodRealisasi,
  Polarity,
} from './capaian.types.ts';
import { ENGINE_VERSION } from './capaian.types.ts';
import { capaianOfValue, computeCapaian } from './compute-capaian.ts';

const bands = [
  { code: 'merah', label: 'Merah', max: '70', color: '#d32f2f' },
  { code: 'kuning', label: 'Kuning', min: '70', max: '90', color: '#fbc02d' },
  { code: 'hijau', label: 'Hijau', min: '90', color: '#388e3c' },
];
const plain: CapaianSettings = { minimizeFormula: 'inverse_difference', cap: null, floor: null, bands };
const ratioMinimize: CapaianSettings = { ...plain, minimizeFormula: 'ratio' };
const flooredAtZero: CapaianSettings = { ...plain, floor: '0' };

const num = (value: string): CapaianTarget => ({ kind: 'number', value });
const range = (min: string, max: string): CapaianTarget => ({ kind: 'range', min, max });
const one = (value: string | null): { periods: PeriodRealisasi[] } => ({ periods: [{ period: 'Y', value }] });
const ind = (polarity: Polarity, aggregation: Aggregation = 'last'): CapaianIndicator => ({ polarity, aggregation });

/** The shown value of a computed result; fails the test with the reason otherwise. */
function shownValue(result: CapaianResult): string {
  if (result.state !== 'computed') throw new Error(`not computed: ${result.reason}`);
  return result.value;
}

/** The reason of a not-computable result; fails the test otherwise. */
function reasonOf(result: CapaianResult): string {
  if (result.state !== 'not_computable') throw new Error(`computed: ${result.value}`);
  return result.reason;
}

describe('worked examples of the domain notes (§3.1)', () => {
  it('§3.1 positive: desa Maju+Mandiri T = 40 %, R = 46 % → 115.00', () => {
    expect(shownValue(computeCapaian(ind('maximize'), num('40'), one('46'), plain))).toBe('115.00');
  });

  it('§3.1 stunting better than target T = 18, R = 16.2 → variant 1 110.00, variant 2 111.11', () => {
    expect(shownValue(computeCapaian(ind('minimize'), num('18'), one('16.2'), plain))).toBe('110.00');
    expect(shownValue(computeCapaian(ind('minimize'), num('18'), one('16.2'), ratioMinimize))).toBe('111.11');
  });

  it('§3.1 stunting worse than target R = 21.6 → variant 1 80.00, variant 2 83.33', () => {
    expect(shownValue(computeCapaian(ind('minimize'), num('18'), one('21.6'), plain))).toBe('80.00');
    expect(shownValue(computeCapaian(ind('minimize'), num('18'), one('21.6'), ratioMinimize))).toBe('83.33');
  });

  it('§3.1 R ≥ 2T under variant 1 gives ≤ 0, clamped to the floor 0', () => {
    expect(shownValue(computeCapaian(ind('minimize'), num('18'), one('36'), flooredAtZero))).toBe('0.00');
    const beyond = computeCapaian(ind('minimize'), num('18'), one('40'), flooredAtZero);
    expect(beyond).toMatchObject({ state: 'computed', value: '0.00', floored: true, capped: false });
    expect(shownValue(computeCapaian(ind('minimize'), num('18'), one('40'), plain))).toBe('-22.22');
  });

  it('§3.1 range lower-is-better 7–8 months: R = 6.5 → 107.14, R = 9 → 87.50 (SMK)', () => {
    expect(shownValue(computeCapaian(ind('minimize'), range('7', '8'), one('6.5'), plain))).toBe('107.14');
    expect(shownValue(computeCapaian(ind('minimize'), range('7', '8'), one('9'), plain))).toBe('87.50');
  });

  it('§3.1 range positive 80–90 %, R = 70 → 70/80 = 87.50', () => {
    expect(shownValue(computeCapaian(ind('maximize'), range('80', '90'), one('70'), plain))).toBe('87.50');
  });

  it('§3.1 stabilize inflation 2–4 %: R = 5 → 80.00 (T/R, Sumedang) or 75.00 (SMK); R = 1.5 → 75.00', () => {
    expect(shownValue(computeCapaian(ind('stabilize'), range('2', '4'), one('5'), ratioMinimize))).toBe('80.00');
    expect(shownValue(computeCapaian(ind('stabilize'), range('2', '4'), one('5'), plain))).toBe('75.00');
    expect(shownValue(computeCapaian(ind('stabilize'), range('2', '4'), one('1.5'), ratioMinimize))).toBe('75.00');
  });

  it('§3.1/§5.1 Sukajaya poverty, cumulative quarters 8/12/15/16: TW II 20/25 = 80.00, year 51/64 = 79.69', () => {
    const periods = ['8', '12', '15', '16'].map((value, i) => ({ period: `2019-TW${i + 1}`, value }));
    const sukajaya = ind('maximize', 'cumulative');
    const tw2 = computeCapaian(sukajaya, num('25'), { periods, upTo: '2019-TW2' }, plain);
    expect(tw2).toMatchObject({ state: 'computed', value: '80.00', realisasi: '20', periodsUsed: ['2019-TW1', '2019-TW2'] });
    const year = computeCapaian(sukajaya, num('64'), { periods }, plain);
    expect(year).toMatchObject({ state: 'computed', value: '79.69', realisasi: '51', band: 'kuning' });
  });

  it('§3.1 nilai akhir: IKM T = 80, TW IV R = 82.5 → 103.1 at one decimal, 103.13 at two (half-up)', () => {
    const periods = [
      { period: 'TW1', value: '70' },
      { period: 'TW4', value: '82.5' },
    ];
    const ikm = ind('maximize', 'last');
    expect(shownValue(computeCapaian(ikm, num('80'), { periods }, { ...plain, roundingDecimals: 1 }))).toBe('103.1');
    expect(shownValue(computeCapaian(ikm, num('80'), { periods }, plain))).toBe('103.13');
  });
});

describe('every polarity × aggregation (Q1 30, Q2 60, Q3 36 → cumulative 126, last 36, average 42, manual 36)', () => {
  const periods = [
    { period: 'Q1', value: '30' },
    { period: 'Q2', value: '60' },
    { period: 'Q3', value: '36' },
  ];
  const rows: [Polarity, Aggregation, CapaianTarget, CapaianSettings, string][] = [
    ['maximize', 'cumulative', num('120'), plain, '105.00'],
    ['minimize', 'cumulative', num('120'), plain, '95.00'],
    ['minimize', 'cumulative', num('120'), ratioMinimize, '95.24'],
    ['stabilize', 'cumulative', num('120'), plain, '95.00'],
    ['range', 'cumulative', range('100', '110'), plain, '85.45'],
    ['maximize', 'last', num('40'), plain, '90.00'],
    ['minimize', 'last', num('40'), plain, '110.00'],
    ['stabilize', 'last', num('40'), plain, '90.00'],
    ['range', 'last', range('30', '40'), plain, '100.00'],
    ['maximize', 'average', num('40'), plain, '105.00'],
    ['minimize', 'average', num('40'), plain, '95.00'],
    ['stabilize', 'average', num('40'), ratioMinimize, '95.24'],
    ['range', 'average', range('45', '50'), plain, '93.33'],
    ['maximize', 'manual', num('40'), plain, '90.00'],
    ['minimize', 'manual', num('40'), ratioMinimize, '111.11'],
    ['stabilize', 'manual', num('40'), plain, '90.00'],
    ['range', 'manual', range('35', '37'), plain, '100.00'],
  ];
  it.each(rows)('%s × %s → %s', (polarity, aggregation, target, settings, expected) => {
    expect(shownValue(computeCapaian(ind(polarity, aggregation), target, { periods }, settings))).toBe(expected);
  });

  it('manual takes the assessed period as entered, not an aggregate of earlier ones', () => {
    const result = computeCapaian(ind('maximize', 'manual'), num('40'), { periods, upTo: 'Q2' }, plain);
    expect(result).toMatchObject({ value: '150.00', realisasi: '60', periodsUsed: ['Q2'] });
  });
});

describe('range targets', () => {
  it('inside the range (bounds included) the target is met: exactly 100.00 for every polarity', () => {
    for (const polarity of ['maximize', 'minimize', 'stabilize', 'range'] as const)
      for (const r of ['80', '85', '90'])
        expect(computeCapaian(ind(polarity), range('80', '90'), one(r), plain)).toMatchObject({
          value: '100.00',
          formula: 'within_range',
        });
  });

  it('above the range a maximize indicator is compared with the upper bound, a range indicator penalised', () => {
    expect(computeCapaian(ind('maximize'), range('80', '90'), one('99'), plain)).toMatchObject({
      value: '110.00',
      targetUsed: '90',
    });
    expect(shownValue(computeCapaian(ind('range'), range('80', '90'), one('99'), plain))).toBe('90.00');
    expect(shownValue(computeCapaian(ind('range'), range('80', '90'), one('72'), plain))).toBe('90.00');
  });

  it('a range with lower > upper, or a range polarity with a number target, is refused', () => {
    expect(reasonOf(computeCapaian(ind('maximize'), range('9', '8'), one('8'), plain))).toBe('invalid_range');
    expect(reasonOf(computeCapaian(ind('range'), num('8'), one('8'), plain))).toBe('target_shape_mismatch');
  });
});

describe('caps, floor and rounding', () => {
  it('caps at the configured maximum and says so; raw keeps the uncapped value', () => {
    const result = computeCapaian(ind('maximize'), num('40'), one('60'), { ...plain, cap: '120' });
    expect(result).toMatchObject({ state: 'computed', value: '120.00', raw: '150', capped: true, floored: false });
    expect(shownValue(computeCapaian(ind('maximize'), num('40'), one('60'), plain))).toBe('150.00');
  });

  it('rounds half-up: 1.005 → 1.01 and 2/3 → 66.67; 0 decimals → 67', () => {
    expect(shownValue(computeCapaian(ind('maximize'), num('100'), one('1.005'), plain))).toBe('1.01');
    expect(shownValue(computeCapaian(ind('maximize'), num('3'), one('2'), plain))).toBe('66.67');
    expect(shownValue(computeCapaian(ind('maximize'), num('3'), one('2'), { ...plain, roundingDecimals: 0 }))).toBe('67');
  });

  it('takes the band from the shown value: 89.996 shows 90.00 and is hijau', () => {
    expect(computeCapaian(ind('maximize'), num('100'), one('89.996'), plain)).toMatchObject({ value: '90.00', band: 'hijau' });
  });
});

describe('not computable, with a reason and never NaN', () => {
  it('target 0 cannot divide under any formula', () => {
    expect(reasonOf(computeCapaian(ind('maximize'), num('0'), one('5'), plain))).toBe('target_zero_ratio');
    expect(reasonOf(computeCapaian(ind('minimize'), num('0'), one('0'), plain))).toBe('target_zero_ratio');
    expect(reasonOf(computeCapaian(ind('minimize'), num('0'), one('3'), ratioMinimize))).toBe('target_zero_ratio');
  });

  it('T/R with realisasi 0 cannot divide; (2T − R)/T gives 200.00', () => {
    expect(reasonOf(computeCapaian(ind('minimize'), num('10'), one('0'), ratioMinimize))).toBe('realisasi_zero_ratio');
    expect(shownValue(computeCapaian(ind('minimize'), num('10'), one('0'), plain))).toBe('200.00');
  });

  it('missing realisasi: a missing quarter in a cumulative sum, an empty period, an empty list', () => {
    const gap = {
      periods: [
        { period: 'Q1', value: '5' },
        { period: 'Q2', value: null },
        { period: 'Q3', value: '5' },
      ],
    };
    const result = computeCapaian(ind('maximize', 'cumulative'), num('20'), gap, plain);
    expect(result).toMatchObject({ state: 'not_computable', reason: 'missing_realisasi', detail: { periods: ['Q2'] } });
    expect(reasonOf(computeCapaian(ind('maximize'), num('20'), one(null), plain))).toBe('missing_realisasi');
    expect(reasonOf(computeCapaian(ind('maximize'), num('20'), { periods: [] }, plain))).toBe('missing_realisasi');
  });

  it('text where a number is expected, in the target or the realisasi', () => {
    for (const bad of ['abc', '1e5', 'NaN', 'Infinity', '', '1,5', ' 5'])
      expect(reasonOf(computeCapaian(ind('maximize'), num('40'), one(bad), plain))).toBe('invalid_number');
    expect(reasonOf(computeCapaian(ind('maximize'), num('empat puluh'), one('4'), plain))).toBe('invalid_number');
  });

  it('negative realisasi is refused unless the unit allows it; a negative target is refused', () => {
    expect(reasonOf(computeCapaian(ind('maximize'), num('5'), one('-1'), plain))).toBe('negative_realisasi');
    const growth = { ...ind('maximize'), allowNegative: true };
    expect(shownValue(computeCapaian(growth, num('5'), one('-1'), plain))).toBe('-20.00');
    expect(shownValue(computeCapaian(growth, num('5'), one('-1'), flooredAtZero))).toBe('0.00');
    expect(reasonOf(computeCapaian(ind('maximize'), num('-5'), one('1'), plain))).toBe('target_negative');
  });

  it('a text target needs a manual capaian; one given is floored/capped and banded', () => {
    const text: CapaianTarget = { kind: 'text', text: 'Tersusunnya perda RTRW' };
    expect(reasonOf(computeCapaian(ind('maximize'), text, one('1'), plain))).toBe('text_target_manual');
    const typed = computeCapaian(ind('maximize'), text, { periods: [], manualCapaian: '130' }, { ...plain, cap: '120' });
    expect(typed).toMatchObject({ state: 'computed', value: '120.00', formula: 'manual', capped: true, band: 'hijau' });
    expect(reasonOf(computeCapaian(ind('maximize'), text, { periods: [], manualCapaian: 'baik' }, plain))).toBe('invalid_number');
  });

  it('invalid settings (cap below floor, a gap in the bands) give invalid_settings', () => {
    expect(reasonOf(computeCapaian(ind('maximize'), num('4'), one('4'), { ...plain, cap: '50', floor: '60' }))).toBe(
      'invalid_settings',
    );
    const gapBands = [bands[0], { ...bands[1], min: '71' }, bands[2]];
    expect(reasonOf(computeCapaian(ind('maximize'), num('4'), one('4'), { ...plain, bands: gapBands }))).toBe('invalid_settings');
  });

  it('every reason has an Indonesian and an English message, returned with the result', () => {
    for (const message of Object.values(NOT_COMPUTABLE_MESSAGES))
      expect(message.id && message.en && message.id !== message.en).toBeTruthy();
    const result = computeCapaian(ind('maximize'), num('0'), one('1'), plain);
    expect(result).toMatchObject({ message: NOT_COMPUTABLE_MESSAGES.target_zero_ratio, engineVersion: ENGINE_VERSION });
  });
});

describe('provenance: engine version and settings', () => {
  it('records the engine version, the normalised settings and the SHA-256 of their JSON', () => {
    const result = computeCapaian(ind('maximize'), num('40'), one('46'), { ...plain, cap: '120.0' });
    if (result.state !== 'computed') throw new Error(result.reason);
    expect(result.engineVersion).toBe(ENGINE_VERSION);
    expect(result.settings).toMatchObject({ engineVersion: ENGINE_VERSION, cap: '120', floor: null, roundingDecimals: 2 });
    expect(result.settingsHash).toBe(createHash('sha256').update(JSON.stringify(result.settings)).digest('hex'));
  });

  it('equal settings written differently hash alike; a different formula hashes differently', () => {
    const hash = (settings: CapaianSettings) => {
      const result = computeCapaian(ind('maximize'), num('40'), one('46'), settings);
      return result.state === 'computed' ? result.settingsHash : result.reason;
    };
    expect(hash({ ...plain, cap: '120.00' })).toBe(hash({ ...plain, cap: '120' }));
    expect(hash(ratioMinimize)).not.toBe(hash(plain));
  });

  it('capaianOfValue computes one already-aggregated value', () => {
    expect(shownValue(capaianOfValue(ind('maximize', 'cumulative'), num('64'), '51', plain))).toBe('79.69');
    expect(reasonOf(capaianOfValue(ind('maximize'), num('64'), 'lima', plain))).toBe('invalid_number');
  });
});
