import { describe, expect, it } from 'vitest';
import { checkAgainstExisting, type ExistingOrg } from './org-import.checks.ts';
import type { ImportProblem, OrgPlan } from './org-plan.ts';

const existing: ExistingOrg = {
  unitParents: new Map([
    ['PEMDA', null],
    ['SETDA', 'PEMDA'],
  ]),
  positionCodes: new Set(['SEKDA']),
  nips: new Set(['197001011995031001']),
  regionCodes: new Set(['33.13.09']),
};

const unit = (code: string, parentCode: string | null, regionCode: string | null = null) => ({
  code,
  name: code,
  parentCode,
  kind: 'bagian',
  regionCode,
});
const plan = (units: OrgPlan['units']): OrgPlan => ({ units, positions: [], employees: [], assignments: [] });

describe('checkAgainstExisting', () => {
  it('accepts references to units, positions and NIPs that already exist in the tenant', () => {
    const fileProblems: ImportProblem[] = [
      { sheet: 'Unit', row: 2, column: 'Kode Induk', messageKey: 'import.unknownParent', params: { code: 'SETDA' } },
      { sheet: 'Penugasan', row: 2, column: 'Kode Jabatan', messageKey: 'import.unknownPosition', params: { code: 'SEKDA' } },
      { sheet: 'Penugasan', row: 2, column: 'NIP', messageKey: 'import.unknownEmployee', params: { nip: '197001011995031001' } },
      { sheet: 'Unit', row: 3, column: 'Kode Induk', messageKey: 'import.unknownParent', params: { code: 'TIDAK-ADA' } },
    ];
    const problems = checkAgainstExisting(plan([unit('ORG', 'SETDA')]), fileProblems, existing);
    expect(problems).toEqual([fileProblems[3]]);
  });

  it('names the unit whose area code is not one of the tenant’s regions', () => {
    const problems = checkAgainstExisting(
      plan([unit('KEC-A', 'PEMDA', '33.13.09'), unit('KEC-B', 'PEMDA', '32.11.01')]),
      [],
      existing,
    );
    expect(problems).toEqual([
      {
        sheet: 'Unit',
        row: null,
        column: 'Kode Wilayah',
        messageKey: 'import.unknownRegion',
        params: { code: '32.11.01', unit: 'KEC-B' },
      },
    ]);
  });

  it('finds a loop closed through units that are only in the database', () => {
    // The file makes PEMDA a child of ORG, while ORG hangs under SETDA, which hangs under PEMDA.
    const problems = checkAgainstExisting(plan([unit('ORG', 'SETDA'), unit('PEMDA', 'ORG')]), [], existing);
    expect(problems).toHaveLength(1);
    expect(problems[0].messageKey).toBe('import.cycle');
    expect(String(problems[0].params?.codes).split(' → ').sort()).toEqual(['ORG', 'PEMDA', 'SETDA']);
  });
});
