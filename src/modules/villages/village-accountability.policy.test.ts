/** The accountability policy as tables: who reads, submits for, reviews and manages which desa. */
import { describe, expect, it } from 'vitest';
import {
  type AccountabilityActor,
  mayManageAccountability,
  mayReadDesa,
  mayReviewDesa,
  maySubmitForDesa,
  queueScope,
} from './village-accountability.policy.ts';

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
  camatOfK1: { ...nobody, readsRegency: true, reviews: true, kecamatanIds: ['k1'] },
  kasiOfK2: { ...nobody, reviews: true, kecamatanIds: ['k2'] },
  reviewerWithoutKecamatan: { ...nobody, reviews: true },
  staf: { ...nobody, readsRegency: true },
  dpmd: { ...nobody, readsRegency: true, manages: true },
  stafInD1Unit: { ...nobody, readsRegency: true, desaIds: ['d1'] },
};
const d1 = { id: 'd1', kecamatanId: 'k1' };

describe('village accountability policy', () => {
  it.each([
    // actor, read d1, submit d1, review d1, manage
    ['operatorOfD1', true, true, false, false],
    ['operatorOfD2', false, false, false, false],
    ['unlinkedOperator', false, false, false, false],
    ['camatOfK1', true, false, true, false],
    ['kasiOfK2', false, false, false, false],
    ['reviewerWithoutKecamatan', false, false, false, false],
    ['staf', true, false, false, false],
    ['dpmd', true, false, false, true],
    ['stafInD1Unit', true, false, false, false],
  ] as const)('%s: read %s, submit %s, review %s, manage %s', (name, read, submit, review, manage) => {
    const a = actors[name]!;
    expect([
      mayReadDesa(a, d1).allowed,
      maySubmitForDesa(a, d1).allowed,
      mayReviewDesa(a, d1).allowed,
      mayManageAccountability(a).allowed,
    ]).toEqual([read, submit, review, manage]);
  });

  it('says why it refuses', () => {
    expect(maySubmitForDesa(actors.operatorOfD2!, d1)).toEqual({ allowed: false, reason: 'villages.accountability.notYourDesa' });
    expect(maySubmitForDesa(actors.staf!, d1)).toEqual({ allowed: false, reason: 'villages.accountability.cannotSubmit' });
    expect(mayReviewDesa(actors.kasiOfK2!, d1)).toEqual({ allowed: false, reason: 'villages.accountability.notYourKecamatan' });
    expect(mayReviewDesa(actors.operatorOfD1!, d1)).toEqual({ allowed: false, reason: 'villages.accountability.cannotReview' });
  });

  it('never lets a reviewer verify a desa without a kecamatan', () => {
    expect(mayReviewDesa(actors.camatOfK1!, { id: 'd9', kecamatanId: null }).allowed).toBe(false);
  });

  it('scopes the verification queue: DPMD all, a reviewer their kecamatan, others refused', () => {
    expect(queueScope(actors.dpmd!)).toEqual({ all: true });
    expect(queueScope(actors.kasiOfK2!)).toEqual({ all: false, kecamatanIds: ['k2'] });
    expect(() => queueScope(actors.operatorOfD1!)).toThrow(/cannotReview/);
  });
});
