/** API client of the DPMD tab: mandatory results, base numbers per desa, target overrides and recompute. */
import type {
  AccountabilityView,
  BasesView,
  MandatoryResultView,
  OverrideTargetInput,
  RecomputeView,
  SaveBasesInput,
  VillageTargetView,
} from '../../../../../src/modules/villages/village-accountability.contract.ts';
import { api, queryString } from '../../../app/api.ts';

export type { AccountabilityView, BasesView, MandatoryResultView, OverrideTargetInput, RecomputeView, VillageTargetView };
/** The mandatory results of a year. */
export interface MandatoryResultListView {
  year: number;
  items: MandatoryResultView[];
}

const P = '/api/villages';

/** React Query keys of the tab (one root so a change refreshes it all). */
export const dpmdKeys = {
  all: ['villages-dpmd'] as const,
  results: (year: number) => ['villages-dpmd', 'results', year] as const,
  bases: (year: number) => ['villages-dpmd', 'bases', year] as const,
  desa: (regionId: string, year: number) => ['villages-dpmd', 'desa', regionId, year] as const,
};

/** A plain non-negative decimal as the API accepts it (a typed comma becomes a dot); null when it is not one. */
export function decimalOrNull(text: string): string | null {
  const value = text.trim().replace(',', '.');
  return /^\d{1,15}(\.\d{1,6})?$/.test(value) ? value : null;
}

/** The mandatory results of a year. */
export const fetchMandatoryResults = (year: number) =>
  api<MandatoryResultListView>(`${P}/mandatory-results${queryString({ year })}`);

/** Adds the default mandatory results of a year (existing codes kept). */
export const addDefaults = (year: number) =>
  api<MandatoryResultListView>(`${P}/mandatory-results/defaults`, { method: 'POST', body: { year } });

/** Derives every desa's targets of a year again (overrides kept). */
export const recompute = (year: number) => api<RecomputeView>(`${P}/targets/recompute`, { method: 'POST', body: { year } });

/** The base numbers of every desa of a year. */
export const fetchBases = (year: number) => api<BasesView>(`${P}/bases${queryString({ year })}`);

/** Saves base numbers of one desa-year. */
export const saveBases = (regionId: string, year: number, input: SaveBasesInput) =>
  api<Record<string, string>>(`${P}/bases/${encodeURIComponent(regionId)}/${year}`, { method: 'PUT', body: input });

/** The accountability view of one desa-year (its targets, rules and overrides). */
export const fetchDesaAccountability = (regionId: string, year: number) =>
  api<AccountabilityView>(`${P}/desa/${encodeURIComponent(regionId)}/accountability${queryString({ year })}`);

/** Sets (or with `value: null` drops) the DPMD target of a desa for a mandatory result. */
export const overrideTarget = (regionId: string, year: number, mandatoryResultId: string, input: OverrideTargetInput) =>
  api<VillageTargetView>(`${P}/targets/${encodeURIComponent(regionId)}/${year}/${encodeURIComponent(mandatoryResultId)}`, {
    method: 'PUT',
    body: input,
  });
