import { describe, expect, it } from 'vitest';
import { parseEdited } from './org-file.test-helpers.ts';

describe('parseOrgFile: duplicates', () => {
  it('names the first row of a duplicate NIP and keeps the first employee', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai[3][0] = '199001012015032001';
    });
    expect(problems).toEqual([
      {
        sheet: 'Pegawai',
        row: 4,
        column: 'NIP',
        messageKey: 'import.duplicate',
        params: { column: 'NIP', value: '199001012015032001', firstRow: 3 },
      },
    ]);
    expect(plan.employees.map((employee) => employee.name)).toEqual(['Budi Santoso', 'Siti Aminah']);
  });

  it('detects a duplicate NIP written differently (with spaces)', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Pegawai[3][0] = '19900101 201503 2 001';
    });
    expect(problems).toMatchObject([{ row: 4, messageKey: 'import.duplicate', params: { firstRow: 3 } }]);
  });

  it('reports duplicate unit and position codes', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Unit[3][0] = 'SETDA';
      cells.Jabatan[3][0] = 'SEKDA';
      cells.Jabatan[3][4] = 'Tidak';
    });
    expect(problems).toEqual([
      {
        sheet: 'Unit',
        row: 4,
        column: 'Kode Unit',
        messageKey: 'import.duplicate',
        params: { column: 'Kode Unit', value: 'SETDA', firstRow: 2 },
      },
      {
        sheet: 'Jabatan',
        row: 4,
        column: 'Kode Jabatan',
        messageKey: 'import.duplicate',
        params: { column: 'Kode Jabatan', value: 'SEKDA', firstRow: 2 },
      },
      {
        sheet: 'Jabatan',
        row: 4,
        column: 'Kode Unit',
        messageKey: 'import.unknownUnit',
        params: { code: 'DISKOMINFO' },
      },
    ]);
  });

  it('reports a duplicate NIK', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Pegawai[3][1] = '3313011503850001';
    });
    expect(problems).toMatchObject([{ sheet: 'Pegawai', row: 4, column: 'NIK', messageKey: 'import.duplicate' }]);
  });
});

describe('parseOrgFile: references', () => {
  it('reports a parent code that is not in the file', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Unit[2][2] = 'SETDA-X';
    });
    expect(problems).toEqual([
      { sheet: 'Unit', row: 3, column: 'Kode Induk', messageKey: 'import.unknownParent', params: { code: 'SETDA-X' } },
    ]);
  });

  it('reports a position whose unit is not in the file', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Jabatan[3][2] = 'DINKES';
    });
    expect(problems).toEqual([
      { sheet: 'Jabatan', row: 4, column: 'Kode Unit', messageKey: 'import.unknownUnit', params: { code: 'DINKES' } },
    ]);
  });

  it('reports assignments to an unknown position or employee', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Penugasan[1][0] = 'KADIS-X';
      cells.Penugasan[2][1] = '200001012020121001';
    });
    expect(problems).toEqual([
      { sheet: 'Penugasan', row: 2, column: 'Kode Jabatan', messageKey: 'import.unknownPosition', params: { code: 'KADIS-X' } },
      { sheet: 'Penugasan', row: 3, column: 'NIP', messageKey: 'import.unknownEmployee', params: { nip: '200001012020121001' } },
    ]);
    expect(plan.assignments).toEqual([]);
  });

  it('does not report references into a sheet whose header is wrong', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Unit[0][0] = 'Kode';
    });
    expect(problems.map((problem) => problem.messageKey)).toEqual(['import.headerMismatch']);
  });
});

describe('parseOrgFile: unit tree', () => {
  it('detects the cycle A → B → A once, on its top-most row', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Unit.push(['A', 'Unit A', 'B', 'bidang', null], ['B', 'Unit B', 'A', 'bidang', null]);
    });
    expect(problems).toEqual([
      { sheet: 'Unit', row: 5, column: 'Kode Induk', messageKey: 'import.cycle', params: { codes: 'A → B → A' } },
    ]);
    expect(plan.units.map((unit) => unit.code)).toEqual(['SETDA', 'BAG-ORG', 'DISKOMINFO']);
  });

  it('detects a longer cycle reached from a unit outside it, and a unit that is its own parent', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Unit[1][2] = 'BAG-ORG';
      cells.Unit.push(['C', 'Unit C', 'SETDA', 'seksi', null], ['D', 'Unit D', 'D', 'seksi', null]);
    });
    expect(problems).toEqual([
      { sheet: 'Unit', row: 2, column: 'Kode Induk', messageKey: 'import.cycle', params: { codes: 'SETDA → BAG-ORG → SETDA' } },
      { sheet: 'Unit', row: 6, column: 'Kode Induk', messageKey: 'import.cycle', params: { codes: 'D → D' } },
    ]);
  });

  it('accepts units listed before their parents', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Unit.splice(1, 0, ['SUBBAG-UMUM', 'Subbagian Umum', 'BAG-ORG', 'subbagian', null]);
    });
    expect(problems).toEqual([]);
    expect(plan.units).toHaveLength(4);
  });

  it('reports a second head position in the same unit', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Jabatan.push(['PLT-SEKDA', 'Asisten Pemerintahan', 'SETDA', 'II.b', 'ya']);
    });
    expect(problems).toEqual([
      {
        sheet: 'Jabatan',
        row: 5,
        column: 'Kepala Unit',
        messageKey: 'import.duplicateHead',
        params: { unit: 'SETDA', firstRow: 2 },
      },
    ]);
  });
});

describe('parseOrgFile: problem order', () => {
  it('sorts problems by sheet order, then row, then column', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Penugasan[1][3] = 'besok';
      cells.Pegawai[2][7] = 'bukan-email';
      cells.Pegawai[2][1] = '1';
      cells.Jabatan[2][2] = 'TIDAK-ADA';
      cells.Unit[3][3] = 'kementerian';
    });
    expect(problems.map((problem) => [problem.sheet, problem.row, problem.column])).toEqual([
      ['Unit', 4, 'Jenis'],
      ['Jabatan', 3, 'Kode Unit'],
      ['Pegawai', 3, 'NIK'],
      ['Pegawai', 3, 'Email'],
      ['Penugasan', 2, 'Mulai'],
    ]);
  });
});
