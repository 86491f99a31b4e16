import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASSIGNMENT_KINDS, type OrgPlan, UNIT_KINDS } from '../org-plan.ts';
import { ORG_SHEETS } from './org-file-format.ts';
import { parseOrgFile } from './org-file-parser.ts';
import { buildOrgTemplate, ORG_TEMPLATE_EXAMPLE } from './org-file-template.ts';
import { writeOrgFile } from './org-file-writer.ts';

const SAMPLE: OrgPlan = {
  units: [
    { code: 'PEMDA', name: 'Pemerintah Kabupaten Contoh', parentCode: null, kind: 'pemda', regionCode: '33.13' },
    { code: 'SETDA', name: 'Sekretariat Daerah', parentCode: 'PEMDA', kind: 'sekretariat', regionCode: null },
    { code: 'KEC/KRA.01', name: 'Kecamatan Karanganyar', parentCode: 'PEMDA', kind: 'kecamatan', regionCode: '33.13.01' },
    {
      code: '001',
      name: 'Kelurahan Lalung — "Sukamaju" & Ñoño',
      parentCode: 'KEC/KRA.01',
      kind: 'kelurahan',
      regionCode: '33.13.01.1001',
    },
  ],
  positions: [
    { code: 'SEKDA', name: 'Sekretaris Daerah', unitCode: 'SETDA', echelon: 'II.a', isHead: true },
    { code: 'CAMAT', name: 'Camat Karanganyar', unitCode: 'KEC/KRA.01', echelon: 'III.a', isHead: true },
    { code: 'STAF-1', name: '=SUM(A1:A9)', unitCode: 'KEC/KRA.01', echelon: null, isHead: false },
  ],
  employees: [
    {
      nip: '198503152010011002',
      nik: '3313011503850001',
      name: "Budi'; DROP TABLE employees;--",
      frontTitle: 'Dr. Ir.',
      backTitle: 'S.Kom., M.T.',
      rank: 'Pembina Utama Muda',
      grade: 'IV/c',
      email: 'budi.santoso@contoh.go.id',
      phone: '081234567890',
    },
    {
      nip: '000000000000000001',
      nik: null,
      name: 'TRUE',
      frontTitle: null,
      backTitle: null,
      rank: null,
      grade: null,
      email: null,
      phone: null,
    },
    {
      nip: '199001012015032001',
      nik: null,
      name: '2024-01-01',
      frontTitle: null,
      backTitle: 'S.IP.',
      rank: '1',
      grade: null,
      email: null,
      phone: '+62 271 123',
    },
  ],
  assignments: [
    {
      positionCode: 'SEKDA',
      nip: '198503152010011002',
      kind: 'definitif',
      startsOn: '2021-01-04',
      endsOn: null,
      decreeNumber: '800/1/2021',
    },
    {
      positionCode: 'CAMAT',
      nip: '198503152010011002',
      kind: 'plt',
      startsOn: '2024-02-29',
      endsOn: '2024-08-31',
      decreeNumber: null,
    },
    {
      positionCode: 'STAF-1',
      nip: '199001012015032001',
      kind: 'pj',
      startsOn: '1999-12-31',
      endsOn: '1999-12-31',
      decreeNumber: '0001',
    },
  ],
};

describe('writeOrgFile → parseOrgFile', () => {
  it('gives back the same plan, titles, Plt end dates and SQL-looking or formula-looking text included', async () => {
    await expect(parseOrgFile(await writeOrgFile(SAMPLE))).resolves.toEqual({ plan: SAMPLE, problems: [] });
  });

  it('round-trips an empty plan', async () => {
    const empty: OrgPlan = { units: [], positions: [], employees: [], assignments: [] };
    await expect(parseOrgFile(await writeOrgFile(empty))).resolves.toEqual({ plan: empty, problems: [] });
  });

  it('round-trips any valid plan (property)', async () => {
    await fc.assert(
      fc.asyncProperty(planArbitrary(), async (plan) => {
        const result = await parseOrgFile(await writeOrgFile(plan));
        expect(result.problems).toEqual([]);
        expect(result.plan).toEqual(plan);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});

describe('buildOrgTemplate', () => {
  it('parses with zero problems and yields exactly its example rows', async () => {
    await expect(parseOrgFile(await buildOrgTemplate())).resolves.toEqual({ plan: ORG_TEMPLATE_EXAMPLE, problems: [] });
  });

  it('has the instructions and data sheets with bold frozen headers, text NIP columns and drop-down lists', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildOrgTemplate()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Petunjuk', 'Unit', 'Jabatan', 'Pegawai', 'Penugasan']);
    for (const format of ORG_SHEETS) {
      const sheet = workbook.getWorksheet(format.name)!;
      expect(sheet.getRow(1).values).toEqual([undefined, ...format.columns.map((column) => column.header)]);
      expect(sheet.getCell('A1').font?.bold).toBe(true);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    }
    const employees = workbook.getWorksheet('Pegawai')!;
    expect([employees.getColumn(1).numFmt, employees.getColumn(2).numFmt]).toEqual(['@', '@']);
    expect(employees.getCell('A2').value).toBe('198503152010011002');
    expect(workbook.getWorksheet('Unit')!.getCell('D2').dataValidation).toMatchObject({
      type: 'list',
      formulae: [`"${UNIT_KINDS.join(',')}"`],
    });
    expect(workbook.getWorksheet('Jabatan')!.getCell('E500').dataValidation?.formulae).toEqual(['"Ya,Tidak"']);
    expect(workbook.getWorksheet('Penugasan')!.getCell('D3').value).toEqual(new Date(Date.UTC(2024, 2, 1)));
  });

  it('explains every column of every sheet in the Petunjuk sheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildOrgTemplate()) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const lines = new Set<string>();
    workbook.getWorksheet('Petunjuk')!.eachRow((row) => {
      lines.add(`${row.getCell(1).text}|${row.getCell(2).text}|${row.getCell(4).text}`);
    });
    for (const format of ORG_SHEETS) {
      for (const column of format.columns) expect(lines).toContain(`${format.name}|${column.header}|${column.description}`);
    }
  });
});

// Printable text without control, format (zero-width, bidi) or surrogate characters, trimmed, non-empty.
const text = (maxLength: number) =>
  fc
    .string({ unit: 'grapheme', minLength: 1, maxLength })
    .map((value) => value.trim())
    .filter((value) => value.length > 0 && value.length <= maxLength && !/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/u.test(value));
const optionalText = (maxLength: number) => fc.option(text(maxLength), { nil: null });
const code = fc.stringMatching(/^[A-Za-z0-9._\-/]{1,20}$/);
const digits = (length: number) => fc.stringMatching(new RegExp(`^\\d{${length}}$`));
const isoDate = fc
  .integer({ min: 0, max: 200 * 365 })
  .map((days) => new Date(Date.UTC(1950, 0, 1) + days * 86_400_000).toISOString().slice(0, 10));
const pickFrom = <T>(items: readonly T[], index: number) => items[index % items.length];

const unitFields = fc.record({
  name: text(200),
  kind: fc.constantFrom(...UNIT_KINDS),
  regionCode: fc.option(code, { nil: null }),
  parent: fc.nat(),
});
const positionFields = fc.record({ name: text(200), unit: fc.nat(), echelon: optionalText(40), isHead: fc.boolean() });
const employeeFields = fc.record({
  nik: fc.option(digits(16), { nil: null }),
  name: text(200),
  frontTitle: optionalText(60),
  backTitle: optionalText(100),
  rank: optionalText(100),
  grade: optionalText(20),
  email: fc.option(fc.emailAddress(), { nil: null }),
  phone: fc.option(fc.stringMatching(/^\+?[0-9]{3,12}$/), { nil: null }),
});
const assignmentFields = fc.record({
  position: fc.nat(),
  employee: fc.nat(),
  kind: fc.constantFrom(...ASSIGNMENT_KINDS),
  startsOn: isoDate,
  endsOn: fc.option(isoDate, { nil: null }),
  decreeNumber: optionalText(100),
});
const rawPlan = fc.record({
  units: fc.uniqueArray(fc.tuple(code, unitFields), { minLength: 1, maxLength: 6, selector: ([unitCode]) => unitCode }),
  positions: fc.uniqueArray(fc.tuple(code, positionFields), {
    minLength: 1,
    maxLength: 6,
    selector: ([positionCode]) => positionCode,
  }),
  employees: fc.uniqueArray(fc.tuple(digits(18), employeeFields), { minLength: 1, maxLength: 6, selector: ([nip]) => nip }),
  assignments: fc.array(assignmentFields, { maxLength: 6 }),
});

/** Valid plans: parents are earlier units (no cycle), one head per unit, unique NIKs, end never before start. */
function planArbitrary(): fc.Arbitrary<OrgPlan> {
  return rawPlan.map(({ units, positions, employees, assignments }) => {
    const unitCodes = units.map(([unitCode]) => unitCode);
    const headedUnits = new Set<string>();
    const usedNiks = new Set<string>();
    return {
      units: units.map(([unitCode, { parent, ...rest }], index) => ({
        code: unitCode,
        ...rest,
        parentCode: parent % (index + 1) === index ? null : unitCodes[parent % (index + 1)],
      })),
      positions: positions.map(([positionCode, { unit, isHead, ...rest }]) => {
        const unitCode = pickFrom(unitCodes, unit);
        const head = isHead && !headedUnits.has(unitCode);
        if (head) headedUnits.add(unitCode);
        return { code: positionCode, unitCode, ...rest, isHead: head };
      }),
      employees: employees.map(([nip, { nik, ...rest }]) => {
        const uniqueNik = nik !== null && !usedNiks.has(nik) ? nik : null;
        if (uniqueNik) usedNiks.add(uniqueNik);
        return { nip, ...rest, nik: uniqueNik };
      }),
      assignments: assignments.map(({ position, employee, startsOn, endsOn, ...rest }) => ({
        positionCode: pickFrom(positions, position)[0],
        nip: pickFrom(employees, employee)[0],
        ...rest,
        startsOn: endsOn !== null && endsOn < startsOn ? endsOn : startsOn,
        endsOn: endsOn !== null && endsOn < startsOn ? startsOn : endsOn,
      })),
    };
  });
}
