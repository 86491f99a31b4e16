/**
 * The blank organisation XLSX template users download and fill in: the instructions sheet plus the four
 * data sheets, each with one or two valid example rows.
 */
import type { OrgPlan } from '../org-plan.ts';
import { renderOrgWorkbook } from './org-file-writer.ts';

/** The example rows the template carries; they are valid, so the template itself imports cleanly. */
export const ORG_TEMPLATE_EXAMPLE: OrgPlan = {
  units: [
    { code: 'DISKOMINFO', name: 'Dinas Komunikasi dan Informatika', parentCode: null, kind: 'dinas', regionCode: null },
    { code: 'KEC-KRA', name: 'Kecamatan Karanganyar', parentCode: null, kind: 'kecamatan', regionCode: '33.13.09' },
  ],
  positions: [
    {
      code: 'KADIS-KOMINFO',
      name: 'Kepala Dinas Komunikasi dan Informatika',
      unitCode: 'DISKOMINFO',
      echelon: 'II.b',
      isHead: true,
    },
    { code: 'CAMAT-KRA', name: 'Camat Karanganyar', unitCode: 'KEC-KRA', echelon: 'III.a', isHead: true },
  ],
  employees: [
    {
      nip: '198503152010011002',
      nik: '3313011503850001',
      name: 'Budi Santoso',
      frontTitle: 'Dr.',
      backTitle: 'S.Kom., M.T.',
      rank: 'Pembina Utama Muda',
      grade: 'IV/c',
      email: 'budi.santoso@contoh.go.id',
      phone: '081234567890',
    },
    {
      nip: '199001012015032001',
      nik: null,
      name: 'Siti Aminah',
      frontTitle: null,
      backTitle: 'S.IP.',
      rank: 'Penata',
      grade: 'III/c',
      email: null,
      phone: null,
    },
  ],
  assignments: [
    {
      positionCode: 'KADIS-KOMINFO',
      nip: '198503152010011002',
      kind: 'definitif',
      startsOn: '2023-01-02',
      endsOn: null,
      decreeNumber: '800/123/2023',
    },
    {
      positionCode: 'CAMAT-KRA',
      nip: '199001012015032001',
      kind: 'plt',
      startsOn: '2024-03-01',
      endsOn: '2024-08-31',
      decreeNumber: '800/45/2024',
    },
  ],
};

/** The example with its kecamatan row moved to one of the tenant's own kecamatan, so the template passes a dry run there. */
export function exampleFor(kecamatan?: { code: string; name: string }): OrgPlan {
  if (!kecamatan) return ORG_TEMPLATE_EXAMPLE;
  return {
    ...ORG_TEMPLATE_EXAMPLE,
    units: ORG_TEMPLATE_EXAMPLE.units.map((u) =>
      u.kind === 'kecamatan' ? { ...u, name: `Kecamatan ${kecamatan.name}`, regionCode: kecamatan.code } : u,
    ),
    positions: ORG_TEMPLATE_EXAMPLE.positions.map((p) =>
      p.code === 'CAMAT-KRA' ? { ...p, name: `Camat ${kecamatan.name}` } : p,
    ),
  };
}

/** Builds the downloadable template (opens on the Petunjuk sheet), its example set in the tenant's own kecamatan when given. */
export function buildOrgTemplate(kecamatan?: { code: string; name: string }): Promise<Buffer> {
  return renderOrgWorkbook(exampleFor(kecamatan), { openOnGuide: true });
}
