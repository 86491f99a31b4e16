/** The village plans policy as a table: who reads and who edits a desa's RPJMDes, RKPDes and APBDes. */
import { describe, expect, it } from 'vitest';
import type { AccountabilityActor } from './village-accountability.policy.ts';
import { mayEditPlans, mayReadPlans } from './village-plans.policy.ts';

const nobody: AccountabilityActor = {
  readsRegency: false,
  submits: false,
  reviews: false,
  manages: false,
  desaIds: [],
  kecamatanIds: [],
};
const actors: Record<string, AccountabilityActor> = {
  operatorOfD1: { ...nobody, submits: true, desaIds: ['d1'] },
  operatorOfD2: { ...nobody, submits: true, desaIds: ['d2'] },
  unlinkedOperator: { ...nobody, submits: true },
  reviewerOfK1: { ...nobody, reviews: true, kecamatanIds: ['k1'] },
  reviewerOfK2: { ...nobody, reviews: true, kecamatanIds: ['k2'] },
  regencyReader: { ...nobody, readsRegency: true },
  dpmd: { ...nobody, manages: true },
  readerInD1Unit: { ...nobody, readsRegency: true, desaIds: ['d1'] },
  nobody,
};
const d1 = { id: 'd1', kecamatanId: 'k1' };
const d1WithoutKecamatan = { id: 'd1', kecamatanId: null };

describe('village plans policy', () => {
  it.each([
    // actor, reads d1, edits d1, reads d1 when the desa has no kecamatan
    ['operatorOfD1', true, true, true],
    ['operatorOfD2', false, false, false],
    ['unlinkedOperator', false, false, false],
    ['reviewerOfK1', true, false, false],
    ['reviewerOfK2', false, false, false],
    ['regencyReader', true, false, true],
    ['dpmd', true, false, true],
    ['readerInD1Unit', true, false, true],
    ['nobody', false, false, false],
  ] as const)('%s: read %s, edit %s, read without kecamatan %s', (name, reads, edits, readsOrphan) => {
    const actor = actors[name]!;
    expect(mayReadPlans(actor, d1).allowed).toBe(reads);
    expect(mayEditPlans(actor, d1).allowed).toBe(edits);
    expect(mayReadPlans(actor, d1WithoutKecamatan).allowed).toBe(readsOrphan);
  });

  it('says why an edit is refused', () => {
    expect(mayEditPlans(actors.regencyReader!, d1)).toEqual({ allowed: false, reason: 'villages.plans.cannotEdit' });
    expect(mayEditPlans(actors.operatorOfD2!, d1)).toEqual({ allowed: false, reason: 'villages.plans.notYourDesa' });
    expect(mayReadPlans(actors.reviewerOfK2!, d1)).toEqual({ allowed: false, reason: 'villages.plans.notYourDesa' });
  });
});
