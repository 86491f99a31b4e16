/** API client of the village IDM pages: list, one desa-year, save, simulate, XLSX addresses and upload. */
import type {
  IdmDesaView,
  IdmImportView,
  IdmListView,
  IdmScoresInput,
  IdmSimulationView,
  IdmStatusView,
} from '../../../../src/modules/villages/idm.contract.ts';
import { api, queryString } from '../../app/api.ts';
import { type UploadProgress, uploadFile } from '../../app/upload.ts';

export type { IdmDesaView, IdmImportView, IdmListView, IdmSimulationView, IdmStatusView };

const P = '/api/villages/idm';
const enc = encodeURIComponent;

/** React Query keys of the IDM pages. */
export const villagesKeys = {
  all: ['villages-idm'] as const,
  list: (year: number, kecamatanId: string) => ['villages-idm', 'list', year, kecamatanId] as const,
  desa: (regionId: string, year: number) => ['villages-idm', 'desa', regionId, year] as const,
  simulation: (regionId: string, year: number) => ['villages-idm', 'simulation', regionId, year] as const,
};

/** One page of the year's desa (`after`: the last desa code of the previous page). */
export function fetchIdmList(year: number, kecamatanId: string, after?: string): Promise<IdmListView> {
  return api<IdmListView>(`${P}${queryString({ year, kecamatanId, after, limit: 100 })}`);
}

const desaPath = (regionId: string, year: number) => `${P}/desa/${enc(regionId)}/years/${year}`;

/** One desa-year with every indicator. */
export function fetchDesaIdm(regionId: string, year: number): Promise<IdmDesaView> {
  return api<IdmDesaView>(desaPath(regionId, year));
}

/** Saves every indicator score of a desa-year; the server recomputes the IDM. */
export function saveDesaScores(regionId: string, year: number, input: IdmScoresInput): Promise<IdmDesaView> {
  return api<IdmDesaView>(desaPath(regionId, year), { method: 'PUT', body: input });
}

/** The smallest improvement to the next status, from the stored scores. */
export function fetchSimulation(regionId: string, year: number): Promise<IdmSimulationView> {
  return api<IdmSimulationView>(`${desaPath(regionId, year)}/simulation`);
}

/** The address of the year's XLSX export. */
export const idmExportUrl = (year: number) => `${P}/export?year=${year}`;

export type { UploadProgress };

/** Sends the year's IDM file to check it (`dryRun`) or import it, reporting upload progress. */
export function uploadIdmFile(
  year: number,
  file: File,
  opts: { dryRun: boolean; csrfToken: string; language: string; onProgress: UploadProgress },
): Promise<IdmImportView> {
  return uploadFile<IdmImportView>(`${P}/import?year=${year}&dryRun=${opts.dryRun}`, file, opts);
}

/** Colour of a status badge, lowest status first (red → green); the label always goes with it. */
const STATUS_COLORS = ['red', 'orange', 'yellow', 'teal', 'green'] as const;

/** The Mantine colour of a status code within the tenant's statuses (gray when unknown or none). */
export function statusColor(statuses: readonly IdmStatusView[], code: string | null | undefined): string {
  const index = statuses.findIndex((s) => s.code === code);
  if (index < 0) return 'gray';
  // Spread the colours over however many statuses the tenant has.
  const at =
    statuses.length <= 1 ? STATUS_COLORS.length - 1 : Math.round((index * (STATUS_COLORS.length - 1)) / (statuses.length - 1));
  return STATUS_COLORS[at]!;
}
