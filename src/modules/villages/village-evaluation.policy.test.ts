import { describe, expect, it } from 'vitest';
import type { IdmViewer } from './idm.policy.ts';
import {
  mayChangeAnswers,
  mayEvaluateVillages,
  mayReadDesaEvaluation,
  mayReadVillageResults,
} from './village-evaluation.policy.ts';

const nobody: IdmViewer = {
  readsRegency: false,
  submitsForDesa: false,
  linkedDesaIds: [],
  managesIdm: false,
  isAdmin: false,
  inVillageUnit: false,
};
const asn = { ...nobody, readsRegency: true };
const operator = { ...nobody, submitsForDesa: true, linkedDesaIds: ['desa-1'] };
const dpmdPlanner = { ...asn, managesIdm: true, inVillageUnit: true };
const otherPlanner = { ...asn, managesIdm: true };
const adminPlanner = { ...asn, managesIdm: true, isAdmin: true };
const adminOnly = { ...asn, isAdmin: true };
const dpmdStaffWithoutPermission = { ...asn, inVillageUnit: true };

const verdict = (d: { allowed: boolean; reason?: string }) => (d.allowed ? 'allow' : d.reason);
const E = 'villages.evaluation.';

describe('village evaluation policy', () => {
  // name, viewer, evaluate, read results, read desa-1 draft, read desa-1 final, read desa-2 final
  const cases: [string, IdmViewer, string, string, string, string, string][] = [
    ['nobody', nobody, `${E}notVillageUnit`, `${E}cannotRead`, `${E}cannotRead`, `${E}cannotRead`, `${E}cannotRead`],
    ['ASN', asn, `${E}notVillageUnit`, 'allow', 'allow', 'allow', 'allow'],
    ['operator of desa-1', operator, `${E}notVillageUnit`, `${E}cannotRead`, `${E}notFinalYet`, 'allow', `${E}cannotRead`],
    ['DPMD planner', dpmdPlanner, 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['planner of another OPD', otherPlanner, `${E}notVillageUnit`, 'allow', 'allow', 'allow', 'allow'],
    ['admin holding villages.idm.manage', adminPlanner, 'allow', 'allow', 'allow', 'allow', 'allow'],
    ['admin without it', adminOnly, `${E}notVillageUnit`, 'allow', 'allow', 'allow', 'allow'],
    ['DPMD staff without it', dpmdStaffWithoutPermission, `${E}notVillageUnit`, 'allow', 'allow', 'allow', 'allow'],
  ];
  it.each(cases)('%s', (_name, viewer, evaluate, results, draft1, final1, final2) => {
    expect(verdict(mayEvaluateVillages(viewer))).toBe(evaluate);
    expect(verdict(mayReadVillageResults(viewer))).toBe(results);
    expect(verdict(mayReadDesaEvaluation(viewer, 'desa-1', false))).toBe(draft1);
    expect(verdict(mayReadDesaEvaluation(viewer, 'desa-1', true))).toBe(final1);
    expect(verdict(mayReadDesaEvaluation(viewer, 'desa-2', true))).toBe(final2);
  });

  it('freezes answers once final', () => {
    expect(verdict(mayChangeAnswers('draft'))).toBe('allow');
    expect(verdict(mayChangeAnswers('final'))).toBe(`${E}alreadyFinal`);
  });
});
