import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseEdited, validCells, xlsxOf, zipOf } from './org-file.test-helpers.ts';
import { parseOrgFile } from './org-file-parser.ts';

const UNREADABLE = [{ sheet: 'file', row: null, column: null, messageKey: 'import.fileUnreadable' }];

describe('parseOrgFile: the file itself', () => {
  it('reads the valid baseline without problems', async () => {
    const { plan, problems } = await parseEdited(() => {});
    expect(problems).toEqual([]);
    expect(plan.units.map((unit) => unit.code)).toEqual(['SETDA', 'BAG-ORG', 'DISKOMINFO']);
    expect(plan.assignments[1]).toEqual({
      positionCode: 'KABAG-ORG',
      nip: '199001012015032001',
      kind: 'plt',
      startsOn: '2024-03-01',
      endsOn: '2024-08-31',
      decreeNumber: '800/2/2024',
    });
  });

  it.each([
    ['random bytes', randomBytes(4096)],
    ['an empty buffer', Buffer.alloc(0)],
    ['plain text', Buffer.from('NIP;Nama\n198503152010011002;Budi')],
    ['a zip that is not a workbook', zipOf({ 'word/document.xml': '<w:document/>', 'readme.txt': 'hello' })],
    ['a zip with broken workbook XML', zipOf({ '[Content_Types].xml': '<Types', 'xl/workbook.xml': '<<<' })],
  ])('reports %s as unreadable instead of throwing', async (_name, bytes) => {
    await expect(parseOrgFile(bytes)).resolves.toEqual({
      plan: { units: [], positions: [], employees: [], assignments: [] },
      problems: UNREADABLE,
    });
  });

  it('reports a truncated workbook as unreadable', async () => {
    const bytes = await xlsxOf(validCells());
    expect((await parseOrgFile(bytes.subarray(0, bytes.length - 40))).problems).toEqual(UNREADABLE);
  });

  it('reads a file whose drop-down list spans whole columns without expanding it cell by cell', async () => {
    const cells = validCells();
    const workbook = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(cells)) workbook.addWorksheet(name).addRows(rows);
    const units = workbook.getWorksheet('Unit') as ExcelJS.Worksheet & {
      dataValidations: { add(range: string, rule: object): void };
    };
    units.dataValidations.add('A2:J1048576', { type: 'list', allowBlank: true, formulae: ['"a,b"'] });
    // A sheet-wide validation range must not make the parser walk a million empty rows (the timeout guards it).
    const { problems } = await parseOrgFile(Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(problems).toEqual([]);
  }, 20_000);

  it('accepts a Uint8Array as well as a Buffer', async () => {
    const bytes = await xlsxOf(validCells());
    const { problems, plan } = await parseOrgFile(new Uint8Array(bytes));
    expect(problems).toEqual([]);
    expect(plan.employees).toHaveLength(3);
  });

  it('reports a missing sheet and still reads the others', async () => {
    const { Unit, Jabatan, Pegawai } = validCells();
    const { plan, problems } = await parseOrgFile(await xlsxOf({ Unit, Jabatan, Pegawai }));
    expect(problems).toEqual([
      { sheet: 'Penugasan', row: null, column: null, messageKey: 'import.sheetMissing', params: { sheet: 'Penugasan' } },
    ]);
    expect(plan.employees).toHaveLength(3);
  });

  it('finds sheets whatever their case, and ignores extra sheets', async () => {
    const { Unit, Jabatan, Pegawai, Penugasan } = validCells();
    const bytes = await xlsxOf({ Catatan: [['bebas']], UNIT: Unit, jabatan: Jabatan, Pegawai, Penugasan });
    expect((await parseOrgFile(bytes)).problems).toEqual([]);
  });
});

describe('parseOrgFile: headers', () => {
  it('reports a wrong header with the expected and found text, and skips that sheet', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai[0][0] = 'Nomor Induk';
    });
    expect(problems).toEqual([
      {
        sheet: 'Pegawai',
        row: 1,
        column: 'NIP',
        messageKey: 'import.headerMismatch',
        params: { expected: 'NIP', found: 'Nomor Induk' },
      },
    ]);
    expect(plan.employees).toEqual([]);
  });

  it('reports a missing header column', async () => {
    const { problems } = await parseEdited((cells) => {
      for (const row of cells.Penugasan) row.pop();
    });
    expect(problems).toEqual([
      {
        sheet: 'Penugasan',
        row: 1,
        column: 'Nomor SK',
        messageKey: 'import.headerMismatch',
        params: { expected: 'Nomor SK', found: '' },
      },
    ]);
  });

  it('matches headers ignoring case and surrounding spaces, in any column order, with extra columns', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Unit = cells.Unit.map((row) => [row[4], row[3], row[2], row[1], row[0], 'catatan']);
      cells.Unit[0] = ['  kode wilayah ', 'JENIS', 'Kode  Induk', 'nama unit', 'KODE UNIT', 'Keterangan'];
    });
    expect(problems).toEqual([]);
    expect(plan.units[1]).toEqual({
      code: 'BAG-ORG',
      name: 'Bagian Organisasi',
      parentCode: 'SETDA',
      kind: 'bagian',
      regionCode: null,
    });
  });
});

describe('parseOrgFile: cells', () => {
  const expectProblem = async (edit: Parameters<typeof parseEdited>[0], expected: object) => {
    const { problems } = await parseEdited(edit);
    expect(problems).toEqual([expected]);
  };

  it('requires required cells, treating whitespace as empty', async () => {
    await expectProblem(
      (cells) => {
        cells.Pegawai[2][2] = '   ';
      },
      { sheet: 'Pegawai', row: 3, column: 'Nama', messageKey: 'import.required', params: { column: 'Nama' } },
    );
  });

  it('skips blank rows between data rows', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai.splice(2, 0, [null, '  ', null]);
    });
    expect(problems).toEqual([]);
    expect(plan.employees).toHaveLength(3);
  });

  it.each(['12345', '19850315201001100X', '1985031520100110021'])('rejects NIP %s', async (nip) => {
    await expectProblem(
      (cells) => {
        cells.Pegawai[3][0] = nip;
      },
      { sheet: 'Pegawai', row: 4, column: 'NIP', messageKey: 'import.nipFormat', params: { value: nip } },
    );
  });

  it('accepts a NIP written with spaces and stores the 18 digits', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai[1][0] = ' 19850315 201001 1 002 ';
    });
    expect(problems).toEqual([]);
    expect(plan.employees[0].nip).toBe('198503152010011002');
  });

  it('refuses an 18-digit NIP stored as a number cell, whose last digits are already lost', async () => {
    await expectProblem(
      (cells) => {
        // What a number cell holds after someone typed the NIP without the Text format.
        cells.Pegawai[3][0] = Number('196705121990031003');
      },
      {
        sheet: 'Pegawai',
        row: 4,
        column: 'NIP',
        messageKey: 'import.digitsAsNumber',
        params: { column: 'NIP', value: '196705121990031000' },
      },
    );
  });

  it('accepts a NIK stored as an exact number cell', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Pegawai[1][1] = 3313011503850001;
    });
    expect(problems).toEqual([]);
    expect(plan.employees[0].nik).toBe('3313011503850001');
  });

  it('rejects a NIK that is not 16 digits', async () => {
    await expectProblem(
      (cells) => {
        cells.Pegawai[2][1] = '33130115';
      },
      { sheet: 'Pegawai', row: 3, column: 'NIK', messageKey: 'import.nikFormat', params: { value: '33130115' } },
    );
  });

  it('rejects a malformed email and reads the text of a hyperlink cell', async () => {
    await expectProblem(
      (cells) => {
        cells.Pegawai[1][7] = 'budi@';
        cells.Pegawai[2][7] = { text: 'siti@contoh.go.id', hyperlink: 'mailto:siti@contoh.go.id' };
      },
      { sheet: 'Pegawai', row: 2, column: 'Email', messageKey: 'import.emailFormat', params: { value: 'budi@' } },
    );
  });

  it('rejects an unknown unit kind and lists the allowed ones', async () => {
    const { problems } = await parseEdited((cells) => {
      cells.Unit[3][3] = 'kementerian';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ sheet: 'Unit', row: 4, column: 'Jenis', messageKey: 'import.unknownValue' });
    expect(problems[0].params).toMatchObject({ value: 'kementerian', allowed: expect.stringContaining('dinas, badan') });
  });

  it('reads kinds case-insensitively and stores them lower-case', async () => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Unit[3][3] = 'Dinas';
      cells.Penugasan[2][2] = 'PLT';
    });
    expect(problems).toEqual([]);
    expect([plan.units[2].kind, plan.assignments[1].kind]).toEqual(['dinas', 'plt']);
  });

  it('rejects an unknown assignment kind', async () => {
    await expectProblem(
      (cells) => {
        cells.Penugasan[1][2] = 'acting';
      },
      {
        sheet: 'Penugasan',
        row: 2,
        column: 'Jenis',
        messageKey: 'import.unknownValue',
        params: { column: 'Jenis', value: 'acting', allowed: 'definitif, plt, plh, pj' },
      },
    );
  });

  it.each([
    ['Y', true],
    ['t', false],
    [true, true],
    [0, false],
    [null, false],
  ])('reads Kepala Unit %s as %s', async (cell, isHead) => {
    const { plan, problems } = await parseEdited((cells) => {
      cells.Jabatan[2][4] = cell;
    });
    expect(problems).toEqual([]);
    expect(plan.positions[1].isHead).toBe(isHead);
  });

  it('rejects a Kepala Unit value that is neither yes nor no', async () => {
    await expectProblem(
      (cells) => {
        cells.Jabatan[1][4] = 'mungkin';
      },
      {
        sheet: 'Jabatan',
        row: 2,
        column: 'Kepala Unit',
        messageKey: 'import.unknownValue',
        params: { column: 'Kepala Unit', value: 'mungkin', allowed: 'Ya, Tidak' },
      },
    );
  });
});
