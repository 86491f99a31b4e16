import { describe, expect, it } from 'vitest';
import type { Planner } from './performance.policy.ts';
import type { PeriodState } from './realization-periods.ts';
import {
  mayChangeStatus,
  mayEditRealization,
  mayEnterForOpd,
  mayEnterPeriod,
  mayManageMeasurement,
  mayReviewRealization,
  type ReviewStatus,
} from './realizations.policy.ts';

const planner = (over: Partial<Planner>): Planner => ({
  managesPlans: true,
  isAdmin: false,
  inPlanningUnit: false,
  opdIds: [],
  ...over,
});
const dinkesPlanner = planner({ opdIds: ['dinkes'] });
const bappeda = planner({ inPlanningUnit: true, opdIds: ['bappeda'] });
const adminPlanner = planner({ isAdmin: true });
const staf = planner({ managesPlans: false, opdIds: ['dinkes'] });
const adminOnly = planner({ managesPlans: false, isAdmin: true });
const open: PeriodState = { state: 'open', locksOn: '2026-04-16', reopenedUntil: null };
const locked: PeriodState = { state: 'locked', lockedSince: '2026-04-16' };
const notStarted: PeriodState = { state: 'not_started', startsOn: '2026-10-01' };

describe('realisasi policy', () => {
  it.each([
    ['OPD planner, own OPD', dinkesPlanner, 'dinkes', true],
    ['OPD planner, other OPD', dinkesPlanner, 'dishub', false],
    ['OPD planner, regency-level indicator', dinkesPlanner, null, false],
    ['planning-unit planner, any OPD', bappeda, 'dishub', true],
    ['admin who is a planner, any OPD', adminPlanner, 'dishub', true],
    ['staf of the OPD (no manage permission)', staf, 'dinkes', false],
    ['admin without the planner role', adminOnly, 'dinkes', false],
  ])('enter: %s → %s', (_name, who, opdId, allowed) => {
    expect(mayEnterForOpd(who, opdId).allowed).toBe(allowed);
  });

  it.each<[ReviewStatus, boolean, string | null]>([
    [null, true, null],
    ['draft', true, null],
    ['returned', true, null],
    ['submitted', false, 'performance.realizations.awaitingReview'],
    ['verified', false, 'performance.realizations.verifiedReadOnly'],
  ])('change while %s → %s', (status, allowed, reason) => {
    const decision = mayChangeStatus(status);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect([decision.kind, decision.reason]).toEqual(['conflict', reason]);
  });

  it.each<[string, PeriodState, boolean, Record<string, string> | undefined]>([
    ['open', open, true, undefined],
    ['reopened', { state: 'open', locksOn: '2026-04-16', reopenedUntil: '2026-12-31' }, true, undefined],
    ['locked', locked, false, { lockedSince: '2026-04-16' }],
    ['not started', notStarted, false, { startsOn: '2026-10-01' }],
  ])('period %s → %s, naming the date', (_name, state, allowed, params) => {
    const decision = mayEnterPeriod(state);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.params).toEqual(params);
  });

  it.each([
    ['own OPD, draft, open', dinkesPlanner, 'dinkes', 'draft', open, true],
    ['own OPD, draft, locked', dinkesPlanner, 'dinkes', 'draft', locked, false],
    ['own OPD, verified, open', dinkesPlanner, 'dinkes', 'verified', open, false],
    ['other OPD, draft, open', dinkesPlanner, 'dishub', 'draft', open, false],
    ['coordinator, locked', bappeda, 'dinkes', 'draft', locked, false],
  ] as const)('edit: %s → %s', (_name, who, opdId, status, period, allowed) => {
    expect(mayEditRealization(who, { opdId, status, period }).allowed).toBe(allowed);
  });

  it('refuses scope before state before lock, so the reason is the first that applies', () => {
    const otherOpd = mayEditRealization(dinkesPlanner, { opdId: 'dishub', status: 'verified', period: locked });
    expect(otherOpd).toMatchObject({ kind: 'forbidden', reason: 'performance.realizations.notPlanner' });
    const verifiedLocked = mayEditRealization(dinkesPlanner, { opdId: 'dinkes', status: 'verified', period: locked });
    expect(verifiedLocked).toMatchObject({ reason: 'performance.realizations.verifiedReadOnly' });
  });

  it.each([
    ['coordinator, submitted row of another OPD', bappeda, 'dinkes', 'submitted', true, null],
    ['coordinator, own OPD', bappeda, 'bappeda', 'submitted', false, 'performance.realizations.ownOpd'],
    ['OPD planner of the OPD', dinkesPlanner, 'dinkes', 'submitted', false, 'performance.realizations.coordinatorOnly'],
    ['admin planner', adminPlanner, 'dinkes', 'submitted', true, null],
    ['coordinator, draft row', bappeda, 'dinkes', 'draft', false, 'performance.realizations.notSubmitted'],
    ['coordinator, verified row', bappeda, 'dinkes', 'verified', false, 'performance.realizations.notSubmitted'],
    ['coordinator, no row', bappeda, 'dinkes', null, false, 'performance.realizations.notSubmitted'],
  ] as const)('review: %s → %s', (_name, who, opdId, status, allowed, reason) => {
    const decision = mayReviewRealization(who, { opdId, status });
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason).toBe(reason);
  });

  it.each([
    ['planning-unit planner', bappeda, true],
    ['admin who is a planner', adminPlanner, true],
    ['OPD planner', dinkesPlanner, false],
    ['admin without the planner role', adminOnly, false],
  ])('ledger and reopenings: %s → %s', (_name, who, allowed) => {
    expect(mayManageMeasurement(who).allowed).toBe(allowed);
  });
});
