/**
 * Reviu of an LKjIP by the Inspektorat (PermenPANRB 53/2014 Lampiran III): start, notes per section, the OPD's
 * responses, resolution and the conclusion. Each use case looks the row up through tenantDb first (404 across
 * tenants), then asks review.policy.ts (403/409), then writes in one transaction with an audit record.
 */
import { sql } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { enforce } from './lkjip.policy.ts';
import { loadReport, type ReportRow } from './lkjip.queries.ts';
import type { ConcludeInput, NoteInput, ReportReviewView } from './review.contract.ts';
import { mayAddNote, mayConclude, mayReadReview, mayStartReview, type ReviewActor } from './review.policy.ts';
import {
  loadReview,
  noteRowsOf,
  type ReviewRow,
  reviewActor,
  reviewOfReport,
  reviewView,
  type SectionOption,
  sectionCatalogue,
} from './review.queries.ts';

const K = 'lkjip.review';

/** The report's review as the actor may see it (null before one is started), with what they may do. */
export async function getReportReview(ctx: RequestContext, reportId: string): Promise<ReportReviewView> {
  // SECURITY: tenant-scoped lookup first (404 for another tenant's id), the read policy after.
  const report = await loadReport(ctx, reportId);
  const actor = await reviewActor(ctx, report.unit_id);
  const review = await reviewOfReport(ctx, report.id);
  if (review) enforce(mayReadReview(actor, review.status, report.status));
  const catalogue = review || actor.assesses ? await sectionCatalogue(ctx, report) : [];
  const writesNotes = review ? mayAddNote(actor, review.status).allowed : actor.assesses;
  return {
    ...{ reportId: report.id, reportStatus: report.status },
    review: review ? await reviewView(ctx, review, actor, catalogue) : null,
    sections: writesNotes ? catalogue : [],
    may: { start: mayStartReview(actor, review !== undefined).allowed },
  };
}

/** An evaluator starts the reviu of a report (one per report; 409 when it exists). */
export async function startReview(ctx: RequestContext, reportId: string): Promise<ReportReviewView> {
  const report = await loadReport(ctx, reportId);
  const actor = await reviewActor(ctx, report.unit_id);
  enforce(mayStartReview(actor, (await reviewOfReport(ctx, report.id)) !== undefined));
  await inTransaction(ctx, async (tx) => {
    if (await reviewOfReport(tx, report.id)) throw new ConflictError(`${K}.exists`);
    const id = newId();
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('lkjip_reviews', {
        ...{ id, report_id: report.id, reviewer_id: tx.actor.userId, status: 'in_review' as const },
        ...{ started_at: now, concluded_at: null, concluded_by: null, conclusion: null, updated_at: now },
      })
      .execute();
    await recordAudit(tx, 'lkjip.review.started', { objectType: 'lkjip_review', objectId: id, data: { reportId: report.id } });
  });
  return getReportReview(ctx, report.id);
}

/** The review, its report and the actor's facts for that report (404 across tenants through the review lookup). */
export async function reviewContext(
  ctx: RequestContext,
  reviewId: string,
): Promise<{ review: ReviewRow; report: ReportRow; actor: ReviewActor }> {
  const review = await loadReview(ctx, reviewId);
  const report = await loadReport(ctx, review.report_id);
  return { review, report, actor: await reviewActor(ctx, report.unit_id) };
}

/** 422 when the section key names nothing in the report's outline (nor `umum`). */
export function checkSectionKey(catalogue: readonly SectionOption[], key: string): void {
  if (!catalogue.some((s) => s.key === key))
    throw new ValidationError([{ field: 'body.sectionKey', message: `${K}.unknownSection`, params: { key } }]);
}

/**
 * Bumps the review's version inside a note change, so a conclusion made on an older view answers 409; 409 as well
 * when the review was accepted meanwhile.
 */
export async function touchOpenReview(tx: RequestContext, reviewId: string): Promise<void> {
  const result = await tenantDb(tx)
    .updateTable('lkjip_reviews')
    .set({ updated_at: tx.platform.now().toISOString(), version: sql<number>`version + 1` })
    .where('id', '=', reviewId)
    .where('status', '!=', 'accepted')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError(`${K}.concluded`);
}

/** The evaluator adds a note on a section of the report while the review is open. */
export async function addNote(ctx: RequestContext, reviewId: string, input: NoteInput): Promise<ReportReviewView> {
  const { review, report, actor } = await reviewContext(ctx, reviewId);
  enforce(mayAddNote(actor, review.status));
  checkSectionKey(await sectionCatalogue(ctx, report), input.sectionKey);
  await inTransaction(ctx, async (tx) => {
    await touchOpenReview(tx, review.id);
    const id = newId();
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('lkjip_review_notes', {
        ...{ id, review_id: review.id, section_key: input.sectionKey, text: input.text, severity: input.severity },
        ...{ status: 'open' as const, response: null, responded_by: null, responded_at: null },
        ...{ resolved_by: null, resolved_at: null, created_by: tx.actor.userId, created_at: now, updated_at: now },
      })
      .execute();
    const data = { reviewId: review.id, sectionKey: input.sectionKey, severity: input.severity };
    await recordAudit(tx, 'lkjip.review.note_added', { objectType: 'lkjip_review_note', objectId: id, data });
  });
  return getReportReview(ctx, report.id);
}

/** 409 naming each unresolved note (field `notes.<id>`, with its section title and the start of its text). */
function unresolvedConflict(
  notes: readonly { id: string; section_key: string; text: string }[],
  catalogue: readonly SectionOption[],
) {
  const title = new Map(catalogue.map((s) => [s.key, s.title]));
  const fields = notes.map((n) => ({
    field: `notes.${n.id}`,
    message: `${K}.noteUnresolved`,
    params: {
      section: title.get(n.section_key) ?? n.section_key,
      excerpt: n.text.length > 80 ? `${n.text.slice(0, 79)}…` : n.text,
    },
  }));
  return new ConflictError(`${K}.notesUnresolved`, {}, fields);
}

/**
 * The evaluator concludes: revisions requested (some note unresolved) or accepted (every note resolved, else 409
 * with the unresolved notes as field messages). Compares the review's version, which every note change bumps.
 */
export async function concludeReview(ctx: RequestContext, reviewId: string, input: ConcludeInput): Promise<ReportReviewView> {
  const { review, report, actor } = await reviewContext(ctx, reviewId);
  const catalogue = await sectionCatalogue(ctx, report);
  await inTransaction(ctx, async (tx) => {
    const current = await loadReview(tx, review.id);
    const unresolved = (await noteRowsOf(tx, [review.id])).filter((n) => n.status !== 'resolved');
    const decision = mayConclude(actor, current.status, input.outcome, unresolved.length);
    if (!decision.allowed && decision.reason === `${K}.notesUnresolved`) throw unresolvedConflict(unresolved, catalogue);
    enforce(decision);
    if (current.version !== input.version) throw new ConflictError(`${K}.staleReview`);
    const now = tx.platform.now().toISOString();
    const done = await tenantDb(tx)
      .updateTable('lkjip_reviews')
      .set({ status: input.outcome, conclusion: input.conclusion, concluded_at: now, concluded_by: tx.actor.userId })
      .set({ updated_at: now, version: input.version + 1 })
      .where('id', '=', review.id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(done.numUpdatedRows) !== 1) throw new ConflictError(`${K}.staleReview`);
    const data = { reportId: report.id, outcome: input.outcome, notes: unresolved.length };
    await recordAudit(tx, 'lkjip.review.concluded', { objectType: 'lkjip_review', objectId: review.id, data });
  });
  return getReportReview(ctx, report.id);
}
