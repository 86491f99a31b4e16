import { describe, expect, it } from 'vitest';
import type { OutgoingStatus } from '../../db/schema/outgoing.ts';
import {
  mayActOnStep,
  mayCancelDraft,
  mayEditDraft,
  mayMailExternally,
  maySignDraft,
  maySignerReturn,
  statusAfterParaf,
} from './outgoing.policy.ts';

const ALL: OutgoingStatus[] = [
  'draft',
  'dalam_persetujuan',
  'perlu_revisi',
  'siap_tte',
  'ditandatangani',
  'terkirim',
  'dibatalkan',
];

describe('mayEditDraft', () => {
  it.each(ALL)('the drafter in %s', (status) => {
    const decision = mayEditDraft(true, status);
    expect(decision.allowed).toBe(status === 'draft' || status === 'perlu_revisi');
    if (!decision.allowed) expect(decision.kind).toBe('conflict');
  });
  it('someone else is forbidden in every state', () => {
    for (const status of ALL) expect(mayEditDraft(false, status)).toMatchObject({ allowed: false, kind: 'forbidden' });
  });
});

describe('mayActOnStep', () => {
  it.each(ALL)('the holder of the due step with the letter %s', (status) => {
    const decision = mayActOnStep({ holdsStepPosition: true, isDue: true, draftStatus: status });
    expect(decision.allowed).toBe(status === 'dalam_persetujuan');
  });
  it('a step out of turn is a conflict, not being in the chain is forbidden', () => {
    expect(mayActOnStep({ holdsStepPosition: true, isDue: false, draftStatus: 'dalam_persetujuan' })).toMatchObject({
      kind: 'conflict',
    });
    expect(mayActOnStep({ holdsStepPosition: false, isDue: true, draftStatus: 'dalam_persetujuan' })).toMatchObject({
      kind: 'forbidden',
      reason: 'correspondence.notInChain',
    });
  });
});

describe('maySignDraft', () => {
  it.each(ALL)('the signer with the letter %s', (status) => {
    const decision = maySignDraft(true, status);
    expect(decision.allowed).toBe(status === 'siap_tte');
    if (!decision.allowed) expect(decision).toMatchObject({ kind: 'conflict', reason: 'correspondence.notApproved' });
  });
  it('someone not holding the signer position is forbidden even when ready', () => {
    expect(maySignDraft(false, 'siap_tte')).toMatchObject({ allowed: false, kind: 'forbidden' });
  });
});

describe('mayMailExternally and statusAfterParaf', () => {
  it('only biasa and terbatas letters may be e-mailed', () => {
    expect(['biasa', 'terbatas', 'rahasia', 'sangat_rahasia'].map((s) => mayMailExternally(s as never))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
  it('the last paraf makes the letter ready to sign', () => {
    expect(statusAfterParaf(1)).toBe('dalam_persetujuan');
    expect(statusAfterParaf(0)).toBe('siap_tte');
  });
});

describe('maySignerReturn', () => {
  it.each(ALL)('the signer with the letter %s', (status) => {
    const decision = maySignerReturn(true, status);
    expect(decision.allowed).toBe(status === 'siap_tte');
    if (!decision.allowed) expect(decision).toMatchObject({ kind: 'conflict', reason: 'correspondence.notAwaitingSignature' });
  });
  it('someone not holding the signer position is forbidden even when the letter waits for the signature', () => {
    expect(maySignerReturn(false, 'siap_tte')).toMatchObject({
      allowed: false,
      kind: 'forbidden',
      reason: 'correspondence.notSigner',
    });
  });
});

describe('mayCancelDraft', () => {
  const beforeSignature: OutgoingStatus[] = ['draft', 'dalam_persetujuan', 'perlu_revisi', 'siap_tte'];
  it.each(ALL)('the drafter with the letter %s', (status) => {
    expect(mayCancelDraft(true, status).allowed).toBe(beforeSignature.includes(status));
  });
  it('a signed or sent letter cannot be cancelled; a cancelled one says so', () => {
    for (const status of ['ditandatangani', 'terkirim'] as const)
      expect(mayCancelDraft(true, status)).toMatchObject({ kind: 'conflict', reason: 'correspondence.signedCannotCancel' });
    expect(mayCancelDraft(true, 'dibatalkan')).toMatchObject({ kind: 'conflict', reason: 'correspondence.alreadyCancelled' });
  });
  it('someone other than the drafter is forbidden in every state', () => {
    for (const status of ALL) expect(mayCancelDraft(false, status)).toMatchObject({ allowed: false, kind: 'forbidden' });
  });
});
