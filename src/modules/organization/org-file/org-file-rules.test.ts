import { describe, expect, it } from 'vitest';
import { parseEdited } from './org-file.test-helpers.ts';

type Edit = Parameters<typeof parseEdited>[0];

async function onlyProblem(edit: Edit) {
  const { problems } = await parseEdited(edit);
  expect(problems).toHaveLength(1);
  return problems[0];
}

describe('parseOrgFile: dates', () => {
  it.each([
    ['an Excel date cell', new Date(Date.UTC(2024, 0, 15)), '2024-01-15'],
    ['ISO text', '2024-01-15', '2024-01-15'],
    ['day-first text with dashes', '15-01-2024', '2024-01-15'],
    ['day-first text with slashes', '5/1/2024', '2024-01-05'],
    ['an Excel serial number without date format', 45306, '2024-01-15'],
  ])('reads %s', async (_name, cell, iso) => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Penugasan[1][3] = cell;
    });
    expect(problems).toEqual([]);
    expect(plan.assignments[0].startsOn).toBe(iso);
  });

  it.each(['2024-02-30', '31/04/2024', 'kemarin', '2024/01/15', '15-01-1850'])('rejects %s', async (text) => {
    expect(
      await onlyProblem((cells) => {
        cells.Penugasan[1][3] = text;
      }),
    ).toEqual({ sheet: 'Penugasan', row: 2, column: 'Mulai', messageKey: 'import.dateFormat', params: { value: text } });
  });

  it('rejects an end date before the start date, and accepts the same day', async () => {
    expect(
      await onlyProblem((cells) => {
        cells.Penugasan[2][4] = '2024-02-29';
      }),
    ).toEqual({
      sheet: 'Penugasan',
      row: 3,
      column: 'Selesai',
      messageKey: 'import.dateOrder',
      params: { start: '2024-03-01', end: '2024-02-29' },
    });
    const sameDay = await parseEdited((cells) => {
      cells.Penugasan[2][4] = '01/03/2024';
    });
    expect(sameDay.problems).toEqual([]);
  });
});

describe('parseOrgFile: text', () => {
  it('trims cells and keeps SQL-looking text unchanged', async () => {
    const name = "Budi'; DROP TABLE employees;--";
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai[1][2] = `  ${name}\n`;
    });
    expect(problems).toEqual([]);
    expect(plan.employees[0].name).toBe(name);
  });

  it.each([
    ['a tab', 'Budi\tSantoso'],
    ['a line break', 'Budi\nSantoso'],
    ['a right-to-left override', 'Budi \u202Eosotnas'],
    ['a zero-width space', 'Budi\u200BSantoso'],
    ['a carriage return', 'Budi\rSantoso'],
  ])('rejects a name containing %s', async (_name, text) => {
    expect(
      await onlyProblem((cells) => {
        cells.Pegawai[2][2] = text;
      }),
    ).toEqual({ sheet: 'Pegawai', row: 3, column: 'Nama', messageKey: 'import.invalidText', params: { column: 'Nama' } });
  });

  it('caps name and code lengths', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Pegawai[2][2] = 'a'.repeat(201);
      cells.Unit[3][4] = '3'.repeat(21);
    });
    expect(problems).toEqual([
      {
        sheet: 'Unit',
        row: 4,
        column: 'Kode Wilayah',
        messageKey: 'import.tooLong',
        params: { column: 'Kode Wilayah', length: 21, max: 20 },
      },
      {
        sheet: 'Pegawai',
        row: 3,
        column: 'Nama',
        messageKey: 'import.tooLong',
        params: { column: 'Nama', length: 201, max: 200 },
      },
    ]);
  });

  it('accepts a name of exactly 200 characters', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai[2][2] = 'a'.repeat(200);
    });
    expect(problems).toEqual([]);
    expect(plan.employees[1].name).toHaveLength(200);
  });

  it.each(['DIS KOM', 'KODE#1', "X';--"])('rejects the code %s', async (code) => {
    expect(
      await onlyProblem((cells) => {
        cells.Unit[3][4] = code;
      }),
    ).toEqual({ sheet: 'Unit', row: 4, column: 'Kode Wilayah', messageKey: 'import.codeFormat', params: { value: code } });
  });

  it('accepts codes with letters, digits and . - _ /', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Unit[3][0] = 'Dis_Kom-01/a.b';
      cells.Jabatan[3][2] = 'Dis_Kom-01/a.b';
    });
    expect(problems).toEqual([]);
    expect(plan.units[2].code).toBe('Dis_Kom-01/a.b');
  });
});

describe('parseOrgFile: special cells', () => {
  it('uses the cached result of a formula cell', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai[2][2] = { formula: 'CONCAT("Siti"," Aminah")', result: 'Siti Aminah' };
    });
    expect(problems).toEqual([]);
    expect(plan.employees[1].name).toBe('Siti Aminah');
  });

  it('joins the runs of a rich-text cell', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Unit[1][1] = { richText: [{ text: 'Sekretariat ' }, { text: 'Daerah', font: { bold: true } }] };
    });
    expect(problems).toEqual([]);
    expect(plan.units[0].name).toBe('Sekretariat Daerah');
  });

  it('reports a formula error value', async () => {
    expect(
      await onlyProblem((cells) => {
        cells.Jabatan[1][3] = { formula: 'VLOOKUP(A2,X:Y,2,0)', result: { error: '#N/A' } };
      }),
    ).toEqual({ sheet: 'Jabatan', row: 2, column: 'Eselon', messageKey: 'import.cellError', params: { value: '#N/A' } });
  });

  it('reads a hyperlink cell as its text', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai[1][7] = { text: 'budi.s@contoh.go.id', hyperlink: 'mailto:budi.s@contoh.go.id' };
    });
    expect(problems).toEqual([]);
    expect(plan.employees[0].email).toBe('budi.s@contoh.go.id');
  });
});
