import { api, queryString } from '../../app/api.ts';

/** How an employee holds a position: definitive, or acting (Plt/Plh/Pj). */
export type HolderKind = 'definitif' | 'plt' | 'plh' | 'pj';

/** One person holding a position. */
export interface HolderView {
  employeeId: string;
  name: string;
  nip: string;
  kind: HolderKind;
}

/** A position inside a unit. */
export interface PositionView {
  id: string;
  code: string;
  name: string;
  echelon: string | null;
  isHead: boolean;
  holders: HolderView[];
}

/** An organisational unit, with its positions, as listed flat by the server. */
export interface UnitView {
  id: string;
  parentId: string | null;
  code: string;
  name: string;
  kind: string;
  positions: PositionView[];
}

/** One row of the employee table. */
export interface EmployeeView {
  id: string;
  nip: string;
  name: string;
  rank: string | null;
  grade: string | null;
  email: string | null;
  phone: string | null;
  positions: { positionName: string; unitName: string; kind: HolderKind }[];
}

/** Counts shown on the dashboard. */
export interface OrgSummary {
  units: number;
  positions: number;
  employees: number;
  kecamatan: number;
  desa: number;
  kelurahan: number;
}

/** One problem found in an import file. */
export interface ImportProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** Result of checking an import file without writing anything. */
export interface DryRunResult {
  ok: boolean;
  counts: { units: number; positions: number; employees: number; assignments: number };
  problems: ImportProblem[];
}

/** A background job as polled by the UI. */
export interface JobView {
  id: string;
  name: string;
  status: 'pending' | 'running' | 'done' | 'dead';
  progress: number | null;
  result: unknown;
  error: string | null;
}

/** Page size of the employee table. */
export const EMPLOYEE_PAGE_SIZE = 50;

/** Query keys of this feature, so mutations can invalidate them. */
export const orgKeys = {
  all: ['org'] as const,
  units: (q: string) => ['org', 'units', q] as const,
  employees: (q: string, page: number) => ['org', 'employees', q, page] as const,
  summary: ['org', 'summary'] as const,
};

/** Units (flat), optionally filtered by a search text (matches plus their ancestors). */
export const fetchUnits = (q: string) => api<{ units: UnitView[] }>(`/api/org/units${queryString({ q })}`).then((r) => r.units);

/** One page of employees. */
export const fetchEmployees = (q: string, page: number) =>
  api<{ items: EmployeeView[]; total: number }>(`/api/org/employees${queryString({ q, page, pageSize: EMPLOYEE_PAGE_SIZE })}`);

/** Dashboard counts. */
export const fetchOrgSummary = () => api<OrgSummary>('/api/org/summary');

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Checks an import file and reports problems without changing data. */
export const dryRunImport = (file: File) =>
  api<DryRunResult>('/api/org/import/dry-run', { method: 'POST', body: fileForm(file) });

/** Starts the import as a background job. */
export const startImport = (file: File) => api<{ jobId: string }>('/api/org/import', { method: 'POST', body: fileForm(file) });

/** Reads the state of a background job. */
export const fetchJob = (jobId: string) => api<JobView>(`/api/jobs/${encodeURIComponent(jobId)}`);

/** Download addresses (plain links; the browser sends the session cookie). */
export const ORG_TEMPLATE_URL = '/api/org/template';
export const ORG_EXPORT_URL = '/api/org/export';
