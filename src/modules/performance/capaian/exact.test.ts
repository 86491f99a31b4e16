import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, parseDecimal } from './decimal.ts';
import { Exact } from './exact.ts';

/** Plain decimals from short (capaian inputs) to 30 + 20 digits, with both signs and zeros. */
const decimalText = fc.oneof(
  fc.tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.integer({ min: 0, max: 2 })).map(([n, places]) => {
    const digits = String(Math.abs(n)).padStart(places + 1, '0');
    const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
    return n < 0 ? `-${text}` : text;
  }),
  fc
    .tuple(fc.boolean(), fc.stringMatching(/^[0-9]{1,30}$/), fc.option(fc.stringMatching(/^[0-9]{1,20}$/), { nil: undefined }))
    .map(([negative, whole, fraction]) => `${negative ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`),
);

const exact = (text: string) => Exact.parse(text) as Exact;
const runs = { numRuns: 3000 };

describe('Exact against decimal.js (precision 40, half-up)', () => {
  it('refuses exactly what parseDecimal refuses (any text, and decimals with one character changed)', () => {
    const edited = fc
      .tuple(decimalText, fc.nat(), fc.constantFrom('', '-', '.', 'e', ' ', '0', '٣', ',', '+'))
      .map(([text, at, insert]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + insert + text.slice(i + 1);
      });
    const texts = fc.oneof(
      fc.string({ maxLength: 60 }),
      edited,
      fc.constantFrom(
        ...['', '-', '1.', '.5', '-0', '1e3', '0x10'],
        ...['9'.repeat(30), '9'.repeat(31), `-${'9'.repeat(31)}`, `0.${'5'.repeat(20)}`, `0.${'5'.repeat(21)}`],
      ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const reference = parseDecimal(text);
        expect(Exact.parse(text)?.toFixed() ?? null).toBe(reference ? reference.toFixed() : null);
      }),
      runs,
    );
  });

  it('parses and prints plain decimals as decimal.js does', () => {
    fc.assert(
      fc.property(decimalText, (text) => {
        expect(exact(text).toFixed()).toBe(new Dec(text).toFixed());
      }),
      runs,
    );
  });

  it('adds, subtracts and multiplies with the same rounding', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        expect(exact(a).plus(exact(b)).toFixed()).toBe(new Dec(a).plus(b).toFixed());
        expect(exact(a).minus(exact(b)).toFixed()).toBe(new Dec(a).minus(b).toFixed());
        expect(exact(a).times(exact(b)).toFixed()).toBe(new Dec(a).times(b).toFixed());
      }),
      runs,
    );
  });

  it('divides with the same 40 significant digits (correctly rounded)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, (a, b) => {
        fc.pre(!new Dec(b).isZero());
        expect(exact(a).div(exact(b)).toFixed()).toBe(new Dec(a).div(b).toFixed());
      }),
      runs,
    );
  });

  it('chains operations as the engine does: mean, ratio, percent', () => {
    fc.assert(
      fc.property(fc.array(decimalText, { minLength: 1, maxLength: 12 }), decimalText, (values, target) => {
        fc.pre(!new Dec(target).isZero());
        const mean = values.reduce((sum, v) => sum.plus(exact(v)), Exact.int(0)).div(Exact.int(values.length));
        const reference = values.reduce((sum, v) => sum.plus(v), new Dec(0)).div(values.length);
        expect(mean.toFixed()).toBe(reference.toFixed());
        const percent = mean.div(exact(target)).times(Exact.int(100));
        expect(percent.toFixed()).toBe(reference.div(target).times(100).toFixed());
      }),
      runs,
    );
  });

  it('compares and rounds to decimal places as decimal.js does', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.integer({ min: 0, max: 6 }), (a, b, places) => {
        expect(exact(a).cmp(exact(b))).toBe(new Dec(a).comparedTo(b));
        const rounded = new Dec(a).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
        expect(exact(a).toDecimalPlaces(places).toFixed(places)).toBe((rounded.isZero() ? new Dec(0) : rounded).toFixed(places));
      }),
      runs,
    );
  });

  it('rounds 40-digit quotients to decimal places as decimal.js does (the path through the nearest double)', () => {
    fc.assert(
      fc.property(decimalText, decimalText, fc.integer({ min: 0, max: 6 }), (a, b, places) => {
        fc.pre(!new Dec(b).isZero());
        const percent = exact(a).div(exact(b)).times(Exact.int(100));
        const rounded = new Dec(a).div(b).times(100).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
        expect(percent.toDecimalPlaces(places).toFixed(places)).toBe((rounded.isZero() ? new Dec(0) : rounded).toFixed(places));
      }),
      runs,
    );
  });

  it('rounds values at, just below and just above a half or a whole as decimal.js does', () => {
    // m × 10^-(26 + places): up to 13 + 26 digits, so the value is exact in both arithmetics.
    const nudges = [0n, 1n, -1n, 10n ** 6n, -(10n ** 6n), 10n ** 11n, -(10n ** 11n), 10n ** 13n, -(10n ** 13n)];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.constantFrom(0n, 5n * 10n ** 25n),
        fc.constantFrom(...nudges),
        fc.integer({ min: 0, max: 4 }),
        fc.boolean(),
        (whole, half, nudge, places, negative) => {
          const m = (BigInt(whole) * 10n ** 26n + half + nudge) * (negative ? -1n : 1n);
          const reference = new Dec(m.toString()).times(new Dec(10).pow(-26 - places)).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
          const rounded = Exact.of(m, -26 - places).toDecimalPlaces(places);
          expect(rounded.toFixed(places)).toBe((reference.isZero() ? new Dec(0) : reference).toFixed(places));
        },
      ),
      runs,
    );
  });

  it('rounds ties away from zero at the 40th digit', () => {
    const third = exact('2').div(exact('3'));
    expect(third.toFixed()).toBe(`0.${'6'.repeat(39)}7`);
    expect(exact('-2').div(exact('3')).toFixed()).toBe(`-0.${'6'.repeat(39)}7`);
    expect(exact('1').plus(Exact.of(5n, -40)).toFixed()).toBe(`1.${'0'.repeat(38)}1`);
    expect(exact('1').plus(Exact.of(49n, -41)).toFixed()).toBe('1');
    expect(exact('0.125').toDecimalPlaces(2).toFixed(2)).toBe('0.13');
    expect(exact('-0.125').toDecimalPlaces(2).toFixed(2)).toBe('-0.13');
  });

  it('refuses what parseDecimal refuses', () => {
    for (const text of ['', '1e5', 'NaN', '1,5', ' 1', '.5', '1.']) expect(Exact.parse(text)).toBeNull();
  });
});
