import type {
  CaseFileDetailView,
  CaseFileListView,
  CaseFileView,
  CreateCaseFileInput,
  FiledView,
  LetterCaseFileView,
} from '../../../../src/modules/records/records.contract.ts';
import { api, queryString } from '../../app/api.ts';

/** A berkas as listed. */
export type CaseFile = CaseFileView;
/** One berkas with the letters I may see. */
export type CaseFileDetail = CaseFileDetailView;
/** The answer of filing a letter (with an optional KKA warning). */
export type Filed = FiledView;
/** The berkas of a letter. */
export type LetterCaseFile = LetterCaseFileView;
/** Input of a new berkas. */
export type NewCaseFile = CreateCaseFileInput;

/** Filters of the berkas list. */
export interface CaseFileFilters {
  q?: string;
  status?: 'open' | 'closed' | '';
  year?: number | '';
  kka?: string;
}

/** Page size of the berkas list. */
export const CASE_FILE_PAGE_SIZE = 25;

/** Query keys of this feature. */
export const recordsKeys = {
  all: ['records'] as const,
  list: (filters: CaseFileFilters) => ['records', 'list', filters] as const,
  detail: (id: string) => ['records', 'detail', id] as const,
  ofLetter: (letterId: string) => ['records', 'letter', letterId] as const,
};

const caseFileUrl = (id: string) => `/api/case-files/${encodeURIComponent(id)}`;

/** One page of berkas matching the filters, newest first. */
export const fetchCaseFiles = (filters: CaseFileFilters, cursor: string | null = null) =>
  api<CaseFileListView>(
    `/api/case-files${queryString({ q: filters.q, status: filters.status, year: filters.year, kka: filters.kka, cursor, limit: CASE_FILE_PAGE_SIZE })}`,
  );

/** One berkas with the letters I may see and the count of the others. */
export const fetchCaseFile = (id: string) => api<CaseFileDetail>(caseFileUrl(id));

/** Opens a new berkas (arsiparis). */
export const createCaseFile = (input: NewCaseFile) => api<CaseFile>('/api/case-files', { method: 'POST', body: input });

/** Closes a berkas at the version I saw. */
export const closeCaseFile = (id: string, version: number) =>
  api<CaseFile>(`${caseFileUrl(id)}/close`, { method: 'POST', body: { version } });

/** Reopens a closed berkas at the version I saw. */
export const reopenCaseFile = (id: string, version: number) =>
  api<CaseFile>(`${caseFileUrl(id)}/reopen`, { method: 'POST', body: { version } });

/** Puts a letter into a berkas. */
export const fileLetter = (caseFileId: string, letterId: string) =>
  api<Filed>(`${caseFileUrl(caseFileId)}/letters`, { method: 'POST', body: { letterId } });

/** Moves a letter from its berkas to another. */
export const moveLetter = (fromId: string, letterId: string, toCaseFileId: string) =>
  api<Filed>(`${caseFileUrl(fromId)}/letters/${encodeURIComponent(letterId)}/move`, { method: 'POST', body: { toCaseFileId } });

/** Takes a letter out of its berkas. */
export const removeLetter = (caseFileId: string, letterId: string) =>
  api<void>(`${caseFileUrl(caseFileId)}/letters/${encodeURIComponent(letterId)}`, { method: 'DELETE' });

/** The berkas of a letter, and whether I may file it. */
export const fetchLetterCaseFile = (letterId: string) =>
  api<LetterCaseFile>(`/api/letters/${encodeURIComponent(letterId)}/case-file`);

/** The units of the tenant (for the unit pengolah of a new berkas). */
export const fetchUnits = () =>
  api<{ units: { id: string; name: string; code: string }[] }>('/api/org/units').then((r) => r.units);
