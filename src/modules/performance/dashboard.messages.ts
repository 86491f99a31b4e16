/** Messages of the e-SAKIP dashboards: server messages (`performance.dashboard.…`) and the projection reasons it adds. */

/** Server messages, registered under the `performance` namespace (keys `performance.dashboard.…`). */
export const dashboardMessages = {
  id: {
    dashboard: {
      yearRange: 'Tahun harus berupa angka 2000 sampai 2100.',
    },
  },
  en: {
    dashboard: {
      yearRange: 'The year must be a number from 2000 to 2100.',
    },
  },
};

/** Why a year-end projection was not made, besides the capaian engine's own reasons (Indonesian and English). */
export const PROJECTION_REASONS: Readonly<Record<string, { readonly id: string; readonly en: string }>> = {
  no_annual_target: { id: 'Belum ada target tahunan.', en: 'There is no annual target yet.' },
  no_realisasi: { id: 'Belum ada realisasi terverifikasi.', en: 'There is no verified realisasi yet.' },
};
