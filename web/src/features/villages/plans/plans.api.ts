/** API client of the village plans page: RPJMDes with programmes, RKPDes activities, APBDes import/export, summary. */
import type {
  BudgetImportView,
  BudgetLineView,
  BudgetView,
  Implementation,
  PlansSummaryView,
  ProgrammeInput,
  ProgrammeView,
  RkpActivityInput,
  RkpActivityView,
  RkpView,
  RpjmInput,
  RpjmListView,
  RpjmView,
} from '../../../../../src/modules/villages/village-plans.contract.ts';
import { VILLAGE_BIDANG } from '../../../../../src/modules/villages/village-plans.contract.ts';
import { api, queryString } from '../../../app/api.ts';
import { type FileUploadOptions, uploadFile } from '../../../app/upload.ts';

export type {
  BudgetImportView,
  BudgetLineView,
  BudgetView,
  Implementation,
  PlansSummaryView,
  ProgrammeInput,
  ProgrammeView,
  RkpActivityInput,
  RkpActivityView,
  RkpView,
  RpjmInput,
  RpjmListView,
  RpjmView,
};
export { VILLAGE_BIDANG };

/** The five bidang numbers. */
export const BIDANG_NUMBERS = [1, 2, 3, 4, 5] as const;
/** The pola pelaksanaan choices. */
export const POLA: readonly Implementation[] = ['swakelola', 'kerja_sama_antar_desa', 'pihak_ketiga'];

const enc = encodeURIComponent;
const desaUrl = (regionId: string) => `/api/villages/desa/${enc(regionId)}`;

/** React Query keys of the village plans page. */
export const plansKeys = {
  all: ['village-plans'] as const,
  rpjm: (regionId: string) => ['village-plans', 'rpjm', regionId] as const,
  rkp: (regionId: string, year: number) => ['village-plans', 'rkp', regionId, year] as const,
  apbdes: (regionId: string, year: number) => ['village-plans', 'apbdes', regionId, year] as const,
  summary: (regionId: string, year: number) => ['village-plans', 'summary', regionId, year] as const,
};

/** Every RPJMDes of a desa. */
export const fetchRpjm = (regionId: string) => api<RpjmListView>(`${desaUrl(regionId)}/rpjm`);
/** Starts an RPJMDes. */
export const createRpjm = (regionId: string, body: RpjmInput) =>
  api<RpjmView>(`${desaUrl(regionId)}/rpjm`, { method: 'POST', body });
/** Changes an RPJMDes at the version seen. */
export const updateRpjm = (id: string, body: RpjmInput & { status: 'draft' | 'final'; version: number }) =>
  api<RpjmView>(`/api/villages/rpjm/${enc(id)}`, { method: 'PUT', body });
/** Adds a programme, or changes one at the version seen. */
export const saveProgramme = (rpjmId: string, body: ProgrammeInput, existing: ProgrammeView | null) =>
  existing
    ? api<ProgrammeView>(`/api/villages/programmes/${enc(existing.id)}`, {
        method: 'PUT',
        body: { ...body, version: existing.version },
      })
    : api<ProgrammeView>(`/api/villages/rpjm/${enc(rpjmId)}/programmes`, { method: 'POST', body });

/** The RKPDes of a desa-year. */
export const fetchRkp = (regionId: string, year: number) => api<RkpView>(`${desaUrl(regionId)}/rkp/${year}`);
/** Adds an activity, or changes one at the version seen. */
export const saveActivity = (regionId: string, year: number, body: RkpActivityInput, existing: RkpActivityView | null) =>
  existing
    ? api<RkpActivityView>(`/api/villages/rkp-activities/${enc(existing.id)}`, {
        method: 'PUT',
        body: { ...body, version: existing.version },
      })
    : api<RkpActivityView>(`${desaUrl(regionId)}/rkp/${year}/activities`, { method: 'POST', body });
/** Deletes an activity at the version seen. */
export const deleteActivity = (activity: RkpActivityView) =>
  api<void>(`/api/villages/rkp-activities/${enc(activity.id)}${queryString({ version: activity.version })}`, {
    method: 'DELETE',
  });

/** The APBDes of a desa-year. */
export const fetchBudget = (regionId: string, year: number) => api<BudgetView>(`${desaUrl(regionId)}/apbdes/${year}`);
/** APBDes belanja vs RKPDes biaya per bidang. */
export const fetchSummary = (regionId: string, year: number) =>
  api<PlansSummaryView>(`${desaUrl(regionId)}/plans/${year}/summary`);
/** The address of the APBDes workbook. */
export const budgetExportUrl = (regionId: string, year: number) => `${desaUrl(regionId)}/apbdes/${year}/export`;

/** Sends an APBDes file to check it (`dryRun`) or replace the year's APBDes at the version seen. */
export function uploadBudgetFile(
  regionId: string,
  year: number,
  file: File,
  opts: FileUploadOptions & { dryRun: boolean; version: number | null },
): Promise<BudgetImportView> {
  const query = queryString({ dryRun: String(opts.dryRun), version: opts.version ?? undefined });
  return uploadFile<BudgetImportView>(`${desaUrl(regionId)}/apbdes/${year}/import${query}`, file, opts);
}

/** Formats a decimal string as rupiah for display (grouping only; the value itself stays exact text). */
export function rupiah(value: string, locale: string): string {
  const [whole = '0', fraction = '00'] = value.replace(/^-/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale.startsWith('id') ? '.' : ',');
  const sign = value.startsWith('-') ? '-' : '';
  const decimals = fraction.padEnd(2, '0').slice(0, 2);
  return `${sign}${grouped}${locale.startsWith('id') ? ',' : '.'}${decimals}`;
}
