/**
 * Writing a checked plan file inside the import's transaction: new nodes parents-first, changed nodes and
 * indicators compare-and-set on the version read, targets replaced only where they changed, one audit entry.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { manualColumns, writeTargets } from './indicators.service.ts';
import { bumpVersion } from './performance.repository.ts';
import type { IndicatorChange, KnownIndicator } from './plan-import-indicators.ts';
import type { KnownNode, NodeChange } from './plan-import-nodes.ts';
import type { ImportCounts } from './plan-import-result.ts';

/** Everything the check found to write, with the stored plan it compared against. */
export interface PlanChanges {
  nodes: NodeChange[];
  indicators: IndicatorChange[];
  stored: { nodes: KnownNode[]; references: KnownNode[]; indicators: KnownIndicator[] };
}

/** Scope of the plan written (see plan-import.service.ts). */
interface Scope {
  periodId: string;
  document: 'rpjmd' | 'renstra';
  unitId: string | null;
}

/** Writes the changes (the caller's transaction) and records the import. */
export async function applyPlanChanges(tx: RequestContext, scope: Scope, changes: PlanChanges, counts: ImportCounts) {
  const idOf = new Map(changes.stored.nodes.flatMap((n) => (n.code ? [[n.code, n.id] as const] : [])));
  for (const c of changes.nodes) if (!c.existing) idOf.set(c.node.code, newId());
  const refIdOf = new Map(changes.stored.references.flatMap((n) => (n.code ? [[n.code, n.id] as const] : [])));
  const refs = (c: NodeChange) => ({
    parent_id: c.node.parentCode ? (idOf.get(c.node.parentCode) ?? null) : null,
    derives_from_node_id:
      scope.document === 'renstra'
        ? c.node.derivesCode
          ? (refIdOf.get(c.node.derivesCode) ?? null)
          : null
        : (c.existing?.derivesFromNodeId ?? null),
  });
  const now = tx.platform.now().toISOString();
  const db = tenantDb(tx);
  for (const c of parentsFirst(changes.nodes.filter((n) => !n.existing)))
    await db
      .insertInto('plan_nodes', {
        id: idOf.get(c.node.code)!,
        period_id: scope.periodId,
        unit_id: scope.unitId,
        document: scope.document,
        kind: c.node.kind,
        code: c.node.code,
        title: c.node.title,
        ...refs(c),
        year: null,
        pokin_level: null,
        position_id: null,
        result_type: null,
        created_by: tx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
  for (const c of changes.nodes)
    if (c.existing && c.changed)
      await bumpVersion(tx, 'plan_nodes', c.existing.id, c.existing.version, {
        title: c.node.title,
        ...refs(c),
        updated_at: now,
      });
  for (const c of changes.indicators) await writeIndicator(tx, c, idOf, now);
  await recordAudit(tx, 'performance.plan_imported', {
    objectType: 'plan_period',
    objectId: scope.periodId,
    data: { document: scope.document, unitId: scope.unitId, ...counts },
  });
}

async function writeIndicator(tx: RequestContext, c: IndicatorChange, idOf: ReadonlyMap<string, string>, now: string) {
  if (!c.existing) {
    const id = newId();
    await tenantDb(tx)
      .insertInto('indicators', {
        id,
        node_id: idOf.get(c.indicator.nodeCode)!,
        ...manualColumns(c.fields),
        sort_order: c.fields.sortOrder ?? 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeTargets(tx, id, c.targets);
    return;
  }
  if (!c.manualChanged && !c.targetsChanged) return;
  const view = c.existing.view;
  const manual = c.manualChanged ? manualColumns(c.fields) : {};
  await bumpVersion(tx, 'indicators', view.id, view.version, { ...manual, updated_at: now });
  if (c.targetsChanged) await writeTargets(tx, view.id, c.targets);
}

/** New nodes ordered so that a parent new in the same file is inserted before its children. */
function parentsFirst(added: readonly NodeChange[]): NodeChange[] {
  const byCode = new Map(added.map((c) => [c.node.code, c]));
  const depth = (c: NodeChange): number => {
    let d = 0;
    for (let at = c.node.parentCode; at && byCode.has(at) && d <= added.length; at = byCode.get(at)!.node.parentCode) d++;
    return d;
  };
  return [...added].sort((a, b) => depth(a) - depth(b));
}
