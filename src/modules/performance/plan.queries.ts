/** Reading the plan: one node, the nested tree, the flat table and the orphans report. */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import type { NodeView, OrphansView, PeriodView, TreeNodeView, TreeQuery } from './performance.contract.ts';
import { indicatorsOfNodes, loadNode, loadPeriod, type NodeRow, periodView, shapeOf } from './performance.repository.ts';
import { expectedChildKind } from './plan-rules.ts';

function bySortThenCode(a: NodeRow, b: NodeRow): number {
  return a.sort_order - b.sort_order || (a.code ?? '').localeCompare(b.code ?? '') || a.id.localeCompare(b.id);
}

function nodeView(row: NodeRow, depth: number, indicators: NodeView['indicators']): NodeView {
  const shape = shapeOf(row);
  return {
    id: row.id,
    periodId: row.period_id,
    document: shape.document,
    kind: shape.kind,
    unitId: row.unit_id,
    parentId: row.parent_id,
    derivesFromNodeId: row.derives_from_node_id,
    code: row.code,
    title: row.title,
    sortOrder: row.sort_order,
    year: row.year,
    pokinLevel: shape.pokinLevel,
    positionId: row.position_id,
    resultType: row.result_type as NodeView['resultType'],
    depth,
    indicators,
    version: row.version,
  };
}

/** One node with its indicators (depth counted from its root). */
export async function nodeViewById(ctx: RequestContext, nodeId: string): Promise<NodeView> {
  const row = await loadNode(ctx, nodeId);
  const indicators = await indicatorsOfNodes(ctx, [row.id]);
  let depth = 0;
  for (let at = row.parent_id; at; depth++) at = (await loadNode(ctx, at)).parent_id;
  return nodeView(row, depth, indicators.get(row.id) ?? []);
}

async function selectedNodes(ctx: RequestContext, periodId: string, query: TreeQuery): Promise<NodeRow[]> {
  let q = tenantDb(ctx).selectFrom('plan_nodes').selectAll().where('period_id', '=', periodId);
  if (query.unitId) q = q.where('unit_id', '=', query.unitId);
  if (query.document) q = q.where('document', '=', query.document);
  return (await q.execute()).sort(bySortThenCode);
}

/** The nested tree of a period: roots are nodes whose parent is outside the selection (filters: OPD, document). */
export async function planTree(ctx: RequestContext, periodId: string, query: TreeQuery) {
  const period = await loadPeriod(ctx, periodId);
  const rows = await selectedNodes(ctx, periodId, query);
  const indicators = await indicatorsOfNodes(
    ctx,
    rows.map((r) => r.id),
  );
  const ids = new Set(rows.map((r) => r.id));
  const childrenOf = groupBy(rows, (row) => (row.parent_id && ids.has(row.parent_id) ? row.parent_id : null));
  const build = (row: NodeRow, depth: number): TreeNodeView => ({
    ...nodeView(row, depth, indicators.get(row.id) ?? []),
    children: (childrenOf.get(row.id) ?? []).map((c) => build(c, depth + 1)),
  });
  return { period: periodView(period), roots: (childrenOf.get(null) ?? []).map((r) => build(r, 0)) };
}

/** The same selection as a flat, depth-first table. */
export async function planTable(ctx: RequestContext, periodId: string, query: TreeQuery) {
  const tree = await planTree(ctx, periodId, query);
  const items: NodeView[] = [];
  const walk = (node: TreeNodeView) => {
    const { children, ...flat } = node;
    items.push(flat);
    children.forEach(walk);
  };
  tree.roots.forEach(walk);
  return { period: tree.period, items };
}

function orphanNode(row: NodeRow) {
  const s = shapeOf(row);
  return { id: row.id, document: s.document, kind: s.kind, unitId: row.unit_id, code: row.code, title: row.title };
}

/** Years an indicator of a node should have a target for: the Renja year, else every year of the period (or `year`). */
function expectedYears(row: NodeRow, period: PeriodView, year: number | undefined): number[] {
  if (row.year !== null) return year === undefined || year === row.year ? [row.year] : [];
  if (year !== undefined) return year >= period.startYear && year <= period.endYear ? [year] : [];
  return Array.from({ length: period.endYear - period.startYear + 1 }, (_, i) => period.startYear + i);
}

/** What the plan misses: unlinked Renstra sasaran, dangling levels, indicators without yearly targets. */
export async function orphans(
  ctx: RequestContext,
  periodId: string,
  query: { unitId?: string; year?: number },
): Promise<OrphansView> {
  const period = periodView(await loadPeriod(ctx, periodId));
  const rows = await selectedNodes(ctx, periodId, { unitId: query.unitId });
  const all = query.unitId ? await selectedNodes(ctx, periodId, {}) : rows;
  const hasChild = new Set(all.map((r) => r.parent_id).filter(Boolean));
  const dangling = rows.flatMap((row) => {
    const expected = expectedChildKind(shapeOf(row));
    return expected && !hasChild.has(row.id) ? [{ ...orphanNode(row), expectedChildKind: expected }] : [];
  });
  const indicators = await indicatorsOfNodes(
    ctx,
    rows.map((r) => r.id),
  );
  const indicatorsWithoutTargets = rows.flatMap((row) =>
    (indicators.get(row.id) ?? []).flatMap((ind) => {
      const yearly = new Set(ind.targets.filter((t) => t.period === null).map((t) => t.year));
      const missingYears = expectedYears(row, period, query.year).filter((y) => !yearly.has(y));
      return missingYears.length ? [{ indicatorId: ind.id, nodeId: row.id, name: ind.name, missingYears }] : [];
    }),
  );
  const unlinked = rows.filter((r) => r.document === 'renstra' && r.kind === 'sasaran' && !r.derives_from_node_id);
  return { unlinkedRenstraSasaran: unlinked.map(orphanNode), dangling, indicatorsWithoutTargets };
}
