/** API calls of the LKjIP reviu panel (types from the server contract only); every change answers the whole review. */
import type {
  ConcludeInput,
  NoteInput,
  NoteView,
  ReportReviewView,
  ReviewStatus,
} from '../../../../../src/modules/lkjip/review.contract.ts';
import { api } from '../../../app/api.ts';

export type { ConcludeInput, NoteInput, NoteView, ReportReviewView, ReviewStatus };

const enc = encodeURIComponent;

/** Query key of one report's review. */
export const reviuKey = (reportId: string) => ['lkjip', 'reviu', reportId] as const;

/** The report's review (null before one is started) with what the user may do. */
export const fetchReportReview = (reportId: string) => api<ReportReviewView>(`/api/lkjip/reports/${enc(reportId)}/review`);
/** Starts the review (evaluator). */
export const startReview = (reportId: string) =>
  api<ReportReviewView>(`/api/lkjip/reports/${enc(reportId)}/review`, { method: 'POST' });
/** Adds a note on a section (evaluator). */
export const addNote = (reviewId: string, input: NoteInput) =>
  api<ReportReviewView>(`/api/lkjip/reviews/${enc(reviewId)}/notes`, { method: 'POST', body: input });
/** Concludes the review: revisions requested or accepted (evaluator). */
export const concludeReview = (reviewId: string, input: ConcludeInput) =>
  api<ReportReviewView>(`/api/lkjip/reviews/${enc(reviewId)}/conclude`, { method: 'POST', body: input });
/** Answers a note (the OPD's planners). */
export const respondToNote = (note: NoteView, response: string) =>
  api<ReportReviewView>(`/api/lkjip/review-notes/${enc(note.id)}/response`, {
    method: 'POST',
    body: { response, version: note.version },
  });
/** Resolves or reopens a note (evaluator). */
export const changeNoteStatus = (note: NoteView, action: 'resolve' | 'reopen') =>
  api<ReportReviewView>(`/api/lkjip/review-notes/${enc(note.id)}/${action}`, {
    method: 'POST',
    body: { version: note.version },
  });
