/** Crosscutting between OPDs: one OPD proposes a link from its node, the target OPD accepts or rejects it. */
import type { Selectable } from 'kysely';
import { inTransaction } from '../../db/executor.ts';
import type { NodeLinksTable } from '../../db/schema/performance.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { LinkView } from './performance.contract.ts';
import { enforce, mayChangePeriodContent, mayDecideLink, mayProposeLink } from './performance.policy.ts';
import { bumpVersion, findNode, loadNode, loadPeriod } from './performance.repository.ts';
import { currentPlanner } from './planner.ts';

type LinkRow = Selectable<NodeLinksTable>;

async function linkView(ctx: RequestContext, row: LinkRow): Promise<LinkView> {
  const units = await tenantDb(ctx)
    .selectFrom('plan_nodes')
    .select(['id', 'unit_id'])
    .where('id', 'in', [row.from_node_id, row.to_node_id])
    .execute();
  const unitOf = (id: string) => units.find((u) => u.id === id)?.unit_id ?? null;
  return {
    id: row.id,
    fromNodeId: row.from_node_id,
    toNodeId: row.to_node_id,
    fromUnitId: unitOf(row.from_node_id),
    toUnitId: unitOf(row.to_node_id),
    kind: row.kind,
    status: row.status,
    note: row.note,
    reason: row.reason,
    proposedAt: row.proposed_at,
    decidedAt: row.decided_at,
    version: row.version,
  };
}

async function loadLink(ctx: RequestContext, linkId: string): Promise<LinkRow> {
  const row = await tenantDb(ctx).selectFrom('node_links').selectAll().where('id', '=', linkId).executeTakeFirst();
  if (!row) throw new NotFoundError('nodeLink');
  return row;
}

/** Proposes a crosscutting link from an OPD node to a node of another OPD in the same period. */
export async function proposeLink(ctx: RequestContext, fromNodeId: string, input: { toNodeId: string; note?: string | null }) {
  const from = await loadNode(ctx, fromNodeId);
  const to = await findNode(ctx, input.toNodeId);
  if (!to) throw new ValidationError([{ field: 'body.toNodeId', message: 'performance.derivesNotFound' }]);
  if (!from.unit_id || !to.unit_id || to.period_id !== from.period_id)
    throw new ValidationError([{ field: 'body.toNodeId', message: 'performance.linkNeedsOpdNodes' }]);
  enforce(mayProposeLink(await currentPlanner(ctx), from.unit_id));
  enforce(mayChangePeriodContent((await loadPeriod(ctx, from.period_id)).status));
  if (to.unit_id === from.unit_id) throw new ValidationError([{ field: 'body.toNodeId', message: 'performance.linkSelf' }]);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const existing = await db
      .selectFrom('node_links')
      .select('id')
      .where('from_node_id', '=', from.id)
      .where('to_node_id', '=', to.id)
      .executeTakeFirst();
    if (existing) throw new ConflictError('performance.linkExists');
    await db
      .insertInto('node_links', {
        id,
        period_id: from.period_id,
        from_node_id: from.id,
        to_node_id: to.id,
        kind: 'crosscutting',
        status: 'proposed',
        note: input.note ?? null,
        reason: null,
        proposed_by: tx.actor.userId,
        proposed_at: tx.platform.now().toISOString(),
        decided_by: null,
        decided_at: null,
      })
      .execute();
    await recordAudit(tx, 'performance.crosscutting.proposed', { objectType: 'node_link', objectId: id, data: { to: to.id } });
  });
  return linkView(ctx, await loadLink(ctx, id));
}

/** Accepts or rejects a proposal (target OPD's planners; a rejection needs a reason). */
async function decide(ctx: RequestContext, linkId: string, version: number, to: 'accepted' | 'rejected', reason: string | null) {
  const link = await loadLink(ctx, linkId);
  const target = await loadNode(ctx, link.to_node_id);
  enforce(mayDecideLink(await currentPlanner(ctx), target.unit_id ?? '', link.status));
  if (to === 'rejected' && !reason) throw new ValidationError([{ field: 'body.reason', message: 'performance.reasonRequired' }]);
  await inTransaction(ctx, async (tx) => {
    await bumpVersion(tx, 'node_links', linkId, version, {
      status: to,
      reason,
      decided_by: tx.actor.userId,
      decided_at: tx.platform.now().toISOString(),
    });
    await recordAudit(tx, `performance.crosscutting.${to}`, { objectType: 'node_link', objectId: linkId, data: { reason } });
  });
  return linkView(ctx, await loadLink(ctx, linkId));
}

/** Accepts a crosscutting proposal. */
export function acceptLink(ctx: RequestContext, linkId: string, version: number): Promise<LinkView> {
  return decide(ctx, linkId, version, 'accepted', null);
}

/** Rejects a crosscutting proposal with a reason. */
export function rejectLink(ctx: RequestContext, linkId: string, version: number, reason: string): Promise<LinkView> {
  return decide(ctx, linkId, version, 'rejected', reason.trim() || null);
}

/** The crosscutting links of a period touching an OPD (from or to), optionally by status. */
export async function listLinks(ctx: RequestContext, periodId: string, query: { unitId?: string; status?: LinkRow['status'] }) {
  await loadPeriod(ctx, periodId);
  let q = tenantDb(ctx).selectFrom('node_links').selectAll().where('period_id', '=', periodId);
  if (query.status) q = q.where('status', '=', query.status);
  const views = await Promise.all((await q.orderBy('proposed_at').execute()).map((r) => linkView(ctx, r)));
  const items = query.unitId ? views.filter((v) => v.fromUnitId === query.unitId || v.toUnitId === query.unitId) : views;
  return { items };
}
