import type { z } from 'zod';
import type {
  DryRunView,
  EmployeeListView,
  ImportProblemView,
  ImportQueuedView,
  OrgSummaryView,
  UnitView,
} from '../../../../src/modules/organization/organization.contract.ts';
import { api, queryString } from '../../app/api.ts';

/** A unit of the org chart with its positions and their current holders, as listed flat by the server. */
export type { UnitView };

/** A position inside a unit. */
export type PositionView = UnitView['positions'][number];

/** One person holding a position; `kind` is definitif, plt, plh or pj. */
export type HolderView = PositionView['holders'][number];

/** Counts shown on the dashboard. */
export type OrgSummary = z.infer<typeof OrgSummaryView>;

/** One problem found in an import file. */
export type ImportProblem = z.infer<typeof ImportProblemView>;

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
  api<z.infer<typeof EmployeeListView>>(`/api/org/employees${queryString({ q, page, pageSize: EMPLOYEE_PAGE_SIZE })}`);

/** Dashboard counts. */
export const fetchOrgSummary = () => api<OrgSummary>('/api/org/summary');

function fileForm(file: File): FormData {
  const form = new FormData();
  form.append('file', file);
  return form;
}

/** Checks an import file and reports problems without changing data. */
export const dryRunImport = (file: File) => api<DryRunView>('/api/org/import/dry-run', { method: 'POST', body: fileForm(file) });

/** Starts the import as a background job. */
export const startImport = (file: File) =>
  api<z.infer<typeof ImportQueuedView>>('/api/org/import', { method: 'POST', body: fileForm(file) });

/** Download addresses (plain links; the browser sends the session cookie). */
export const ORG_TEMPLATE_URL = '/api/org/template';
export const ORG_EXPORT_URL = '/api/org/export';
