/** Sample PK views for the agreement component tests. */
import type { AgreementSummaryView, AgreementView } from './agreements.api.ts';

const party = (positionId: string, positionName: string, name: string | null = null) => ({
  positionId,
  positionName,
  name,
  nip: name ? '196705121990031003' : null,
  signedAt: null as string | null,
});

/** A summary of a PK of DISKOMINFO for `year`. */
export function summary(id: string, status: AgreementSummaryView['status'], extra: Partial<AgreementSummaryView> = {}) {
  return {
    id,
    unitId: 'u-kominfo',
    unitName: 'Dinas Komunikasi dan Informatika',
    year: 2027,
    level: 'opd' as const,
    firstParty: party('p-kadis', 'Kepala Dinas Komunikasi dan Informatika', status === 'draft' ? null : 'Agus Salim'),
    secondParty: party('p-bupati', 'Bupati Karanganyar', status === 'draft' ? null : 'Juliyatmono'),
    revision: 0,
    supersedesId: null,
    revisionReason: null,
    status,
    documentId: status === 'draft' ? null : 'doc-1',
    documentNumber: status === 'draft' ? null : 'PK/2027/DISKOMINFO/KADIS',
    verificationCode: status === 'draft' ? null : 'ABCD-1234',
    version: 3,
    ...extra,
  } satisfies AgreementSummaryView;
}

/** A full PK view with one item (one action) and two budget rows. */
export function agreement(id: string, status: AgreementView['status'], extra: Partial<AgreementView> = {}): AgreementView {
  return {
    ...summary(id, status),
    items: [
      {
        id: 'i1',
        indicatorId: 'ind1',
        sasaran: 'Meningkatnya SPBE',
        indicatorName: 'Indeks SPBE',
        unitOfMeasure: 'indeks',
        target: { kind: 'number', value: '3.75', min: null, max: null, text: null },
        sortOrder: 0,
        actionPlans: [
          {
            id: 'a1',
            itemId: 'i1',
            period: 'Q1',
            action: 'Sosialisasi SPBE',
            targetText: null,
            targetValue: '25',
            budget: '15000000.5',
            picPositionId: 'p-kadis',
            sortOrder: 0,
            version: 1,
          },
        ],
      },
    ],
    budgets: [
      {
        id: 'b1',
        programCode: '2.16.02',
        programName: 'Program Aplikasi Informatika',
        kegiatanCode: null,
        kegiatanName: null,
        subKegiatanCode: null,
        subKegiatanName: null,
        pagu: '1500000000.5',
        sortOrder: 0,
      },
      {
        id: 'b2',
        programCode: '2.16.03',
        programName: 'Program Statistik',
        kegiatanCode: null,
        kegiatanName: null,
        subKegiatanCode: null,
        subKegiatanName: null,
        pagu: '75000000',
        sortOrder: 1,
      },
    ],
    budgetTotal: '1575000000.5',
    nextSigner: status === 'signing' ? 'second' : null,
    mySignatureDue: false,
    ...extra,
  };
}

/** The org chart answer: Setda with the Bupati, Diskominfo with its head. */
export const ORG_UNITS = {
  units: [
    { id: 'root', parentId: null, code: 'PEMDA', name: 'Pemerintah Kabupaten', kind: 'pemda', positions: [] },
    {
      id: 'u-setda',
      parentId: 'root',
      code: 'SETDA',
      name: 'Sekretariat Daerah',
      kind: 'sekretariat',
      positions: [
        {
          id: 'p-bupati',
          code: 'BUPATI',
          name: 'Bupati Karanganyar',
          echelon: null,
          isHead: true,
          holders: [{ employeeId: 'e2', name: 'Juliyatmono', nip: '1', kind: 'definitif' }],
        },
      ],
    },
    {
      id: 'u-kominfo',
      parentId: 'root',
      code: 'DISKOMINFO',
      name: 'Dinas Komunikasi dan Informatika',
      kind: 'dinas',
      positions: [
        {
          id: 'p-kadis',
          code: 'KADIS-KOMINFO',
          name: 'Kepala Dinas Komunikasi dan Informatika',
          echelon: 'II.b',
          isHead: true,
          holders: [{ employeeId: 'e1', name: 'Agus Salim', nip: '196705121990031003', kind: 'definitif' }],
        },
      ],
    },
  ],
};
