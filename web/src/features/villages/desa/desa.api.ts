/** API client of the desa report screens: which desa the user reports for, and the desa-year accountability view. */
import type { IdmListView } from '../../../../../src/modules/villages/idm.contract.ts';
import type {
  AccountabilityIndicatorView,
  AccountabilityView,
  Quarter,
} from '../../../../../src/modules/villages/village-accountability.contract.ts';
import { api, queryString } from '../../../app/api.ts';

export type { AccountabilityIndicatorView, AccountabilityView, Quarter };

/** The four quarters in order. */
export const QUARTERS: readonly Quarter[] = ['Q1', 'Q2', 'Q3', 'Q4'];

/** React Query keys of the desa report screens. */
export const desaKeys = {
  all: ['villages-desa'] as const,
  mine: (year: number) => ['villages-desa', 'mine', year] as const,
  accountability: (regionId: string, year: number) => ['villages-desa', 'accountability', regionId, year] as const,
};

/** A desa the user may report for. */
export interface DesaChoice {
  id: string;
  name: string;
  kecamatanName: string | null;
}

/**
 * The desa the user sees in the IDM list: for a desa operator only the desa linked to their position (the server
 * links user → position → unit → region), for regency staff the first page of every desa.
 */
export async function fetchMyDesa(year: number): Promise<DesaChoice[]> {
  const list = await api<IdmListView>(`/api/villages/idm${queryString({ year, limit: 100 })}`);
  return list.items.map((row) => ({ id: row.regionId, name: row.name, kecamatanName: row.kecamatanName }));
}

/** The desa-year's indicators with quarter realisasi, status and capaian (the service worker keeps the last copy). */
export function fetchAccountability(regionId: string, year: number): Promise<AccountabilityView> {
  return api<AccountabilityView>(`/api/villages/desa/${encodeURIComponent(regionId)}/accountability${queryString({ year })}`);
}
