import { describe, expect, it } from 'vitest';
import { desaScope, type IdmViewer, mayManageIdm, mayReadDesaIdm, mayReadIdm, pickVillageUnit } from './idm.policy.ts';

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
const unlinkedOperator = { ...nobody, submitsForDesa: true };
const dpmdPlanner = { ...asn, managesIdm: true, inVillageUnit: true };
const otherPlanner = { ...asn, managesIdm: true };
const adminPlanner = { ...asn, managesIdm: true, isAdmin: true };
const adminOnly = { ...asn, isAdmin: true };

const verdict = (d: { allowed: boolean; reason?: string }) => (d.allowed ? 'allow' : d.reason);

describe('IDM policy', () => {
  const cases: [string, IdmViewer, string | undefined, string | undefined, string | undefined][] = [
    // name,                viewer,          read list,                  read desa-1,                     manage
    ['nobody', nobody, 'villages.idm.cannotRead', 'villages.idm.cannotRead', 'villages.idm.notVillageUnit'],
    ['ASN', asn, 'allow', 'allow', 'villages.idm.notVillageUnit'],
    ['operator of desa-1', operator, 'allow', 'allow', 'villages.idm.notVillageUnit'],
    ['operator without desa', unlinkedOperator, 'allow', 'villages.idm.notYourDesa', 'villages.idm.notVillageUnit'],
    ['DPMD planner', dpmdPlanner, 'allow', 'allow', 'allow'],
    ['planner of another OPD', otherPlanner, 'allow', 'allow', 'villages.idm.notVillageUnit'],
    ['admin who manages IDM', adminPlanner, 'allow', 'allow', 'allow'],
    ['admin without the permission', adminOnly, 'allow', 'allow', 'villages.idm.notVillageUnit'],
  ];
  it.each(cases)('%s', (_name, viewer, list, desa, manage) => {
    expect([verdict(mayReadIdm(viewer)), verdict(mayReadDesaIdm(viewer, 'desa-1')), verdict(mayManageIdm(viewer))]).toEqual([
      list,
      desa,
      manage,
    ]);
  });

  it('lets an operator read only their own desa', () => {
    expect(verdict(mayReadDesaIdm(operator, 'desa-2'))).toBe('villages.idm.notYourDesa');
    expect(desaScope(operator)).toEqual({ all: false, desaIds: ['desa-1'] });
    expect(desaScope(asn)).toEqual({ all: true });
    expect(desaScope({ ...nobody, linkedDesaIds: ['desa-1'] })).toEqual({ all: false, desaIds: [] });
  });

  it('finds the village-affairs unit by code, then by name', () => {
    const opds = [
      { id: 'a', code: 'BAPPEDA', name: 'Badan Perencanaan' },
      { id: 'b', code: 'DINSOS', name: 'Dinas Sosial, Pemberdayaan Masyarakat dan Desa' },
      { id: 'c', code: 'DPMD', name: 'Dinas PMD' },
    ];
    expect(pickVillageUnit(opds)).toBe('c');
    expect(pickVillageUnit(opds.slice(0, 2))).toBe('b');
    expect(pickVillageUnit(opds.slice(0, 1))).toBeNull();
  });
});
