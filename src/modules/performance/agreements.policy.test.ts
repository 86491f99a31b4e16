import { describe, expect, it } from 'vitest';
import type { AgreementStatus } from './agreements.contract.ts';
import {
  mayChangeActionPlans,
  mayDeleteAgreement,
  mayEditContent,
  mayGenerate,
  mayPrepareAgreement,
  mayRevise,
  maySign,
} from './agreements.policy.ts';
import type { Decision, Planner } from './performance.policy.ts';

const OPD = 'opd-dinkes';
const planner = (over: Partial<Planner>): Planner => ({
  managesPlans: true,
  isAdmin: false,
  inPlanningUnit: false,
  opdIds: [],
  ...over,
});
const outcome = (d: Decision) => (d.allowed ? 'allow' : `${d.kind}:${d.reason.replace('performance.agreement.', '')}`);

describe('mayPrepareAgreement', () => {
  it.each([
    ['planner of the OPD', planner({ opdIds: [OPD] }), 'allow'],
    ['planner of another OPD', planner({ opdIds: ['opd-other'] }), 'forbidden:notPlanner'],
    ['planning unit planner', planner({ inPlanningUnit: true }), 'allow'],
    ['admin who plans', planner({ isAdmin: true }), 'allow'],
    ['staff of the OPD without the planner role', planner({ managesPlans: false, opdIds: [OPD] }), 'forbidden:notPlanner'],
    ['admin without the planner role', planner({ managesPlans: false, isAdmin: true }), 'forbidden:notPlanner'],
  ])('%s → %s', (_name, p, expected) => {
    expect(outcome(mayPrepareAgreement(p, OPD))).toBe(expected);
  });
});

const STATUSES: AgreementStatus[] = ['draft', 'signing', 'signed', 'superseded'];

describe('state rules', () => {
  it.each(STATUSES.map((s) => [s, s === 'draft' ? 'allow' : 'conflict:notDraft']))('edit content while %s → %s', (s, e) => {
    expect(outcome(mayEditContent(s as AgreementStatus))).toBe(e);
    expect(outcome(mayDeleteAgreement(s as AgreementStatus))).toBe(e);
  });

  it.each(STATUSES.map((s) => [s, s === 'superseded' ? 'conflict:superseded' : 'allow']))(
    'rencana aksi while %s → %s',
    (s, e) => {
      expect(outcome(mayChangeActionPlans(s as AgreementStatus))).toBe(e);
    },
  );

  it.each([
    ['draft', 2, 0, 'allow'],
    ['draft', 0, 0, 'conflict:noItems'],
    ['draft', 2, 1, 'conflict:itemWithoutTarget'],
    ['signing', 2, 0, 'conflict:notDraft'],
    ['signed', 2, 0, 'conflict:notDraft'],
  ] as const)('generate %s with %i items (%i without target) → %s', (status, items, itemsWithoutTarget, e) => {
    expect(outcome(mayGenerate({ status, items, itemsWithoutTarget }))).toBe(e);
  });

  it.each([
    ['signed', false, 'allow'],
    ['signed', true, 'conflict:alreadyRevised'],
    ['draft', false, 'conflict:reviseOnlySigned'],
    ['signing', false, 'conflict:reviseOnlySigned'],
    ['superseded', false, 'conflict:reviseOnlySigned'],
  ] as const)('revise %s (revision exists: %s) → %s', (status, hasRevision, e) => {
    expect(outcome(mayRevise({ status, hasRevision }))).toBe(e);
  });
});

describe('maySign', () => {
  const parties = { firstPartyEmployeeId: 'kadis', secondPartyEmployeeId: 'bupati' };
  it.each([
    ['kadis', 'signing', 'allow'],
    ['bupati', 'signing', 'allow'],
    ['stranger', 'signing', 'forbidden:notAParty'],
    [null, 'signing', 'forbidden:notAParty'],
    ['kadis', 'draft', 'conflict:notGenerated'],
    ['kadis', 'signed', 'conflict:alreadySigned'],
    ['bupati', 'superseded', 'conflict:alreadySigned'],
  ] as const)('%s on a %s PK → %s', (actor, status, e) => {
    expect(outcome(maySign(actor, { status, ...parties }))).toBe(e);
  });
});
