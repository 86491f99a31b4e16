/** Zod contracts of the evidence files (bukti dukung) uploaded for LKE criteria (the web imports only this file). */
import { z } from 'zod';

/** Files per upload request. */
export const MAX_EVIDENCE_FILES_PER_UPLOAD = 5;
/** Files per criterion of an evaluation (both sides together). */
export const MAX_EVIDENCE_FILES_PER_CRITERION = 20;

/** `:evidenceFileId` of an uploaded evidence file. */
export const EvidenceFileIdParams = z.object({ evidenceFileId: z.uuid() });

/**
 * The criterion the uploaded files support: `?criterionId=` (as the web's upload sends it) or a multipart text field
 * of that name; a missing one is a 422 from the service (after the 404 and 403 checks).
 */
export const EvidenceUploadFields = z.object({ criterionId: z.string().trim().min(1).max(40).optional() });
export type EvidenceUploadFields = z.infer<typeof EvidenceUploadFields>;

/** One uploaded evidence file as the API shows it. */
export const EvidenceFileView = z.object({
  id: z.string(),
  evaluationId: z.string(),
  criterionId: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  /** Who uploaded it: the evaluated OPD (`unit`) or the evaluator. */
  side: z.enum(['unit', 'evaluator']),
  uploadedBy: z.string().nullable(),
  uploaderName: z.string().nullable(),
  uploadedAt: z.string(),
  downloadUrl: z.string(),
  /** Whether the acting user may remove it now. */
  mayRemove: z.boolean(),
});
export type EvidenceFileView = z.infer<typeof EvidenceFileView>;

/** The evidence files of an evaluation (every criterion), oldest first. */
export const EvidenceFileListView = z.object({ items: z.array(EvidenceFileView) });
export type EvidenceFileListView = z.infer<typeof EvidenceFileListView>;
