import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission, permissionsForRoles, ROLES, rolesAllow, TENANT_ROLES } from './permissions.ts';

// The access policy, written out: one row per permission, one column per role (1 = granted).
// biome-ignore format: the policy table stays aligned as a matrix
const COLUMNS = ['admin', 'pencatat', 'arsiparis', 'perencana', 'evaluator', 'operator_desa', 'kepala_desa', 'pimpinan', 'staf', 'super_admin'] as const;
// biome-ignore format: the policy table stays aligned as a matrix
const MATRIX: Record<Permission, readonly (0 | 1)[]> = {
  //                                adm pen ars per eva ops kds pim stf sup
  'organization.read':              [1,  1,  1,  1,  1,  1,  1,  1,  1,  0],
  'organization.manage':            [1,  0,  0,  0,  0,  0,  0,  0,  0,  0],
  'identity.user.manage':           [1,  0,  0,  0,  0,  0,  0,  0,  0,  0],
  'audit.read':                     [1,  0,  0,  0,  1,  0,  0,  0,  0,  0],
  'jobs.read':                      [1,  0,  0,  0,  0,  0,  0,  0,  0,  1],
  'jobs.manage':                    [1,  0,  0,  0,  0,  0,  0,  0,  0,  0],
  'documents.create':               [1,  1,  1,  1,  1,  0,  0,  1,  1,  0],
  'documents.sign':                 [1,  1,  1,  1,  1,  0,  1,  1,  1,  0],
  'documents.manage':               [1,  0,  0,  0,  0,  0,  0,  0,  0,  0],
  'correspondence.letter.read':     [1,  1,  1,  1,  1,  0,  0,  1,  1,  0],
  'correspondence.letter.register': [0,  1,  0,  0,  0,  0,  0,  0,  0,  0],
  'correspondence.letter.draft':    [1,  1,  1,  1,  1,  0,  0,  1,  1,  0],
  'correspondence.letter.sign':     [0,  0,  0,  0,  0,  0,  0,  1,  0,  0],
  'correspondence.disposition.act': [1,  1,  1,  1,  1,  0,  0,  1,  1,  0],
  'correspondence.stats.read':      [1,  1,  1,  0,  0,  0,  0,  1,  0,  0],
  'regulation.manage':              [1,  0,  1,  0,  0,  0,  0,  0,  0,  0],
  'numbering.manage':               [1,  1,  0,  0,  0,  0,  0,  0,  0,  0],
  'archive.record.manage':          [0,  0,  1,  0,  0,  0,  0,  0,  0,  0],
  'performance.plan.read':          [1,  1,  1,  1,  1,  0,  0,  1,  1,  0],
  'performance.plan.manage':        [0,  0,  0,  1,  0,  0,  0,  0,  0,  0],
  'evaluation.assess':              [0,  0,  0,  0,  1,  0,  0,  0,  0,  0],
  'villages.report.submit':         [0,  0,  0,  0,  0,  1,  1,  0,  0,  0],
  'villages.report.review':         [0,  0,  0,  0,  0,  0,  0,  1,  0,  0],
  'villages.idm.manage':            [0,  0,  0,  1,  0,  0,  0,  0,  0,  0],
  'platform.tenant.manage':         [0,  0,  0,  0,  0,  0,  0,  0,  0,  1],
};

describe('role × permission table', () => {
  it('covers exactly the declared roles and permissions', () => {
    expect([...COLUMNS].sort()).toEqual([...ROLES].sort());
    expect(Object.keys(MATRIX).sort()).toEqual([...PERMISSIONS].sort());
  });

  for (const permission of PERMISSIONS) {
    it(`grants ${permission} exactly as the table says`, () => {
      const granted = COLUMNS.map((role) => (rolesAllow([role], permission) ? 1 : 0));
      expect(granted).toEqual(MATRIX[permission]);
    });
  }

  it('grants the union of the roles held', () => {
    for (const permission of PERMISSIONS) {
      const expected =
        MATRIX[permission][COLUMNS.indexOf('pencatat')] === 1 || MATRIX[permission][COLUMNS.indexOf('arsiparis')] === 1;
      expect(rolesAllow(['pencatat', 'arsiparis'], permission), permission).toBe(expected);
    }
  });
});

describe('default deny', () => {
  it('grants nothing for unknown roles, an empty role list or prototype names', () => {
    for (const roles of [[], ['bupati'], ['ADMIN'], ['__proto__'], ['toString'], ['constructor'], ['']]) {
      expect(permissionsForRoles(roles).size, JSON.stringify(roles)).toBe(0);
      for (const permission of PERMISSIONS) expect(rolesAllow(roles, permission)).toBe(false);
    }
  });

  it('an unknown role adds nothing to a known one', () => {
    expect([...permissionsForRoles(['staf', 'raja'])].sort()).toEqual([...permissionsForRoles(['staf'])].sort());
  });

  it('gives super_admin no permission on tenant data', () => {
    const tenantData = PERMISSIONS.filter((p) => p !== 'platform.tenant.manage' && p !== 'jobs.read');
    for (const permission of tenantData) expect(rolesAllow(['super_admin'], permission), permission).toBe(false);
    expect(rolesAllow(['super_admin'], 'platform.tenant.manage')).toBe(true);
  });

  it('keeps platform.tenant.manage out of every tenant role, and super_admin out of TENANT_ROLES', () => {
    expect(TENANT_ROLES).not.toContain('super_admin');
    for (const role of TENANT_ROLES) expect(rolesAllow([role], 'platform.tenant.manage'), role).toBe(false);
  });
});
