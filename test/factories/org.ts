import type { OrgPlan } from '../../src/modules/organization/index.ts';

/** A small organisation: two root units, one child unit, four positions, four employees, three assignments. */
export function smallOrgPlan(): OrgPlan {
  return {
    units: [
      { code: 'SETDA', name: 'Sekretariat Daerah', parentCode: null, kind: 'sekretariat', regionCode: null },
      { code: 'BAG-ORG', name: 'Bagian Organisasi', parentCode: 'SETDA', kind: 'bagian', regionCode: null },
      { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', parentCode: null, kind: 'dinas', regionCode: null },
    ],
    positions: [
      { code: 'SEKDA', name: 'Sekretaris Daerah', unitCode: 'SETDA', echelon: 'II.a', isHead: true },
      { code: 'KABAG-ORG', name: 'Kepala Bagian Organisasi', unitCode: 'BAG-ORG', echelon: 'III.a', isHead: true },
      {
        code: 'KADIS-KOMINFO',
        name: 'Kepala Dinas Komunikasi dan Informatika',
        unitCode: 'DISKOMINFO',
        echelon: 'II.b',
        isHead: true,
      },
      { code: 'PRANATA-KOMINFO', name: 'Pranata Komputer', unitCode: 'DISKOMINFO', echelon: 'JF', isHead: false },
    ],
    employees: [
      employee('198503152010011002', 'Budi Santoso'),
      employee('199001012015032001', 'Siti Aminah'),
      employee('196705121990031003', 'Agus Salim'),
      employee('199207072019031004', 'Dewi Lestari'),
    ],
    assignments: [
      {
        positionCode: 'SEKDA',
        nip: '198503152010011002',
        kind: 'definitif',
        startsOn: '2023-01-02',
        endsOn: null,
        decreeNumber: '800/1/2023',
      },
      {
        positionCode: 'KABAG-ORG',
        nip: '199001012015032001',
        kind: 'plt',
        startsOn: '2024-03-01',
        endsOn: null,
        decreeNumber: null,
      },
      {
        positionCode: 'KADIS-KOMINFO',
        nip: '196705121990031003',
        kind: 'definitif',
        startsOn: '2022-06-01',
        endsOn: null,
        decreeNumber: null,
      },
    ],
  };
}

function employee(nip: string, name: string): OrgPlan['employees'][number] {
  return { nip, nik: null, name, frontTitle: null, backTitle: null, rank: null, grade: null, email: null, phone: null };
}
