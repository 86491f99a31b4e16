/**
 * HTTP contract of the reviu of an LKjIP by the Inspektorat (APIP, PermenPANRB 53/2014 Lampiran III) under
 * `/api/lkjip`; the web imports only this file.
 */
import { z } from 'zod';

const Text = (max: number) => z.string().trim().min(1).max(max);
const Version = z.number().int().min(1);

/** The evaluator checks (in_review), asks the OPD for revisions (revisions_requested), then accepts (terminal). */
export const ReviewStatus = z.enum(['in_review', 'revisions_requested', 'accepted']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** A note is open, answered by the OPD, or resolved by the evaluator. */
export const NoteStatus = z.enum(['open', 'answered', 'resolved']);
export type NoteStatus = z.infer<typeof NoteStatus>;

/** How much a note weighs (acceptance needs every note resolved, whatever its severity). */
export const NoteSeverity = z.enum(['low', 'medium', 'high']);
export type NoteSeverity = z.infer<typeof NoteSeverity>;

/** The key of the whole report, for notes that concern no single section. */
export const GENERAL_SECTION_KEY = 'umum';

/** `:reviewId`. */
export const ReviewIdParams = z.object({ reviewId: z.uuid() });
/** `:noteId`. */
export const NoteIdParams = z.object({ noteId: z.uuid() });

/** `GET /api/lkjip/reviews`: the reviews the actor may see, optionally of one year or status. */
export const ReviewListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: ReviewStatus.optional(),
});

/**
 * `POST /api/lkjip/reviews/:reviewId/notes`: a note on a section — a narrative section key of the outline
 * (`bab1.isu_strategis`), a chapter key (`bab3b`, `lampiran`) or `umum` for the whole report.
 */
export const NoteInput = z.object({
  sectionKey: z
    .string()
    .trim()
    .regex(/^[a-z0-9_.-]{2,120}$/),
  text: Text(4000),
  severity: NoteSeverity,
});
export type NoteInput = z.infer<typeof NoteInput>;

/** `PUT /api/lkjip/review-notes/:noteId`: the note again, with the version the evaluator saw. */
export const UpdateNoteInput = NoteInput.extend({ version: Version });
export type UpdateNoteInput = z.infer<typeof UpdateNoteInput>;

/** `POST /api/lkjip/review-notes/:noteId/response`: the OPD's answer (a new answer replaces the previous one). */
export const RespondInput = z.object({ response: Text(4000), version: Version });
export type RespondInput = z.infer<typeof RespondInput>;

/** `POST …/resolve` and `POST …/reopen`: the note's version as the evaluator saw it. */
export const NoteVersionInput = z.object({ version: Version });

/** `POST /api/lkjip/reviews/:reviewId/conclude`: revisions requested or accepted, with the conclusion (LHR text). */
export const ConcludeInput = z.object({
  outcome: z.enum(['revisions_requested', 'accepted']),
  conclusion: Text(8000),
  version: Version,
});
export type ConcludeInput = z.infer<typeof ConcludeInput>;

/** What the acting user may do with one note now. */
export const NoteMayView = z.object({ edit: z.boolean(), respond: z.boolean(), resolve: z.boolean(), reopen: z.boolean() });

/** One note with the OPD's response and its resolution. */
export const NoteView = z.object({
  id: z.string(),
  sectionKey: z.string(),
  text: z.string(),
  severity: NoteSeverity,
  status: NoteStatus,
  response: z.string().nullable(),
  respondedBy: z.string().nullable(),
  respondedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  version: z.number(),
  may: NoteMayView,
});
export type NoteView = z.infer<typeof NoteView>;

/** The notes of one section, in outline order; `title` is null for a key no longer in the outline. */
export const NoteGroupView = z.object({ sectionKey: z.string(), title: z.string().nullable(), notes: z.array(NoteView) });
export type NoteGroupView = z.infer<typeof NoteGroupView>;

/** A section the evaluator may write a note on. */
export const ReviewSectionOption = z.object({ key: z.string(), title: z.string() });

/** A review with its notes grouped by section. */
export const ReviewView = z.object({
  id: z.string(),
  reportId: z.string(),
  status: ReviewStatus,
  reviewerName: z.string().nullable(),
  startedAt: z.string(),
  concludedAt: z.string().nullable(),
  concludedByName: z.string().nullable(),
  conclusion: z.string().nullable(),
  version: z.number(),
  counts: z.object({ open: z.number(), answered: z.number(), resolved: z.number() }),
  groups: z.array(NoteGroupView),
  may: z.object({ addNote: z.boolean(), conclude: z.boolean() }),
});
export type ReviewView = z.infer<typeof ReviewView>;

/** `GET /api/lkjip/reports/:reportId/review`: the report's review (null before one is started) and what the actor may do. */
export const ReportReviewView = z.object({
  reportId: z.string(),
  reportStatus: z.enum(['draft', 'final']),
  review: ReviewView.nullable(),
  /** The sections of the outline a note may name (evaluators only; empty for others). */
  sections: z.array(ReviewSectionOption),
  may: z.object({ start: z.boolean() }),
});
export type ReportReviewView = z.infer<typeof ReportReviewView>;

/** A review in a list. */
export const ReviewSummaryView = z.object({
  id: z.string(),
  reportId: z.string(),
  unitId: z.string().nullable(),
  unitName: z.string(),
  year: z.number(),
  reportStatus: z.enum(['draft', 'final']),
  status: ReviewStatus,
  startedAt: z.string(),
  concludedAt: z.string().nullable(),
  counts: z.object({ open: z.number(), answered: z.number(), resolved: z.number() }),
});
export type ReviewSummaryView = z.infer<typeof ReviewSummaryView>;

export const ReviewListView = z.object({ items: z.array(ReviewSummaryView) });
