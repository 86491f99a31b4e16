import { describe, expect, it } from 'vitest';
import { checkKkaRows, rowsInParentOrder } from './kka-checks.ts';
import { compareKkaCodes, kkaCodeProblem, kkaLevel, parentKkaCode, parseFinalDisposition } from './kka-code.ts';
import type { KkaRow } from './kka-file.ts';

describe('KKA code rules', () => {
  it('accepts dotted numeric codes under one of the ten main classes', () => {
    for (const code of ['000', '900', '000.8', '000.8.3.3', '100.2.12.1', '500.16.7.2'])
      expect([code, kkaCodeProblem(code)]).toEqual([code, null]);
  });

  it('refuses malformed codes', () => {
    for (const code of ['', '00', '0000', '000.', '.000', '000..1', '000.a', 'A00', '000 .1', '000/1', '000.1-2', ' 000'])
      expect([code, kkaCodeProblem(code)]).toEqual([code, 'format']);
  });

  it('refuses free top-level codes outside 000–900, also under a well-formed child', () => {
    for (const code of ['050', '123', '999', '950.1', '010.2.3'])
      expect([code, kkaCodeProblem(code)]).toEqual([code, 'topLevel']);
  });

  it('derives parent and level from the code', () => {
    expect(parentKkaCode('000.8.3.3')).toBe('000.8.3');
    expect(parentKkaCode('000.8')).toBe('000');
    expect(parentKkaCode('000')).toBeNull();
    expect([kkaLevel('000'), kkaLevel('000.8'), kkaLevel('000.8.3.3')]).toEqual([1, 2, 4]);
  });

  it('orders codes numerically per segment, parents before children', () => {
    const sorted = ['000.10', '000.2', '000.1.2', '100', '000', '000.1'].sort(compareKkaCodes);
    expect(sorted).toEqual(['000', '000.1', '000.1.2', '000.2', '000.10', '100']);
    expect(rowsInParentOrder([{ code: '000.8.3' }, { code: '000.8' }, { code: '000' }]).map((r) => r.code)).toEqual([
      '000',
      '000.8',
      '000.8.3',
    ]);
  });

  it('reads the nasib akhir as people type it', () => {
    expect(parseFinalDisposition('Dinilai Kembali')).toBe('dinilai_kembali');
    expect(parseFinalDisposition(' PERMANEN ')).toBe('permanen');
    expect(parseFinalDisposition('musnah')).toBe('musnah');
    expect(parseFinalDisposition('dihapus')).toBeUndefined();
  });
});

function row(rowNumber: number, code: string | null): KkaRow {
  return {
    row: rowNumber,
    code,
    name: 'x',
    retentionActiveYears: null,
    retentionInactiveYears: null,
    finalDisposition: null,
    valid: code !== null,
  };
}

describe('KKA cross-row checks', () => {
  it('reports a duplicate at its second row, naming the first', () => {
    const problems = checkKkaRows('KKA', [row(2, '000.8.6'), row(3, '000.8.6')], new Set(['000', '000.8']));
    expect(problems).toEqual([
      {
        sheet: 'KKA',
        row: 3,
        column: 'Kode',
        messageKey: 'regulation.kka.duplicate',
        params: { column: 'Kode', value: '000.8.6', firstRow: 2 },
      },
    ]);
  });

  it('finds a parent in the file or in the pack, and reports it missing from both', () => {
    const existing = new Set(['000', '000.8']);
    const rows = [row(2, '000.8.6'), row(3, '000.8.6.2'), row(4, '000.9.1'), row(5, '200')];
    const problems = checkKkaRows('KKA', rows, existing);
    expect(problems.map((p) => [p.row, p.messageKey, p.params?.parent])).toEqual([[4, 'regulation.kka.unknownParent', '000.9']]);
  });

  it('skips rows whose code was already refused', () => {
    expect(checkKkaRows('KKA', [row(2, null), row(3, null)], new Set())).toEqual([]);
  });
});
