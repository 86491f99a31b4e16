/** The PK Kepala Desa policy as tables: who prepares, reads and signs (kepala desa first, then camat), and when. */
import { describe, expect, it } from 'vitest';
import type { AccountabilityActor } from './village-accountability.policy.ts';
import {
  type AgreementParties,
  mayGenerateVillageAgreement,
  mayPrepareVillageAgreement,
  mayReadVillageAgreement,
  mayReviseVillageAgreement,
  maySignVillageAgreement,
  nextVillageSigner,
} from './village-agreements.policy.ts';

const nobody: AccountabilityActor = {
  readsRegency: false,
  submits: false,
  reviews: false,
  manages: false,
  desaIds: [],
  kecamatanIds: [],
};
const actors: Record<string, AccountabilityActor> = {
  kadesOfD1: { ...nobody, submits: true, desaIds: ['d1'] },
  operatorOfD2: { ...nobody, submits: true, desaIds: ['d2'] },
  camatOfK1: { ...nobody, readsRegency: true, reviews: true, kecamatanIds: ['k1'] },
  kasiOfK2: { ...nobody, reviews: true, kecamatanIds: ['k2'] },
  staf: { ...nobody, readsRegency: true },
  stranger: nobody,
};
const d1 = { id: 'd1', kecamatanId: 'k1' };
const parties = { kadesEmployeeId: 'e-kades', camatEmployeeId: 'e-camat' };
const signing: AgreementParties = { ...parties, status: 'signing', kadesSignedAt: null, camatSignedAt: null };
const kadesSigned: AgreementParties = { ...signing, kadesSignedAt: '2026-01-05T01:00:00Z' };

describe('who prepares and reads the PK of desa d1', () => {
  it.each([
    // actor, prepares, reads
    ['kadesOfD1', true, true],
    ['operatorOfD2', false, false],
    ['camatOfK1', false, true],
    ['kasiOfK2', false, false],
    ['staf', false, true],
    ['stranger', false, false],
  ] as const)('%s: prepare %s, read %s', (name, prepares, reads) => {
    const actor = actors[name]!;
    expect(mayPrepareVillageAgreement(actor, d1).allowed).toBe(prepares);
    expect(mayReadVillageAgreement(actor, d1, 'e-other', parties).allowed).toBe(reads);
  });

  it('lets a named party read even without desa or kecamatan access', () => {
    expect(mayReadVillageAgreement(nobody, d1, 'e-camat', parties).allowed).toBe(true);
    expect(mayReadVillageAgreement(nobody, d1, null, parties).allowed).toBe(false);
  });
});

describe('signing turn: kepala desa first, then camat', () => {
  it.each([
    // state, actor employee, allowed, refusal kind, reason suffix
    ['signing', signing, 'e-kades', true, null, null],
    ['signing', signing, 'e-camat', false, 'forbidden', 'kadesFirst'],
    ['signing', signing, 'e-other', false, 'forbidden', 'notAParty'],
    ['signing', signing, null, false, 'forbidden', 'notAParty'],
    ['kades signed', kadesSigned, 'e-camat', true, null, null],
    ['kades signed', kadesSigned, 'e-kades', false, 'forbidden', 'alreadySignedByYou'],
    ['signed', { ...kadesSigned, status: 'signed' }, 'e-camat', false, 'conflict', 'alreadySigned'],
    ['superseded', { ...kadesSigned, status: 'superseded' }, 'e-kades', false, 'conflict', 'alreadySigned'],
    ['draft', { ...signing, status: 'draft' }, 'e-kades', false, 'conflict', 'notSigning'],
  ] as const)('%s, %s signs → %s', (_state, p, actor, allowed, kind, reason) => {
    const decision = maySignVillageAgreement(actor, p as AgreementParties);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) {
      expect(decision.kind).toBe(kind);
      expect(decision.reason).toBe(`villages.agreement.${reason}`);
    }
  });

  it('names the next signer', () => {
    expect(nextVillageSigner(signing)).toBe('kades');
    expect(nextVillageSigner(kadesSigned)).toBe('camat');
    expect(nextVillageSigner({ ...kadesSigned, camatSignedAt: '2026-01-06T01:00:00Z' })).toBeNull();
    expect(nextVillageSigner({ ...signing, status: 'signed' })).toBeNull();
  });
});

describe('generation and revision', () => {
  it.each([
    [{ existing: 0, items: 3, missingTargets: 0 }, null],
    [{ existing: 1, items: 3, missingTargets: 0 }, 'exists'],
    [{ existing: 0, items: 0, missingTargets: 0 }, 'noItems'],
    [{ existing: 0, items: 3, missingTargets: 1 }, 'missingTarget'],
  ])('generate %o → %s', (facts, reason) => {
    const decision = mayGenerateVillageAgreement(facts);
    expect(decision.allowed ? null : decision.reason).toBe(reason && `villages.agreement.${reason}`);
  });

  it.each([
    ['signed', false, null],
    ['signed', true, 'alreadyRevised'],
    ['signing', false, 'reviseOnlySigned'],
    ['superseded', false, 'reviseOnlySigned'],
  ] as const)('revise a %s PK (revision exists: %s) → %s', (status, hasRevision, reason) => {
    const decision = mayReviseVillageAgreement({ status, hasRevision });
    expect(decision.allowed ? null : decision.reason).toBe(reason && `villages.agreement.${reason}`);
  });
});
