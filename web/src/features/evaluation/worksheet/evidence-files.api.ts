/** API client of the evidence files (bukti dukung) uploaded for LKE criteria. */
import type { EvidenceFileListView, EvidenceFileView } from '../../../../../src/modules/evaluation/evidence-files.contract.ts';
import { api } from '../../../app/api.ts';
import { type FileUploadOptions, uploadFile } from '../../../app/upload.ts';

export type { EvidenceFileView };

const enc = encodeURIComponent;
const listUrl = (evaluationId: string) => `/api/evaluation/evaluations/${enc(evaluationId)}/evidence-files`;

/** React Query key of an evaluation's evidence files. */
export const evidenceFilesKey = (evaluationId: string) => ['evaluation', 'evidence-files', evaluationId] as const;

/** Every evidence file of the evaluation (all criteria). */
export const fetchEvidenceFiles = (evaluationId: string) => api<EvidenceFileListView>(listUrl(evaluationId)).then((r) => r.items);

/** Uploads one file for the criterion (progress reported); answers the evaluation's evidence files afterwards. */
export const uploadEvidenceFile = (evaluationId: string, criterionId: string, file: File, opts: FileUploadOptions) =>
  uploadFile<EvidenceFileListView>(`${listUrl(evaluationId)}?criterionId=${enc(criterionId)}`, file, opts).then((r) => r.items);

/** Removes an evidence file (only the side that uploaded it, in its stage). */
export const removeEvidenceFile = (evidenceFileId: string) =>
  api<{ removed: true }>(`/api/evaluation/evidence-files/${enc(evidenceFileId)}`, { method: 'DELETE' });
