import { describe, expect, it } from 'vitest';
import { formatRupiah } from './rupiah.ts';

describe('formatRupiah', () => {
  it.each([
    ['0', 'Rp0,00'],
    ['999', 'Rp999,00'],
    ['1000', 'Rp1.000,00'],
    ['1250000000', 'Rp1.250.000.000,00'],
    ['1500000.5', 'Rp1.500.000,50'],
    ['0.3', 'Rp0,30'],
    ['123456789012345.67', 'Rp123.456.789.012.345,67'],
    ['10.005', 'Rp10,01'],
    ['-2500', '-Rp2.500,00'],
  ])('%s → %s', (amount, printed) => {
    expect(formatRupiah(amount)).toBe(printed);
  });

  it('keeps every digit of an amount a float would round (9007199254740993)', () => {
    expect(formatRupiah('9007199254740993')).toBe('Rp9.007.199.254.740.993,00');
  });
});
