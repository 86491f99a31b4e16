/** Overdue LHE recommendations across the tenant, for the dashboard: count and items with OPD and days late. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { mayRead } from './evaluation.policy.ts';
import { evaluationActor } from './evaluation-actor.ts';
import type { OverdueItemView, OverdueListView } from './recommendations.contract.ts';
import { daysAfter } from './recommendations.policy.ts';
import { peopleInCharge, type RecommendationRow, tenantToday } from './recommendations.queries.ts';

async function unitNames(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Recommendations not done whose deadline day has passed, with their evaluation's OPD, year and status. */
function overdueRows(ctx: RequestContext, today: string) {
  return tenantDb(ctx)
    .selectFrom('evaluation_recommendations')
    .innerJoin('evaluations', (j) =>
      j
        .onRef('evaluations.tenant_id', '=', 'evaluation_recommendations.tenant_id')
        .onRef('evaluations.id', '=', 'evaluation_recommendations.evaluation_id'),
    )
    .selectAll('evaluation_recommendations')
    .select(['evaluations.unit_id', 'evaluations.year', 'evaluations.status as evaluation_status'])
    .where('evaluation_recommendations.status', '!=', 'done')
    .where('evaluation_recommendations.deadline', '<', today)
    .execute();
}

/**
 * SECURITY: every row comes through tenantDb (this tenant only) and is kept only when the actor may read its
 * evaluation (evaluators all, an OPD's planners their own, readers final ones).
 */
export async function listOverdueRecommendations(ctx: RequestContext): Promise<OverdueListView> {
  const today = await tenantToday(ctx);
  const actor = await evaluationActor(ctx);
  const rows = (await overdueRows(ctx, today)).filter((r) => mayRead(actor, r.unit_id, r.evaluation_status).allowed);
  const people = await peopleInCharge(ctx, rows as RecommendationRow[]);
  const units = await unitNames(ctx, [...new Set(rows.map((r) => r.unit_id))]);
  const items: OverdueItemView[] = rows.map((r) => ({
    ...{ recommendationId: r.id, evaluationId: r.evaluation_id, unitId: r.unit_id, unitName: units.get(r.unit_id) ?? '' },
    ...{ year: r.year, text: r.text, deadline: r.deadline, daysLate: daysAfter(r.deadline, today) },
    personInCharge: people.get(r.id) ?? { kind: 'position', id: '', name: '', unitName: null },
    ...{ progress: r.progress, status: r.status },
  }));
  items.sort((a, b) => b.daysLate - a.daysLate || a.unitName.localeCompare(b.unitName, 'id'));
  return { today, count: items.length, items };
}
