/** API client of the LKjIP screens (`/api/lkjip`): reports of a year, one report, sections, versions, finalise, export. */
import type { z } from 'zod';
import type {
  CompletenessItemView,
  CompletenessView,
  CreateReportInput,
  ExportAllResult,
  ExportAllView,
  OutlineBlockView,
  ReportListView,
  ReportSummaryView,
  ReportView,
  SaveSectionInput,
  SectionView,
  VersionView,
} from '../../../../src/modules/lkjip/lkjip.contract.ts';
import { api, queryString } from '../../app/api.ts';

export type { CreateReportInput, ReportSummaryView, ReportView, SaveSectionInput };
/** One block of the outline (heading, paragraph, table or chart). */
export type OutlineBlock = z.infer<typeof OutlineBlockView>;
/** An editable narrative section. */
export type Section = z.infer<typeof SectionView>;
/** One thing missing before export. */
export type CompletenessItem = z.infer<typeof CompletenessItemView>;
/** An exported version with its download links. */
export type Version = z.infer<typeof VersionView>;
/** The all-OPD export job's result. */
export type ExportResult = z.infer<typeof ExportAllResult>;

const P = '/api/lkjip';
const enc = encodeURIComponent;

/** React Query keys of the LKjIP screens. */
export const lkjipKeys = {
  all: ['lkjip'] as const,
  list: (year: number) => ['lkjip', 'list', year] as const,
  one: (reportId: string) => ['lkjip', 'one', reportId] as const,
  completeness: (reportId: string) => ['lkjip', 'completeness', reportId] as const,
};

/** The reports (OPDs and the regency) of a year. */
export const fetchReports = (year: number) =>
  api<z.infer<typeof ReportListView>>(`${P}/reports${queryString({ year })}`).then((r) => r.items);

/** Creates the draft of an OPD (`unitId`) or of the regency (`unitId` null); 409 when it exists. */
export const createReport = (input: CreateReportInput) => api<ReportView>(`${P}/reports`, { method: 'POST', body: input });

/** One report with its outline, sections, completeness and versions. */
export const fetchReport = (reportId: string) => api<ReportView>(`${P}/reports/${enc(reportId)}`);

/** What is missing before export. */
export const fetchCompleteness = (reportId: string) =>
  api<z.infer<typeof CompletenessView>>(`${P}/reports/${enc(reportId)}/completeness`);

/** Saves one section's text against the version the user saw (0 when never saved); 409 when stale. */
export const saveSection = (reportId: string, input: SaveSectionInput) =>
  api<ReportView>(`${P}/reports/${enc(reportId)}/sections`, { method: 'PUT', body: input });

/** Exports a new version (DOCX and PDF are generated before the answer). */
export const createVersion = (reportId: string) => api<Version>(`${P}/reports/${enc(reportId)}/versions`, { method: 'POST' });

/** Finalises the report into an official document for the head's signature (an empty number takes the default). */
export const finaliseReport = (reportId: string, version: number, number = '') =>
  api<ReportView>(`${P}/reports/${enc(reportId)}/finalise`, {
    method: 'POST',
    body: number.trim() ? { version, number: number.trim() } : { version },
  });

/** Starts exporting every OPD's report of a year (coordinator); follow the job at `/api/jobs/:jobId`. */
export const exportAll = (year: number) =>
  api<z.infer<typeof ExportAllView>>(`${P}/exports`, { method: 'POST', body: { year } }).then((r) => r.jobId);
