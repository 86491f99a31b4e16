/** Server messages of the LKjIP module (keys `lkjip.…`) and the completeness items' texts, Indonesian and English. */
export const lkjipMessages = {
  id: {
    notPlanner: 'Hanya perencana perangkat daerah ini atau unit perencanaan (Bappeda) yang dapat menyusun laporan kinerja ini.',
    regencyCoordinatorOnly:
      'Laporan kinerja pemerintah daerah dan ekspor seluruh perangkat daerah hanya untuk unit perencanaan (Bappeda) atau admin perencana.',
    unitNotOpd: 'Pilih perangkat daerah (bukan bidang atau seksi).',
    reportExists: 'Laporan kinerja untuk cakupan dan tahun ini sudah ada.',
    unknownSection: 'Bagian "{{key}}" tidak ada dalam kerangka laporan ini.',
    staleSection: 'Bagian ini baru saja diubah oleh orang lain; muat ulang lalu coba lagi.',
    staleReport: 'Laporan ini baru saja diubah oleh orang lain; muat ulang lalu coba lagi.',
    isFinal: 'Laporan ini sudah final dan sedang/sudah ditandatangani; isinya tidak dapat diubah lagi.',
    noVersion: 'Ekspor laporan (DOCX/PDF) paling sedikit sekali sebelum memfinalkan.',
    incomplete: 'Laporan belum lengkap; lengkapi dahulu butir-butir pada pemeriksaan kelengkapan.',
    noRegencyHead:
      'Tidak ada unit pemerintah daerah (jenis pemda) dengan jabatan kepala daerah yang dijabat hari ini; lengkapi struktur organisasi dahulu.',
    noHead: 'Perangkat daerah ini tidak memiliki jabatan kepala dengan pejabat hari ini.',
    versionNotFound: 'Versi laporan tidak ditemukan.',
    completeness: {
      realisasiNotVerified:
        'Indikator "{{indicator}}" belum memiliki realisasi terverifikasi untuk periode terakhir ({{period}}).',
      agreementNotSigned: 'Perjanjian Kinerja tahun {{year}} belum ditandatangani.',
      sectionEmpty: 'Bagian "{{title}}" belum berisi uraian.',
      noBudget: 'Belum ada data anggaran (DPA) tahun {{year}}.',
      noIndicators: 'Tidak ada indikator kinerja untuk tahun {{year}}.',
      opdAgreementNotSigned: 'Perjanjian Kinerja Kepala {{unit}} dengan kepala daerah tahun {{year}} belum ditandatangani.',
      regencyAgreementsNone:
        'Belum ada Perjanjian Kinerja kepala perangkat daerah dengan kepala daerah tahun {{year}} yang ditandatangani (lampiran).',
    },
  },
  en: {
    notPlanner: 'Only the planners of this agency or the planning unit (Bappeda) may prepare this performance report.',
    regencyCoordinatorOnly:
      "The regency's report and the all-agency export are for the planning unit (Bappeda) or a planning admin only.",
    unitNotOpd: 'Choose an agency (not a division or section).',
    reportExists: 'A performance report for this scope and year already exists.',
    unknownSection: 'Section "{{key}}" is not part of this report\'s outline.',
    staleSection: 'Someone else has just changed this section; reload and try again.',
    staleReport: 'Someone else has just changed this report; reload and try again.',
    isFinal: 'This report is final and out for (or done with) signature; its content can no longer change.',
    noVersion: 'Export the report (DOCX/PDF) at least once before finalising it.',
    incomplete: 'The report is incomplete; resolve the items of the completeness check first.',
    noRegencyHead:
      'There is no regency (pemda) unit whose head position has a holder today; complete the organisation structure first.',
    noHead: 'This agency has no head position with a holder today.',
    versionNotFound: 'Report version not found.',
    completeness: {
      realisasiNotVerified: 'Indicator "{{indicator}}" has no verified realisasi for its last period ({{period}}).',
      agreementNotSigned: 'The performance agreement (PK) of {{year}} is not signed.',
      sectionEmpty: 'Section "{{title}}" has no text.',
      noBudget: 'There is no budget (DPA) data for {{year}}.',
      noIndicators: 'There are no performance indicators for {{year}}.',
      opdAgreementNotSigned:
        'The performance agreement (PK) of the head of {{unit}} with the regional head for {{year}} is not signed.',
      regencyAgreementsNone:
        'No performance agreement (PK) of an agency head with the regional head for {{year}} is signed yet (appendix).',
    },
  },
};
