import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NOT_COMPUTABLE_MESSAGES } from './capaian.messages.ts';
import type { Aggregation, CapaianResult, CapaianSettings, CapaianTarget, MinimizeFormula, Polarity } from './capaian.types.ts';
import { computeCapaian, computeCapaianIn } from './compute-capaian.ts';
import { Dec } from './decimal.ts';
import { DECIMAL_KIT } from './numeric.ts';

const bands = [
  { code: 'merah', label: 'Merah', max: '70', color: '#d32f2f' },
  { code: 'hijau', label: 'Hijau', min: '70', color: '#388e3c' },
];
const settingsFor = (
  minimizeFormula: MinimizeFormula,
  cap: string | null = null,
  floor: string | null = null,
): CapaianSettings => ({
  minimizeFormula,
  cap,
  floor,
  bands,
});
const runs = { numRuns: 200 };

/** A non-negative decimal string with two decimals, e.g. 12345 → '123.45'. */
const hundredths = (n: number) => `${Math.trunc(n / 100)}.${String(n % 100).padStart(2, '0')}`;
const amount = fc.integer({ min: 0, max: 10_000_000 }).map(hundredths);
const positive = fc.integer({ min: 1, max: 10_000_000 }).map(hundredths);
const formula = fc.constantFrom<MinimizeFormula>('inverse_difference', 'ratio');

/** The unrounded capaian of one value; throws when not computed, so a property fails loudly. */
function raw(polarity: Polarity, target: string, realisasi: string, settings: CapaianSettings) {
  const result = computeCapaian(
    { polarity, aggregation: 'last' },
    { kind: 'number', value: target },
    { periods: [{ period: 'Y', value: realisasi }] },
    settings,
  );
  if (result.state !== 'computed') throw new Error(result.reason);
  return new Dec(result.raw);
}

describe('capaian properties (fast-check)', () => {
  it('maximize: more realisasi never lowers capaian (raw and shown, with a cap)', () => {
    fc.assert(
      fc.property(positive, amount, amount, (t, a, b) => {
        const [low, high] = new Dec(a).lte(b) ? [a, b] : [b, a];
        expect(raw('maximize', t, low, settingsFor('ratio')).lte(raw('maximize', t, high, settingsFor('ratio')))).toBe(true);
        const capped = settingsFor('ratio', '120', '0');
        const shown = (r: string) => {
          const result = computeCapaian(
            { polarity: 'maximize', aggregation: 'last' },
            { kind: 'number', value: t },
            { periods: [{ period: 'Y', value: r }] },
            capped,
          );
          return result.state === 'computed' ? new Dec(result.value) : new Dec(-1);
        };
        expect(shown(low).lte(shown(high))).toBe(true);
      }),
      runs,
    );
  });

  it('minimize: more realisasi never raises capaian, under both formulas', () => {
    fc.assert(
      fc.property(positive, positive, positive, formula, (t, a, b, f) => {
        const [low, high] = new Dec(a).lte(b) ? [a, b] : [b, a];
        expect(raw('minimize', t, low, settingsFor(f)).gte(raw('minimize', t, high, settingsFor(f)))).toBe(true);
      }),
      runs,
    );
  });

  it('stabilize: at most 100 %, and exactly 100 % only when R = T', () => {
    fc.assert(
      fc.property(positive, positive, formula, (t, r, f) => {
        const value = raw('stabilize', t, r, settingsFor(f));
        expect(value.lte(100)).toBe(true);
        expect(value.eq(100)).toBe(new Dec(t).eq(r));
      }),
      runs,
    );
  });

  it('shown capaian lies within [floor, cap] and is a plain decimal with the tenant’s decimals', () => {
    fc.assert(
      fc.property(fc.constantFrom<Polarity>('maximize', 'minimize', 'stabilize'), positive, amount, formula, (p, t, r, f) => {
        const result = computeCapaian(
          { polarity: p, aggregation: 'last' },
          { kind: 'number', value: t },
          { periods: [{ period: 'Y', value: r }] },
          settingsFor(f, '120', '0'),
        );
        if (result.state !== 'computed') {
          expect(result.reason).toBe('realisasi_zero_ratio');
          return;
        }
        expect(result.value).toMatch(/^\d+\.\d{2}$/);
        expect(new Dec(result.value).gte(0) && new Dec(result.value).lte(120)).toBe(true);
      }),
      runs,
    );
  });

  it('never throws, never NaN or Infinity: any input gives a decimal or a known reason', () => {
    const text = fc.oneof(amount, fc.string({ maxLength: 8 }), fc.constantFrom('0', '-1', 'NaN', 'Infinity', '1e400', '-0'));
    const target: fc.Arbitrary<CapaianTarget> = fc.oneof(
      text.map((value) => ({ kind: 'number', value }) as const),
      fc.tuple(text, text).map(([min, max]) => ({ kind: 'range', min, max }) as const),
      fc.constant({ kind: 'text' } as const),
    );
    const periods = fc.array(fc.record({ period: fc.constantFrom('Q1', 'Q2', 'Q3'), value: fc.option(text) }), { maxLength: 4 });
    fc.assert(
      fc.property(
        fc.constantFrom<Polarity>('maximize', 'minimize', 'stabilize', 'range'),
        fc.constantFrom<Aggregation>('cumulative', 'last', 'average', 'manual'),
        target,
        periods,
        formula,
        fc.boolean(),
        (polarity, aggregation, t, rows, f, allowNegative) => {
          const result: CapaianResult = computeCapaian(
            { polarity, aggregation, allowNegative },
            t,
            { periods: rows },
            settingsFor(f, null, null),
          );
          if (result.state === 'computed') {
            expect(result.value).toMatch(/^-?\d+\.\d{2}$/);
            expect(result.raw).toMatch(/^-?\d+(\.\d+)?$/);
          } else expect(Object.keys(NOT_COMPUTABLE_MESSAGES)).toContain(result.reason);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('computes in Exact exactly what the same engine computes in decimal.js, the reference, for any input and settings', () => {
    const digits = fc.oneof(
      amount,
      fc.bigInt({ min: -(10n ** 30n) + 1n, max: 10n ** 30n - 1n }).map(String),
      fc.tuple(fc.integer({ min: 0, max: 9_999 }), fc.stringMatching(/^\d{1,20}$/)).map(([w, f]) => `${w}.${f}`),
      fc.constantFrom('0', '-0', '-1.5', '3', '7', '1e3', ' 1', ''),
    );
    const target: fc.Arbitrary<CapaianTarget> = fc.oneof(
      digits.map((value) => ({ kind: 'number', value }) as const),
      fc.tuple(digits, digits).map(([min, max]) => ({ kind: 'range', min, max }) as const),
      fc.constant({ kind: 'text' } as const),
    );
    const period = fc.record({
      period: fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4'),
      value: fc.option(digits),
      numerator: fc.option(digits),
      denominator: fc.option(digits),
    });
    const settings = fc.record({
      minimizeFormula: formula,
      cap: fc.option(fc.constantFrom('120', '100.5', '150')),
      floor: fc.option(fc.constantFrom('0', '10.25')),
      roundingDecimals: fc.integer({ min: 0, max: 4 }),
      bands: fc.constant(bands),
      bandBoundary: fc.constantFrom('min_inclusive' as const, 'max_inclusive' as const),
    });
    fc.assert(
      fc.property(
        fc.record({
          polarity: fc.constantFrom<Polarity>('maximize', 'minimize', 'stabilize', 'range'),
          aggregation: fc.constantFrom<Aggregation>('cumulative', 'last', 'average', 'manual'),
          allowNegative: fc.boolean(),
          ratioMultiplier: fc.constantFrom('100', '1', '1000'),
        }),
        target,
        fc.record({ periods: fc.array(period, { maxLength: 4 }), manualCapaian: fc.option(digits) }),
        settings,
        (indicator, t, realisasi, s) => {
          expect(computeCapaian(indicator, t, realisasi, s)).toEqual(computeCapaianIn(DECIMAL_KIT, indicator, t, realisasi, s));
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
