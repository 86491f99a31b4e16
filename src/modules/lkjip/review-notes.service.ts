/**
 * Changes of one reviu note: the evaluator edits, resolves or reopens it; the report's preparers answer it. Each is
 * one transaction: a compare-and-set on the note's version (409 when stale), a bump of the review's version (409
 * when the review was accepted meanwhile) and an audit record.
 */
import { sql } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import type { LkjipReviewNotesTable } from '../../db/schema/lkjip-review.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { type Decision, enforce } from './lkjip.policy.ts';
import type { ReportRow } from './lkjip.queries.ts';
import type { ReportReviewView, RespondInput, UpdateNoteInput } from './review.contract.ts';
import { mayEditNote, mayReopenNote, mayResolve, mayRespond, type ReviewActor, reopenedStatus } from './review.policy.ts';
import { loadNote, type NoteRow, type ReviewRow, sectionCatalogue } from './review.queries.ts';
import { checkSectionKey, getReportReview, reviewContext, touchOpenReview } from './review.service.ts';

type NoteChange = Partial<Omit<LkjipReviewNotesTable, 'id' | 'tenant_id' | 'review_id' | 'version'>>;

interface NoteAction {
  readonly version: number;
  readonly audit: string;
  decide(actor: ReviewActor, review: ReviewRow, note: NoteRow): Decision;
  change(tx: RequestContext, note: NoteRow): NoteChange;
  data?: Record<string, unknown>;
  /** Extra checks after the policy and before the transaction (e.g. the section key). */
  check?(report: ReportRow): Promise<void>;
}

/** SECURITY: note lookup first (404 across tenants), then the policy, then one compare-and-set transaction. */
async function changeNote(ctx: RequestContext, noteId: string, action: NoteAction): Promise<ReportReviewView> {
  const note = await loadNote(ctx, noteId);
  const { review, report, actor } = await reviewContext(ctx, note.review_id);
  enforce(action.decide(actor, review, note));
  await action.check?.(report);
  await inTransaction(ctx, async (tx) => {
    const done = await tenantDb(tx)
      .updateTable('lkjip_review_notes')
      .set({ ...action.change(tx, note), updated_at: tx.platform.now().toISOString(), version: sql<number>`version + 1` })
      .where('id', '=', note.id)
      .where('version', '=', action.version)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new ConflictError('lkjip.review.staleNote');
    await touchOpenReview(tx, review.id);
    const data = { reviewId: review.id, ...action.data };
    await recordAudit(tx, action.audit, { objectType: 'lkjip_review_note', objectId: note.id, data });
  });
  return getReportReview(ctx, report.id);
}

/** The evaluator changes a note's section, text or severity (not once resolved). */
export function updateNote(ctx: RequestContext, noteId: string, input: UpdateNoteInput): Promise<ReportReviewView> {
  return changeNote(ctx, noteId, {
    version: input.version,
    audit: 'lkjip.review.note_updated',
    data: { sectionKey: input.sectionKey, severity: input.severity },
    decide: (actor, review, note) => mayEditNote(actor, review.status, note.status),
    check: async (report) => checkSectionKey(await sectionCatalogue(ctx, report), input.sectionKey),
    change: () => ({ section_key: input.sectionKey, text: input.text, severity: input.severity }),
  });
}

/** The report's preparers answer a note (a new answer replaces the previous one); the note becomes answered. */
export function respondToNote(ctx: RequestContext, noteId: string, input: RespondInput): Promise<ReportReviewView> {
  return changeNote(ctx, noteId, {
    version: input.version,
    audit: 'lkjip.review.note_answered',
    data: { length: input.response.length },
    decide: (actor, review, note) => mayRespond(actor, review.status, note.status),
    change: (tx) => ({
      ...{ status: 'answered' as const, response: input.response },
      ...{ responded_by: tx.actor.userId, responded_at: tx.platform.now().toISOString() },
    }),
  });
}

/** The evaluator resolves an open or answered note. */
export function resolveNote(ctx: RequestContext, noteId: string, version: number): Promise<ReportReviewView> {
  return changeNote(ctx, noteId, {
    version,
    audit: 'lkjip.review.note_resolved',
    decide: (actor, review, note) => mayResolve(actor, review.status, note.status),
    change: (tx) => ({ status: 'resolved' as const, resolved_by: tx.actor.userId, resolved_at: tx.platform.now().toISOString() }),
  });
}

/** The evaluator reopens a resolved note: answered again when the OPD had responded, else open. */
export function reopenNote(ctx: RequestContext, noteId: string, version: number): Promise<ReportReviewView> {
  return changeNote(ctx, noteId, {
    version,
    audit: 'lkjip.review.note_reopened',
    decide: (actor, review, note) => mayReopenNote(actor, review.status, note.status),
    change: (_tx, note) => ({ status: reopenedStatus(note.response !== null), resolved_by: null, resolved_at: null }),
  });
}
