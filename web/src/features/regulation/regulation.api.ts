import type {
  ArchiveClassListView,
  DocumentTypeView,
  KkaImportView,
  PackSummaryView,
  RegulationView,
} from '../../../../src/modules/regulation/regulation.contract.ts';
import { api, queryString } from '../../app/api.ts';

export type { DocumentTypeView, KkaImportView, PackSummaryView, RegulationView };
/** One KKA entry. */
export type ArchiveClass = ArchiveClassListView['items'][number];

/** Query keys of this feature, so mutations can invalidate them. */
export const regulationKeys = {
  all: ['regulation'] as const,
  active: ['regulation', 'active'] as const,
  kka: (q: string, parent: string | null) => ['regulation', 'kka', q, parent ?? ''] as const,
};

/** The active pack with its lists, and the draft if any. */
export const fetchRegulation = () => api<RegulationView>('/api/regulation');

/** KKA entries: a search (code prefix or name) or the children of `parent` (top level when both are empty). */
export const fetchArchiveClasses = (q: string, parent: string | null) =>
  api<ArchiveClassListView>(`/api/regulation/archive-classes${queryString({ q, parent })}`);

/** Address of the XLSX template (a plain link; the browser sends the session cookie). */
export const KKA_TEMPLATE_URL = '/api/regulation/archive-classes/template';

/** Checks (dry run) or imports a KKA workbook into the draft pack. */
export function importKka(file: File, dryRun: boolean) {
  const form = new FormData();
  form.append('file', file);
  return api<KkaImportView>(`/api/regulation/archive-classes/import${queryString({ dryRun: String(dryRun) })}`, {
    method: 'POST',
    body: form,
  });
}

/** Activates a draft pack; the active one is retired. */
export const activatePack = (packId: string) =>
  api<PackSummaryView>(`/api/regulation/packs/${encodeURIComponent(packId)}/activate`, { method: 'POST', body: {} });
