/**
 * Tagging budget lines to indicators (the crosswalk of §2). indicator_id is kept as text without a foreign key
 * until the indicators table exists; a follow-up migration adds the (tenant_id, indicator_id) reference.
 */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError } from '../../shared/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { enforceUnitScope } from './budget-settings.service.ts';

async function lineUnit(ctx: RequestContext, lineId: string): Promise<string> {
  const line = await tenantDb(ctx).selectFrom('budget_lines').select('unit_id').where('id', '=', lineId).executeTakeFirst();
  if (!line) throw new NotFoundError('budget_line');
  return line.unit_id;
}

async function tagsOf(ctx: RequestContext, lineId: string): Promise<{ lineId: string; indicatorIds: string[] }> {
  const rows = await tenantDb(ctx)
    .selectFrom('budget_indicator_tags')
    .select('indicator_id')
    .where('budget_line_id', '=', lineId)
    .orderBy('indicator_id')
    .execute();
  return { lineId, indicatorIds: rows.map((r) => r.indicator_id) };
}

/** Tags a line to an indicator (idempotent); the actor must manage the line's OPD. */
export async function tagBudgetLine(ctx: RequestContext, lineId: string, indicatorId: string) {
  await enforceUnitScope(ctx, await lineUnit(ctx, lineId));
  return inTransaction(ctx, async (tx) => {
    const db = tenantDb(tx);
    const found = await db
      .selectFrom('budget_indicator_tags')
      .select('indicator_id')
      .where('budget_line_id', '=', lineId)
      .where('indicator_id', '=', indicatorId)
      .executeTakeFirst();
    if (!found) {
      await db
        .insertInto('budget_indicator_tags', {
          budget_line_id: lineId,
          indicator_id: indicatorId,
          tagged_by: tx.actor.userId,
          tagged_at: tx.platform.now().toISOString(),
        })
        .execute();
      await recordAudit(tx, 'performance.budget_tagged', { objectType: 'budget_line', objectId: lineId, data: { indicatorId } });
    }
    return tagsOf(tx, lineId);
  });
}

/** Removes a tag (idempotent); the actor must manage the line's OPD. */
export async function untagBudgetLine(ctx: RequestContext, lineId: string, indicatorId: string) {
  await enforceUnitScope(ctx, await lineUnit(ctx, lineId));
  return inTransaction(ctx, async (tx) => {
    const removed = await tenantDb(tx)
      .deleteFrom('budget_indicator_tags')
      .where('budget_line_id', '=', lineId)
      .where('indicator_id', '=', indicatorId)
      .executeTakeFirst();
    if (Number(removed.numDeletedRows) > 0)
      await recordAudit(tx, 'performance.budget_untagged', {
        objectType: 'budget_line',
        objectId: lineId,
        data: { indicatorId },
      });
    return tagsOf(tx, lineId);
  });
}
