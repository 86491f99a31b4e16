import { describe, expect, it } from 'vitest';
import { formatRupiah, isMoneyText, periodLabel, sumRupiah, targetLabel } from './agreement-format.ts';

describe('rupiah', () => {
  it.each([
    ['1575000000.5', 'id-ID', 'Rp1.575.000.000,50'],
    ['75000000', 'id-ID', 'Rp75.000.000,00'],
    ['0.05', 'id-ID', 'Rp0,05'],
    ['1575000000.5', 'en-GB', 'Rp1,575,000,000.50'],
    ['999999999999999999.99', 'id-ID', 'Rp999.999.999.999.999.999,99'],
  ])('%s in %s is %s', (text, locale, expected) => {
    expect(formatRupiah(text, locale)).toBe(expected);
  });

  it('sums exactly in cents and accepts only what the API accepts', () => {
    expect(sumRupiah(['0.1', '0.2', null, '15000000.5'])).toBe('15000000.8');
    expect(sumRupiah(['999999999999999999.99', '0.01'])).toBe('1000000000000000000');
    expect(isMoneyText('1500000.50')).toBe(true);
    expect(isMoneyText('1.500.000')).toBe(false);
  });
});

describe('targets and periods', () => {
  it('reads a number, range or text target', () => {
    const item = (target: object) => ({
      unitOfMeasure: 'persen',
      target: { kind: null, value: null, min: null, max: null, text: null, ...target },
    });
    expect(targetLabel(item({ kind: 'number', value: '3.75' }) as never, 'id-ID')).toBe('3,75 persen');
    expect(targetLabel(item({ kind: 'range', min: '70', max: '80' }) as never, 'id-ID')).toBe('70–80 persen');
    expect(targetLabel(item({ kind: 'text', text: 'Informatif' }) as never, 'id-ID')).toBe('Informatif');
    expect(targetLabel(item({}) as never, 'id-ID')).toBe('');
  });

  it('names quarters and months', () => {
    expect(periodLabel('Q3', 'id-ID', 'Triwulan')).toBe('Triwulan III');
    expect(periodLabel('M02', 'id-ID', 'Triwulan')).toBe('Februari');
    expect(periodLabel('M12', 'en-GB', 'Quarter')).toBe('December');
  });
});
