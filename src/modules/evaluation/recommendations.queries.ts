/** Rows and views of LHE recommendations and their follow-up, always through tenantDb. */
import type { Selectable } from 'kysely';
import type { EvaluationRecommendationsTable, RecommendationFollowupsTable } from '../../db/schema/evaluation-followup.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { positionCards, tenantTimeZoneOf } from '../organization/index.ts';
import type { EvaluationActor } from './evaluation.policy.ts';
import type { EvaluationRow } from './evaluations.queries.ts';
import type { FollowupView, PersonInChargeView, RecommendationView } from './recommendations.contract.ts';
import {
  daysAfter,
  isOverdue,
  mayConfirm,
  mayFollowUp,
  mayRemoveRecommendation,
  mayReopenRecommendation,
  maySendNotice,
  mayWriteRecommendations,
} from './recommendations.policy.ts';

/** Row types. */
export type RecommendationRow = Selectable<EvaluationRecommendationsTable>;
export type FollowupRow = Selectable<RecommendationFollowupsTable>;

/** Today (YYYY-MM-DD) in the tenant's time zone (Asia/Jakarta unless the tenant says otherwise). */
export async function tenantToday(ctx: RequestContext): Promise<string> {
  const timeZone = await tenantTimeZoneOf(ctx, ctx.tenantId);
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(ctx.platform.now());
}

/** SECURITY: the recommendation with this id in the caller's tenant; 404 otherwise (another tenant's id too). */
export async function loadRecommendation(ctx: RequestContext, id: string): Promise<RecommendationRow> {
  const row = await tenantDb(ctx).selectFrom('evaluation_recommendations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new NotFoundError('recommendation');
  return row;
}

/** The recommendations of an evaluation, oldest first. */
export function recommendationRowsOf(ctx: RequestContext, evaluationId: string): Promise<RecommendationRow[]> {
  return tenantDb(ctx)
    .selectFrom('evaluation_recommendations')
    .selectAll()
    .where('evaluation_id', '=', evaluationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** The follow-up entries of the recommendations, in date order. */
export async function followupRowsOf(ctx: RequestContext, recommendationIds: readonly string[]): Promise<FollowupRow[]> {
  if (recommendationIds.length === 0) return [];
  return tenantDb(ctx)
    .selectFrom('recommendation_followups')
    .selectAll()
    .where('recommendation_id', 'in', [...recommendationIds])
    .orderBy('followup_date')
    .orderBy('entered_at')
    .execute();
}

async function userNames(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** The person in charge of each recommendation, by recommendation id. */
export async function peopleInCharge(
  ctx: RequestContext,
  rows: readonly RecommendationRow[],
): Promise<Map<string, PersonInChargeView>> {
  const positions = await positionCards(
    ctx,
    rows.flatMap((r) => (r.pic_position_id ? [r.pic_position_id] : [])),
  );
  const users = await userNames(
    ctx,
    rows.flatMap((r) => (r.pic_user_id ? [r.pic_user_id] : [])),
  );
  const out = new Map<string, PersonInChargeView>();
  for (const r of rows) {
    const card = r.pic_position_id ? positions.get(r.pic_position_id) : undefined;
    if (r.pic_position_id)
      out.set(r.id, { kind: 'position', id: r.pic_position_id, name: card?.name ?? '', unitName: card?.unitName ?? null });
    else if (r.pic_user_id)
      out.set(r.id, { kind: 'user', id: r.pic_user_id, name: users.get(r.pic_user_id) ?? '', unitName: null });
  }
  return out;
}

async function followupViews(ctx: RequestContext, rows: readonly FollowupRow[]): Promise<Map<string, FollowupView[]>> {
  const fileIds = rows.flatMap((r) => JSON.parse(r.evidence_file_ids) as string[]);
  const files =
    fileIds.length === 0
      ? []
      : await tenantDb(ctx)
          .selectFrom('files')
          .select(['id', 'original_name', 'content_type'])
          .where('id', 'in', fileIds)
          .execute();
  const fileById = new Map(files.map((f) => [f.id, f]));
  const names = await userNames(
    ctx,
    rows.flatMap((r) => (r.entered_by ? [r.entered_by] : [])),
  );
  const out = new Map<string, FollowupView[]>();
  for (const r of rows) {
    const evidence = (JSON.parse(r.evidence_file_ids) as string[]).map((id) => {
      const f = fileById.get(id);
      return { fileId: id, fileName: f?.original_name ?? 'bukti', contentType: f?.content_type ?? 'application/octet-stream' };
    });
    const view = { id: r.id, date: r.followup_date, progress: r.progress, note: r.note, evidence };
    const list = out.get(r.recommendation_id) ?? [];
    list.push({ ...view, enteredBy: r.entered_by ? (names.get(r.entered_by) ?? null) : null, enteredAt: r.entered_at });
    out.set(r.recommendation_id, list);
  }
  return out;
}

function mayOf(a: EvaluationActor, ev: EvaluationRow, r: RecommendationRow, followups: number): RecommendationView['may'] {
  return {
    edit: mayWriteRecommendations(a, ev.status).allowed,
    remove: mayRemoveRecommendation(a, ev.status, followups).allowed,
    followUp: mayFollowUp(a, ev.unit_id, ev.status, r.status).allowed,
    confirm: mayConfirm(a, r.status, r.confirmed_at !== null).allowed,
    reopen: mayReopenRecommendation(a, r.status).allowed,
    sendNotice: r.pic_position_id !== null && maySendNotice(a, r.status, r.notice_draft_id !== null).allowed,
  };
}

/** Views of recommendations of one evaluation for an actor, with follow-up and overdue state as of `today`. */
export async function recommendationViews(
  ctx: RequestContext,
  ev: EvaluationRow,
  rows: readonly RecommendationRow[],
  actor: EvaluationActor,
  today: string,
): Promise<RecommendationView[]> {
  const people = await peopleInCharge(ctx, rows);
  const followups = await followupViews(
    ctx,
    await followupRowsOf(
      ctx,
      rows.map((r) => r.id),
    ),
  );
  return rows.map((r) => {
    const entries = followups.get(r.id) ?? [];
    const overdue = isOverdue(r.deadline, today, r.status);
    return {
      ...{ id: r.id, evaluationId: r.evaluation_id, componentId: r.component_id, criterionId: r.criterion_id, text: r.text },
      personInCharge: people.get(r.id) ?? { kind: 'position', id: '', name: '', unitName: null },
      ...{ deadline: r.deadline, status: r.status, progress: r.progress, overdue },
      daysLate: overdue ? daysAfter(r.deadline, today) : 0,
      ...{ doneAt: r.done_at, confirmedAt: r.confirmed_at, version: r.version, followups: entries },
      noticeDraftId: r.notice_draft_id,
      may: mayOf(actor, ev, r, entries.length),
    };
  });
}
