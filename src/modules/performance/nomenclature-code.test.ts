import { describe, expect, it } from 'vitest';
import { compareNomenclatureCodes, isNomenclatureCode, levelOfCode, parentNomenclatureCode } from './nomenclature-code.ts';

describe('nomenclature codes', () => {
  it.each([
    ['2.16.02', 'program'],
    ['X.XX.01', 'program'],
    ['2.16.02.1.01', 'kegiatan'],
    ['2.16.02.1.01.0001', 'sub_kegiatan'],
    ['2.16.02.1.01.01', 'sub_kegiatan'],
  ])('%s is a %s', (code, level) => {
    expect(levelOfCode(code)).toBe(level);
    expect(isNomenclatureCode(level as 'program', code)).toBe(true);
  });

  it.each(['2.16', '2.16.2', '2.16.02.1', '2.16.02.1.1', '2.16.02.1.01.001', '0.16.02', '2,16,02', ' 2.16.02', 'A.16.02'])(
    '%s fits no level',
    (code) => expect(levelOfCode(code)).toBeNull(),
  );

  it('derives the parent code', () => {
    expect(parentNomenclatureCode('program', '2.16.02')).toBeNull();
    expect(parentNomenclatureCode('kegiatan', '2.16.02.1.01')).toBe('2.16.02');
    expect(parentNomenclatureCode('sub_kegiatan', '2.16.02.1.01.0001')).toBe('2.16.02.1.01');
  });

  it('orders parents before children and segments numerically', () => {
    const codes = ['2.16.02.1.01.0002', '2.16.10', '2.16.02.1.01', '2.16.02', '2.16.02.1.01.0001'];
    expect([...codes].sort(compareNomenclatureCodes)).toEqual([
      '2.16.02',
      '2.16.02.1.01',
      '2.16.02.1.01.0001',
      '2.16.02.1.01.0002',
      '2.16.10',
    ]);
  });
});
