/** API client of the "Verifikasi" tab: the kecamatan's queue of submitted realisasi, one realisasi, verify and return. */
import type {
  VerificationQueueView,
  VillageRealizationView,
} from '../../../../../src/modules/villages/village-accountability.contract.ts';
import { api, queryString } from '../../../app/api.ts';

export type { VerificationQueueView, VillageRealizationView };
/** One row of the verification queue. */
export type VerificationQueueItem = VerificationQueueView['items'][number];

const P = '/api/villages';

/** React Query keys of the tab (one root so a review refreshes the queue and the detail). */
export const verificationKeys = {
  all: ['villages-verification'] as const,
  queue: (year: number, kecamatanId: string) => ['villages-verification', 'queue', year, kecamatanId] as const,
  one: (id: string) => ['villages-verification', 'one', id] as const,
};

/** Submitted realisasi of a year the actor may verify (optionally one kecamatan). */
export const fetchQueue = (year: number, kecamatanId: string) =>
  api<VerificationQueueView>(`${P}/verification-queue${queryString({ year, kecamatanId })}`);

/** One realisasi with its (masked) evidence. */
export const fetchRealization = (id: string) => api<VillageRealizationView>(`${P}/realizations/${encodeURIComponent(id)}`);

/** Verifies a realisasi at the version seen (note optional). */
export const verifyRealization = (id: string, version: number, note: string | null) =>
  api<VillageRealizationView>(`${P}/realizations/${encodeURIComponent(id)}/verify`, {
    method: 'POST',
    body: { version, note },
  });

/** Returns a realisasi to the desa at the version seen, with what to fix (required). */
export const returnRealization = (id: string, version: number, note: string) =>
  api<VillageRealizationView>(`${P}/realizations/${encodeURIComponent(id)}/return`, {
    method: 'POST',
    body: { version, note },
  });
