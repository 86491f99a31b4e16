import { describe, expect, it } from 'vitest';
import type { OrgPlan } from '../org-plan.ts';
import { parseOrgFile } from './org-file-parser.ts';
import { writeOrgFile } from './org-file-writer.ts';

/** A regency-sized plan: 300 units in a tree, 2,000 positions, 10,000 employees and 10,000 assignments. */
function largePlan(): OrgPlan {
  const units = Array.from({ length: 300 }, (_, index) => ({
    code: `UNIT-${index}`,
    name: `Unit Kerja ${index}`,
    parentCode: index === 0 ? null : `UNIT-${Math.floor((index - 1) / 4)}`,
    kind: 'bidang',
    regionCode: null,
  }));
  const positions = Array.from({ length: 2000 }, (_, index) => ({
    code: `JAB-${index}`,
    name: `Jabatan ${index}`,
    unitCode: `UNIT-${index % 300}`,
    echelon: index < 300 ? 'IV.a' : 'Pelaksana',
    isHead: index < 300,
  }));
  const employees = Array.from({ length: 10_000 }, (_, index) => ({
    nip: `19800101200501${String(index).padStart(4, '0')}`,
    nik: `33130101018${String(index).padStart(5, '0')}`,
    name: `Pegawai Nomor ${index}`,
    frontTitle: index % 7 === 0 ? 'Dr.' : null,
    backTitle: 'S.Kom.',
    rank: 'Penata',
    grade: 'III/c',
    email: `pegawai${index}@contoh.go.id`,
    phone: `0812${String(index).padStart(8, '0')}`,
  }));
  const assignments = employees.map((employee, index) => ({
    positionCode: `JAB-${index % 2000}`,
    nip: employee.nip,
    kind: index % 10 === 0 ? ('plt' as const) : ('definitif' as const),
    startsOn: '2020-01-02',
    endsOn: index % 10 === 0 ? '2020-06-30' : null,
    decreeNumber: `800/${index}/2020`,
  }));
  return { units, positions, employees, assignments };
}

describe('organisation file at regency scale', () => {
  it('round-trips 10,000 employees and assignments', async () => {
    const plan = largePlan();
    const file = await writeOrgFile(plan);
    const result = await parseOrgFile(file);
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(plan);
    // Speed is measured by bench/import-10k.ts, not asserted here.
  }, 120_000);

  it('reports 10,000 broken references one per row', async () => {
    const plan = largePlan();
    const file = await writeOrgFile({ ...plan, employees: plan.employees.slice(0, 1) });
    const { problems } = await parseOrgFile(file);
    expect(problems).toHaveLength(9_999);
    expect(problems[0]).toEqual({
      sheet: 'Penugasan',
      row: 3,
      column: 'NIP',
      messageKey: 'import.unknownEmployee',
      params: { nip: '198001012005010001' },
    });
  }, 120_000);
});
