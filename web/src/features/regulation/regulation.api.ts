import type {
  ArchiveClassListView,
  DocumentTypeInput,
  DocumentTypeView,
  InstructionsInput,
  KkaImportView,
  LabelsInput,
  PackDetailView,
  PackSummaryView,
  RegulationView,
} from '../../../../src/modules/regulation/regulation.contract.ts';
import { api, queryString } from '../../app/api.ts';

export type {
  DocumentTypeInput,
  DocumentTypeView,
  InstructionsInput,
  KkaImportView,
  LabelsInput,
  PackDetailView,
  PackSummaryView,
  RegulationView,
};
/** One KKA entry. */
export type ArchiveClass = ArchiveClassListView['items'][number];

/** Query keys of this feature, so mutations can invalidate them. */
export const regulationKeys = {
  all: ['regulation'] as const,
  active: ['regulation', 'active'] as const,
  kka: (q: string, parent: string | null) => ['regulation', 'kka', q, parent ?? ''] as const,
  pack: (packId: string) => ['regulation', 'pack', packId] as const,
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

const packPath = (packId: string) => `/api/regulation/packs/${encodeURIComponent(packId)}`;

/** One pack with its document types, labels and instructions (used for the draft being edited). */
export const fetchPack = (packId: string) => api<PackDetailView>(packPath(packId));

/** Makes a draft copy of the active pack; answers the existing draft when there is one. */
export const createDraftPack = () => api<PackSummaryView>('/api/regulation/packs', { method: 'POST', body: {} });

/** Saves (or adds) one document type of a draft. */
export const saveDocumentType = (packId: string, code: string, body: DocumentTypeInput) =>
  api<{ ok: true }>(`${packPath(packId)}/document-types/${encodeURIComponent(code)}`, { method: 'PUT', body });

/** Saves the security and urgency labels (with SLA hours) of a draft. */
export const saveLabels = (packId: string, body: LabelsInput) =>
  api<{ ok: true }>(`${packPath(packId)}/labels`, { method: 'PUT', body });

/** Saves the whole list of disposition instructions of a draft, in display order. */
export const saveInstructions = (packId: string, body: InstructionsInput) =>
  api<{ ok: true }>(`${packPath(packId)}/instructions`, { method: 'PUT', body });
