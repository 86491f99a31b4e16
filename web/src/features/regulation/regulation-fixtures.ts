import type { DocumentTypeView, PackDetailView, PackSummaryView, RegulationView } from './regulation.api.ts';

/** A pack summary for the web tests of this feature. */
export function packSummary(version: number, status: PackSummaryView['status']): PackSummaryView {
  return {
    id: `0190f000-0000-7000-8000-${String(version).padStart(12, '0')}`,
    version,
    name: `Paket versi ${version}`,
    legalBasis: 'Permendagri 1/2023',
    status,
    createdAt: '2026-01-05T00:00:00.000Z',
    activatedAt: status === 'active' ? '2026-01-06T00:00:00.000Z' : null,
    retiredAt: null,
  };
}

/** The "Surat Dinas" document type as the default pack holds it. */
export const SURAT_DINAS: DocumentTypeView = {
  code: 'SD',
  name: 'Surat Dinas',
  family: 'korespondensi',
  subfamily: 'eksternal',
  layout: 'korespondensi',
  variant: 'surat_dinas',
  numberSchemeCode: 'SURAT',
  requiresSignature: true,
  signerLevels: ['II'],
};

/** A pack's lists with one document type, all labels and two instructions. */
export function packDetail(summary: PackSummaryView): PackDetailView {
  return {
    pack: summary,
    documentTypes: [SURAT_DINAS],
    labels: {
      security: [
        { code: 'biasa', label: 'Biasa', abbreviation: 'B' },
        { code: 'terbatas', label: 'Terbatas', abbreviation: 'T' },
        { code: 'rahasia', label: 'Rahasia', abbreviation: 'R' },
        { code: 'sangat_rahasia', label: 'Sangat Rahasia', abbreviation: 'SR' },
      ],
      urgency: [
        { code: 'biasa', label: 'Biasa', slaHours: null },
        { code: 'segera', label: 'Segera', slaHours: 48 },
        { code: 'sangat_segera', label: 'Sangat Segera', slaHours: 24 },
      ],
      toVerify: true,
    },
    instructions: [
      { code: 'tindak_lanjuti', label: 'Tindak lanjuti' },
      { code: 'pelajari', label: 'Pelajari' },
    ],
    archiveClassCount: 12,
  };
}

/** `GET /api/regulation` with an active pack and, optionally, a draft. */
export function regulationView(draft: PackSummaryView | null): RegulationView {
  return { ...packDetail(packSummary(1, 'active')), draft };
}
