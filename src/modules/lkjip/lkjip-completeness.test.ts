import { describe, expect, it } from 'vitest';
import type { LkjipFacts } from '../performance/index.ts';
import { completenessOf } from './lkjip-completeness.ts';

const PK = {
  ...{ id: 'pk-1', revision: 0, documentNumber: 'PK/1', verificationCode: null, signedAt: '2026-01-05' },
  firstParty: { name: 'A', jabatan: 'Kepala Dinas' },
  secondParty: { name: 'B', jabatan: 'Bupati' },
};
const regency = (opdAgreements: LkjipFacts['opdAgreements']): LkjipFacts => ({
  ...{ year: 2026, unitId: null, plan: null, indicators: [], agreement: null, opdAgreements, bands: [] },
  programmes: [{ code: '1.01', name: 'Program', pagu: '1', realisasi: '1' }] as unknown as LkjipFacts['programmes'],
  efficiency: { efficientAbove: '0', fairFrom: '0' },
});
const agreementItems = (facts: LkjipFacts) =>
  completenessOf(facts, [])
    .filter((i) => i.field.startsWith('agreement'))
    .map((i) => [i.code, i.field]);

describe('the regency lampiran completeness', () => {
  it.each([
    ['no OPD reports and none signed', [], [['regencyAgreementsNone', 'agreements']]],
    [
      'one of two OPDs signed',
      [
        { unitId: 'u1', unitName: 'Dinas A', agreement: PK },
        { unitId: 'u2', unitName: 'Dinas B', agreement: null },
      ],
      [['opdAgreementNotSigned', 'agreements.u2']],
    ],
    ['every OPD signed', [{ unitId: 'u1', unitName: 'Dinas A', agreement: PK }], []],
  ])('%s', (_name, opds, expected) => {
    expect(agreementItems(regency(opds))).toEqual(expected);
  });

  it('names the OPD in both languages', () => {
    const [item] = completenessOf(regency([{ unitId: 'u2', unitName: 'Dinas B', agreement: null }]), []).filter(
      (i) => i.code === 'opdAgreementNotSigned',
    );
    expect(item?.message.id).toContain('Dinas B');
    expect(item?.message.en).toContain('Dinas B');
  });
});
