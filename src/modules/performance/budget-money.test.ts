import { describe, expect, it } from 'vitest';
import { moneyText, parseMoney, sumMoney } from './budget-money.ts';

describe('parseMoney', () => {
  it('takes text and Excel numbers to canonical decimal text', () => {
    expect(parseMoney('1500000')).toEqual({ ok: true, value: '1500000' });
    expect(parseMoney(' 1500000.50 ')).toEqual({ ok: true, value: '1500000.5' });
    expect(parseMoney(0.1)).toEqual({ ok: true, value: '0.1' });
    expect(parseMoney(250000000)).toEqual({ ok: true, value: '250000000' });
  });

  it('refuses text, separators, negatives and sub-cent amounts', () => {
    expect(parseMoney('satu juta')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseMoney('1.500.000')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseMoney('1,5')).toEqual({ ok: false, problem: 'notNumber' });
    expect(parseMoney('-100')).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoney(-5)).toEqual({ ok: false, problem: 'negative' });
    expect(parseMoney('1.005')).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseMoney(0.1 + 0.2)).toEqual({ ok: false, problem: 'tooManyDecimals' });
    expect(parseMoney(Number.NaN)).toEqual({ ok: false, problem: 'notNumber' });
  });
});

describe('sumMoney', () => {
  it('adds exactly (0.1 + 0.2 = 0.3) and skips nulls', () => {
    expect(moneyText(sumMoney(['0.1', '0.2', null]))).toBe('0.3');
    expect(moneyText(sumMoney(['999999999999999999.99', '0.01']))).toBe('1000000000000000000');
    expect(moneyText(sumMoney([]))).toBe('0');
  });
});
