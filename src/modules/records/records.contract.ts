/** Request and response shapes of the records module: berkas (case files) and their letters. The web app imports it. */
import { z } from 'zod';

const kkaCode = z
  .string()
  .trim()
  .regex(/^[0-9]{3}(\.[0-9A-Za-z]+)*$/)
  .max(60);

/** Whether a berkas still accepts letters. */
export const CaseFileStatus = z.enum(['open', 'closed']);
export type CaseFileStatus = z.infer<typeof CaseFileStatus>;

/** `POST /api/case-files`: a new berkas of a unit pengolah under one KKA of the active regulation pack. */
export const CreateCaseFileInput = z.object({
  unitId: z.uuid(),
  kka: kkaCode,
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(2000).optional(),
  /** The year of the berkas (kurun waktu); today's year in the tenant's zone when absent. */
  year: z.number().int().min(1945).max(2100).optional(),
});
export type CreateCaseFileInput = z.infer<typeof CreateCaseFileInput>;

/** `GET /api/case-files` filters, newest first, paged by an opaque keyset cursor. */
export const CaseFileListQuery = z.object({
  unitId: z.uuid().optional(),
  year: z.coerce.number().int().min(1945).max(2100).optional(),
  /** A KKA code; matches the code itself and every code below it. */
  kka: kkaCode.optional(),
  status: CaseFileStatus.optional(),
  /** Words in the title or number. */
  q: z.string().trim().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});
export type CaseFileListQuery = z.infer<typeof CaseFileListQuery>;

/** `POST /api/case-files/:id/close` and `/reopen`: the version the user saw (compare-and-set). */
export const CaseFileVersionInput = z.object({ version: z.number().int().min(1) });
export type CaseFileVersionInput = z.infer<typeof CaseFileVersionInput>;

/** `POST /api/case-files/:id/letters`: file a letter the caller may see. */
export const FileLetterInput = z.object({ letterId: z.uuid() });
export type FileLetterInput = z.infer<typeof FileLetterInput>;

/** `POST /api/case-files/:id/letters/:letterId/move`: the berkas the letter moves to. */
export const MoveLetterInput = z.object({ toCaseFileId: z.uuid() });
export type MoveLetterInput = z.infer<typeof MoveLetterInput>;

/** A berkas as listed. */
export const CaseFileView = z.object({
  id: z.string(),
  number: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  kka: z.string(),
  /** The KKA name in the active pack; null when the pack no longer has the code. */
  kkaName: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  year: z.number(),
  status: CaseFileStatus,
  openedAt: z.string(),
  closedAt: z.string().nullable(),
  letterCount: z.number(),
  version: z.number(),
});
export type CaseFileView = z.infer<typeof CaseFileView>;

/** `GET /api/case-files` answer. */
export const CaseFileListView = z.object({ items: z.array(CaseFileView), nextCursor: z.string().nullable() });
export type CaseFileListView = z.infer<typeof CaseFileListView>;

/** A letter of a berkas that the caller may see. */
export const FiledLetterView = z.object({
  id: z.string(),
  direction: z.string(),
  agendaNumber: z.string().nullable(),
  theirNumber: z.string().nullable(),
  hal: z.string(),
  kka: z.string(),
  security: z.string(),
  receivedOn: z.string(),
  addedAt: z.string(),
});
export type FiledLetterView = z.infer<typeof FiledLetterView>;

/** `GET /api/case-files/:id`: the berkas, the letters the caller may see and how many others are hidden. */
export const CaseFileDetailView = CaseFileView.extend({
  letters: z.array(FiledLetterView),
  /** Letters in the berkas the caller may not see ("n naskah terbatas"); no details of them are given. */
  hiddenLetterCount: z.number(),
});
export type CaseFileDetailView = z.infer<typeof CaseFileDetailView>;

/** A non-blocking remark on filing (e.g. the letter's KKA lies under another top-level class). */
export const FilingWarning = z.object({ code: z.string(), message: z.string() });

/** Answer of filing or moving a letter. */
export const FiledView = z.object({
  caseFileId: z.string(),
  letterId: z.string(),
  warning: FilingWarning.nullable(),
});
export type FiledView = z.infer<typeof FiledView>;

/** `GET /api/letters/:letterId/case-file`: the berkas of a letter (null when unfiled) and whether I may file it. */
export const LetterCaseFileView = z.object({ caseFile: CaseFileView.nullable(), mayFile: z.boolean() });
export type LetterCaseFileView = z.infer<typeof LetterCaseFileView>;

/** `:caseFileId` route parameter. */
export const CaseFileIdParams = z.object({ caseFileId: z.uuid() });
/** `:caseFileId/letters/:letterId` route parameters. */
export const CaseFileLetterParams = z.object({ caseFileId: z.uuid(), letterId: z.uuid() });
/** `:letterId` route parameter. */
export const LetterIdParams = z.object({ letterId: z.uuid() });
