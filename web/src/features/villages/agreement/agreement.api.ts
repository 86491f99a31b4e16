/** API client of the PK Kepala Desa page: the year's PKs (of a desa, or awaiting my signature), generate, sign, revise. */
import type {
  VillageAgreementList,
  VillageAgreementView,
} from '../../../../../src/modules/villages/village-agreements.contract.ts';
import { api, queryString } from '../../../app/api.ts';

export type { VillageAgreementList, VillageAgreementView };

const P = '/api/villages/agreements';
const enc = encodeURIComponent;

/** React Query keys of the PK Kepala Desa page. */
export const villageAgreementKeys = {
  all: ['village-agreements'] as const,
  ofDesa: (regionId: string, year: number) => ['village-agreements', 'desa', regionId, year] as const,
  awaiting: (year: number) => ['village-agreements', 'awaiting', year] as const,
};

/** Every revision of a desa's PK for the year (oldest first). */
export const fetchDesaAgreements = (regionId: string, year: number) =>
  api<VillageAgreementList>(`${P}${queryString({ year, regionId })}`);

/** The year's PKs whose next signature is mine. */
export const fetchAwaitingMe = (year: number) => api<VillageAgreementList>(`${P}${queryString({ year, awaitingMe: 'true' })}`);

/** Generates the year's PK of a desa (put out for signature at once). */
export const generateDesaAgreement = (regionId: string, year: number) =>
  api<VillageAgreementView>(`/api/villages/desa/${enc(regionId)}/agreements`, { method: 'POST', body: { year } });

/** Signs as the party whose turn it is (passphrase only with BSrE). */
export const signDesaAgreement = (id: string, passphrase: string) =>
  api<VillageAgreementView>(`${P}/${enc(id)}/sign`, { method: 'POST', body: passphrase ? { passphrase } : {} });

/** Makes a PK perubahan of a signed PK. */
export const reviseDesaAgreement = (id: string, reason: string, version: number) =>
  api<VillageAgreementView>(`${P}/${enc(id)}/revise`, { method: 'POST', body: { reason, version } });

/** The address of the PK's PDF (with the signatures so far). */
export const desaAgreementPdfUrl = (id: string) => `${P}/${enc(id)}/pdf`;

/** The PK in force or in progress: the latest revision that is not superseded. */
export function currentAgreement(items: readonly VillageAgreementView[]): VillageAgreementView | null {
  const live = items.filter((a) => a.status !== 'superseded');
  return live.reduce<VillageAgreementView | null>((best, a) => (!best || a.revision > best.revision ? a : best), null);
}
