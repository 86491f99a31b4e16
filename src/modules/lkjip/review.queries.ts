/** Reading LKjIP reviews: rows (404 across tenants), the actor's facts, the section catalogue and the views. */
import type { Selectable } from 'kysely';
import type { LkjipReviewNotesTable, LkjipReviewsTable } from '../../db/schema/lkjip-review.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { currentPlanner, type Planner } from '../performance/index.ts';
import { mayPrepareReport } from './lkjip.policy.ts';
import { assembledReport, type ReportRow } from './lkjip.queries.ts';
import { CHAPTERS } from './lkjip-model.ts';
import {
  GENERAL_SECTION_KEY,
  type NoteGroupView,
  type NoteView,
  type ReviewSummaryView,
  type ReviewView,
} from './review.contract.ts';
import {
  mayAddNote,
  mayConclude,
  mayEditNote,
  mayReadReview,
  mayReopenNote,
  mayResolve,
  mayRespond,
  type ReviewActor,
} from './review.policy.ts';

/** A review row. */
export type ReviewRow = Selectable<LkjipReviewsTable>;
/** A note row. */
export type NoteRow = Selectable<LkjipReviewNotesTable>;
/** A section a note may name: its key and its title in the outline. */
export interface SectionOption {
  readonly key: string;
  readonly title: string;
}

/** SECURITY: the review with this id in the caller's tenant; another tenant's id is a 404. */
export async function loadReview(ctx: RequestContext, reviewId: string): Promise<ReviewRow> {
  const row = await tenantDb(ctx).selectFrom('lkjip_reviews').selectAll().where('id', '=', reviewId).executeTakeFirst();
  if (!row) throw new NotFoundError('lkjip review');
  return row;
}

/** SECURITY: the note with this id in the caller's tenant; another tenant's id is a 404. */
export async function loadNote(ctx: RequestContext, noteId: string): Promise<NoteRow> {
  const row = await tenantDb(ctx).selectFrom('lkjip_review_notes').selectAll().where('id', '=', noteId).executeTakeFirst();
  if (!row) throw new NotFoundError('lkjip review note');
  return row;
}

/** The review of a report, if one was started. */
export async function reviewOfReport(ctx: RequestContext, reportId: string): Promise<ReviewRow | undefined> {
  return tenantDb(ctx).selectFrom('lkjip_reviews').selectAll().where('report_id', '=', reportId).executeTakeFirst();
}

/** The notes of some reviews, oldest first. */
export async function noteRowsOf(ctx: RequestContext, reviewIds: readonly string[]): Promise<NoteRow[]> {
  if (reviewIds.length === 0) return [];
  return tenantDb(ctx)
    .selectFrom('lkjip_review_notes')
    .selectAll()
    .where('review_id', 'in', [...reviewIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The acting user as the review policy sees them for a report of this unit (null: the regency). */
export async function reviewActor(ctx: RequestContext, unitId: string | null): Promise<ReviewActor> {
  return actorFor(ctx, await currentPlanner(ctx), unitId);
}

function actorFor(ctx: RequestContext, planner: Planner, unitId: string | null): ReviewActor {
  return {
    assesses: ctx.actor.permissions.has('evaluation.assess'),
    prepares: mayPrepareReport(planner, unitId).allowed,
    readsPlans: ctx.actor.permissions.has('performance.plan.read'),
  };
}

/** The sections a note may name, in outline order: the whole report, then each chapter and narrative section. */
export async function sectionCatalogue(ctx: RequestContext, report: ReportRow): Promise<SectionOption[]> {
  const { content } = await assembledReport(ctx, report);
  const chapterKey = new Map(Object.entries(CHAPTERS).map(([key, heading]) => [heading as string, key]));
  const titles = new Map(content.sections.map((s) => [s.key, s.title]));
  const options = new Map<string, string>([[GENERAL_SECTION_KEY, 'Umum (seluruh laporan)']]);
  for (const block of content.document.blocks) {
    const key = block.kind === 'heading' ? chapterKey.get(block.text) : block.kind === 'paragraph' ? block.sectionKey : undefined;
    const title = block.kind === 'heading' ? block.text : key ? titles.get(key) : undefined;
    if (key && title && !options.has(key)) options.set(key, title);
  }
  return [...options].map(([key, title]) => ({ key, title }));
}

function noteView(row: NoteRow, actor: ReviewActor, review: ReviewRow): NoteView {
  return {
    ...{ id: row.id, sectionKey: row.section_key, text: row.text, severity: row.severity, status: row.status },
    ...{ response: row.response, respondedBy: row.responded_by, respondedAt: row.responded_at },
    ...{ resolvedBy: row.resolved_by, resolvedAt: row.resolved_at, createdBy: row.created_by, createdAt: row.created_at },
    version: row.version,
    may: {
      edit: mayEditNote(actor, review.status, row.status).allowed,
      respond: mayRespond(actor, review.status, row.status).allowed,
      resolve: mayResolve(actor, review.status, row.status).allowed,
      reopen: mayReopenNote(actor, review.status, row.status).allowed,
    },
  };
}

/** Notes grouped by section in catalogue order; keys no longer in the outline come last with a null title. */
function groupsOf(notes: readonly NoteView[], catalogue: readonly SectionOption[]): NoteGroupView[] {
  const keys = [...new Set([...catalogue.map((s) => s.key), ...notes.map((n) => n.sectionKey)])];
  const title = new Map(catalogue.map((s) => [s.key, s.title]));
  return keys
    .map((key) => ({ sectionKey: key, title: title.get(key) ?? null, notes: notes.filter((n) => n.sectionKey === key) }))
    .filter((g) => g.notes.length > 0);
}

/** How many notes of each status. */
export function countsOf(notes: readonly Pick<NoteRow, 'status'>[]) {
  const count = (status: NoteRow['status']) => notes.filter((n) => n.status === status).length;
  return { open: count('open'), answered: count('answered'), resolved: count('resolved') };
}

/** Display names of some users. */
export async function userNames(ctx: RequestContext, ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await tenantDb(ctx).selectFrom('users').select(['id', 'display_name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** A review with its notes grouped by section, as the actor sees it. */
export async function reviewView(
  ctx: RequestContext,
  review: ReviewRow,
  actor: ReviewActor,
  catalogue: readonly SectionOption[],
): Promise<ReviewView> {
  const rows = await noteRowsOf(ctx, [review.id]);
  const names = await userNames(ctx, [review.reviewer_id, review.concluded_by]);
  const counts = countsOf(rows);
  const unresolved = counts.open + counts.answered;
  const concludable =
    mayConclude(actor, review.status, 'accepted', unresolved).allowed ||
    mayConclude(actor, review.status, 'revisions_requested', unresolved).allowed;
  return {
    ...{ id: review.id, reportId: review.report_id, status: review.status },
    reviewerName: review.reviewer_id ? (names.get(review.reviewer_id) ?? null) : null,
    ...{ startedAt: review.started_at, concludedAt: review.concluded_at, conclusion: review.conclusion },
    concludedByName: review.concluded_by ? (names.get(review.concluded_by) ?? null) : null,
    ...{ version: review.version, counts },
    groups: groupsOf(
      rows.map((r) => noteView(r, actor, review)),
      catalogue,
    ),
    may: { addNote: mayAddNote(actor, review.status).allowed, conclude: concludable },
  };
}

/** SECURITY: the (report, review) pairs of the tenant the actor may read (review.policy mayReadReview per report). */
async function visibleReviews(ctx: RequestContext, query: { year?: number; status?: ReviewRow['status'] }) {
  let reports = tenantDb(ctx).selectFrom('lkjip_reports').selectAll();
  if (query.year !== undefined) reports = reports.where('year', '=', query.year);
  const reportRows = await reports.orderBy('year', 'desc').orderBy('scope_key').execute();
  if (reportRows.length === 0) return [];
  const ids = reportRows.map((r) => r.id);
  let reviews = tenantDb(ctx).selectFrom('lkjip_reviews').selectAll().where('report_id', 'in', ids);
  if (query.status !== undefined) reviews = reviews.where('status', '=', query.status);
  const byReport = new Map((await reviews.execute()).map((r) => [r.report_id, r]));
  const planner = await currentPlanner(ctx);
  return reportRows.flatMap((report) => {
    const review = byReport.get(report.id);
    if (!review) return [];
    const actor = actorFor(ctx, planner, report.unit_id);
    return mayReadReview(actor, review.status, report.status).allowed ? [{ report, review }] : [];
  });
}

/** The reviews the actor may see (newest year first), optionally of one year or status, with their note counts. */
export async function listReviews(
  ctx: RequestContext,
  query: { year?: number; status?: ReviewRow['status'] },
): Promise<{ items: ReviewSummaryView[] }> {
  const visible = await visibleReviews(ctx, query);
  const notes = await noteRowsOf(
    ctx,
    visible.map((v) => v.review.id),
  );
  const unitIds = visible.flatMap((v) => (v.report.unit_id ? [v.report.unit_id] : []));
  const units = unitIds.length
    ? await tenantDb(ctx).selectFrom('units').select(['id', 'name']).where('id', 'in', unitIds).execute()
    : [];
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const items = visible.map(({ report, review }) => ({
    ...{ id: review.id, reportId: report.id, unitId: report.unit_id, year: report.year },
    unitName: report.unit_id ? (unitName.get(report.unit_id) ?? '') : 'Pemerintah Daerah',
    ...{ reportStatus: report.status, status: review.status, startedAt: review.started_at },
    concludedAt: review.concluded_at,
    counts: countsOf(notes.filter((n) => n.review_id === review.id)),
  }));
  return { items };
}
