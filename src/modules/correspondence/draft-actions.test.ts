import { describe, expect, it } from 'vitest';
import { type DraftRelation, draftActions, dueParafStep } from './draft-actions.ts';

const nobody: DraftRelation = {
  holdsDrafterPosition: false,
  holdsDueStepPosition: false,
  holdsSignerPosition: false,
  status: 'draft',
};
const STATES = ['draft', 'dalam_persetujuan', 'perlu_revisi', 'siap_tte', 'ditandatangani', 'terkirim', 'dibatalkan'];

describe('draftActions', () => {
  it('offers nothing to someone who holds none of the draft positions, in any state', () => {
    for (const status of STATES) expect(draftActions({ ...nobody, status })).toEqual([]);
  });

  it('lets the drafter revise and submit only in draft or perlu_revisi, and cancel until signed', () => {
    const drafter = (status: string) => draftActions({ ...nobody, holdsDrafterPosition: true, status });
    expect(drafter('draft')).toEqual(['revise', 'submit', 'cancel']);
    expect(drafter('perlu_revisi')).toEqual(['revise', 'submit', 'cancel']);
    expect(drafter('dalam_persetujuan')).toEqual(['cancel']);
    expect(drafter('siap_tte')).toEqual(['cancel']);
    for (const status of ['ditandatangani', 'terkirim', 'dibatalkan']) expect(drafter(status)).toEqual([]);
  });

  it('lets the holder of the due step approve or return only while under approval', () => {
    const verifier = (status: string) => draftActions({ ...nobody, holdsDueStepPosition: true, status });
    expect(verifier('dalam_persetujuan')).toEqual(['approve', 'return']);
    for (const status of STATES.filter((s) => s !== 'dalam_persetujuan')) expect(verifier(status)).toEqual([]);
  });

  it('lets the signer sign or return only when the paraf chain is complete (siap_tte)', () => {
    const signer = (status: string) => draftActions({ ...nobody, holdsSignerPosition: true, status });
    expect(signer('siap_tte')).toEqual(['sign', 'signerReturn']);
    for (const status of STATES.filter((s) => s !== 'siap_tte')) expect(signer(status)).toEqual([]);
  });
});

describe('dueParafStep', () => {
  const step = (id: string, round: number, order: number, status = 'pending', role = 'paraf') => ({
    id,
    round,
    order,
    role,
    status,
  });

  it('is the earliest pending paraf step of the current round', () => {
    const steps = [
      step('old', 1, 1),
      step('b', 2, 2),
      step('a', 2, 1, 'approved'),
      step('c', 2, 3),
      step('s', 2, 4, 'pending', 'penandatangan'),
    ];
    expect(dueParafStep(steps, 2, 'dalam_persetujuan')?.id).toBe('b');
  });

  it('is none when the draft is not under approval or every paraf is given', () => {
    expect(dueParafStep([step('a', 1, 1)], 1, 'perlu_revisi')).toBeNull();
    expect(
      dueParafStep([step('a', 1, 1, 'approved'), step('s', 1, 2, 'pending', 'penandatangan')], 1, 'dalam_persetujuan'),
    ).toBeNull();
  });
});
