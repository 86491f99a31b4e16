/** Plan/pokin nodes: create, edit, move (never into a loop) and delete (only when nothing hangs on them). */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type { CreateNodeInput, MoveNodeInput, NodeView, UpdateNodeInput } from './performance.contract.ts';
import { enforce, mayChangePeriodContent, mayDeleteNode, mayEditNode } from './performance.policy.ts';
import {
  bumpVersion,
  countWhere,
  findNode,
  loadNode,
  loadPeriod,
  type NodeRow,
  type PeriodRow,
  parentMap,
  shapeOf,
} from './performance.repository.ts';
import { nodeViewById } from './plan.queries.ts';
import { derivationProblem, type NodeShape, parentProblem, shapeProblems, wouldCycle } from './plan-rules.ts';
import { currentPlanner, isOpdUnit } from './planner.ts';

const body = (field: string, message: string): FieldProblem => ({ field: `body.${field}`, message });

/** Field problems of a parent and a derivation reference. */
async function referenceProblems(
  ctx: RequestContext,
  shape: NodeShape,
  refs: { parentId?: string | null; derivesFromNodeId?: string | null; positionId?: string | null },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (refs.parentId !== undefined) {
    const parent = refs.parentId ? await findNode(ctx, refs.parentId) : null;
    const why = refs.parentId && !parent ? 'performance.parentNotFound' : parentProblem(shape, parent ? shapeOf(parent) : null);
    if (why) problems.push(body('parentId', why));
  }
  if (refs.derivesFromNodeId) {
    const target = await findNode(ctx, refs.derivesFromNodeId);
    const why = target ? derivationProblem(shape, shapeOf(target)) : 'performance.derivesNotFound';
    if (why) problems.push(body('derivesFromNodeId', why));
  }
  if (refs.positionId) {
    const found = await tenantDb(ctx).selectFrom('positions').select('id').where('id', '=', refs.positionId).executeTakeFirst();
    if (!found) problems.push(body('positionId', 'performance.positionNotFound'));
  }
  return problems;
}

function periodYears(period: PeriodRow) {
  return { startYear: period.start_year, endYear: period.end_year };
}

/** Creates a node in a period; the parent must be of the right kind, document, period and OPD. */
export async function createNode(ctx: RequestContext, periodId: string, input: CreateNodeInput): Promise<NodeView> {
  const period = await loadPeriod(ctx, periodId);
  const shape: NodeShape = {
    periodId,
    document: input.document,
    kind: input.kind,
    unitId: input.unitId ?? null,
    pokinLevel: input.pokinLevel ?? null,
  };
  enforce(mayEditNode(await currentPlanner(ctx), shape.unitId));
  enforce(mayChangePeriodContent(period.status));
  const problems = shapeProblems({ ...shape, year: input.year ?? null }, periodYears(period)).map((p) =>
    body(p.field, p.message),
  );
  if (shape.unitId && !(await isOpdUnit(ctx, shape.unitId))) problems.push(body('unitId', 'performance.unitNotOpd'));
  problems.push(...(await referenceProblems(ctx, shape, { ...input, parentId: input.parentId ?? null })));
  if (problems.length > 0) throw new ValidationError(problems);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('plan_nodes', {
        id,
        period_id: periodId,
        unit_id: shape.unitId,
        document: input.document,
        kind: input.kind,
        parent_id: input.parentId ?? null,
        derives_from_node_id: input.derivesFromNodeId ?? null,
        code: input.code ?? null,
        title: input.title,
        sort_order: input.sortOrder ?? 0,
        year: input.year ?? null,
        pokin_level: input.pokinLevel ?? null,
        position_id: input.positionId ?? null,
        result_type: input.resultType ?? null,
        created_by: tx.actor.userId,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await recordAudit(tx, 'performance.node.created', { objectType: 'plan_node', objectId: id, data: { kind: input.kind } });
  });
  return nodeViewById(ctx, id);
}

/** Loads a node for a change: 404 first, then the period's state and the editor rule. */
async function nodeForChange(ctx: RequestContext, nodeId: string): Promise<NodeRow> {
  const node = await loadNode(ctx, nodeId);
  enforce(mayEditNode(await currentPlanner(ctx), node.unit_id));
  enforce(mayChangePeriodContent((await loadPeriod(ctx, node.period_id)).status));
  return node;
}

/** Edits a node's code, title, order, derivation, jabatan and result type (compare-and-set). */
export async function updateNode(ctx: RequestContext, nodeId: string, input: UpdateNodeInput): Promise<NodeView> {
  const node = await nodeForChange(ctx, nodeId);
  const problems = await referenceProblems(ctx, shapeOf(node), input);
  if (problems.length > 0) throw new ValidationError(problems);
  await inTransaction(ctx, async (tx) => {
    await bumpVersion(tx, 'plan_nodes', nodeId, input.version, {
      code: input.code ?? null,
      title: input.title,
      sort_order: input.sortOrder ?? node.sort_order,
      derives_from_node_id: input.derivesFromNodeId ?? null,
      position_id: input.positionId ?? null,
      result_type: input.resultType ?? null,
      updated_at: tx.platform.now().toISOString(),
    });
  });
  return nodeViewById(ctx, nodeId);
}

/** Moves a node under another parent (or to the root); refuses a loop and a parent of the wrong kind. */
export async function moveNode(ctx: RequestContext, nodeId: string, input: MoveNodeInput): Promise<NodeView> {
  const node = await nodeForChange(ctx, nodeId);
  await inTransaction(ctx, async (tx) => {
    if (wouldCycle(nodeId, input.parentId, await parentMap(tx, node.period_id)))
      throw new ValidationError([body('parentId', 'performance.cycle')]);
    const problems = await referenceProblems(tx, shapeOf(node), { parentId: input.parentId });
    if (problems.length > 0) throw new ValidationError(problems);
    await bumpVersion(tx, 'plan_nodes', nodeId, input.version, {
      parent_id: input.parentId,
      sort_order: input.sortOrder ?? node.sort_order,
      updated_at: tx.platform.now().toISOString(),
    });
    await recordAudit(tx, 'performance.node.moved', { objectType: 'plan_node', objectId: nodeId, data: { to: input.parentId } });
  });
  return nodeViewById(ctx, nodeId);
}

/** Deletes a node with no children, no indicators and nothing referring to it. */
export async function deleteNode(ctx: RequestContext, nodeId: string): Promise<void> {
  await nodeForChange(ctx, nodeId);
  await inTransaction(ctx, async (tx) => {
    const references =
      (await countWhere(tx, 'plan_nodes', 'derives_from_node_id', nodeId)) +
      (await countWhere(tx, 'node_links', 'from_node_id', nodeId)) +
      (await countWhere(tx, 'node_links', 'to_node_id', nodeId));
    const children = await countWhere(tx, 'plan_nodes', 'parent_id', nodeId);
    enforce(mayDeleteNode({ children, indicators: await countWhere(tx, 'indicators', 'node_id', nodeId), references }));
    await tenantDb(tx).deleteFrom('plan_nodes').where('id', '=', nodeId).execute();
    await recordAudit(tx, 'performance.node.deleted', { objectType: 'plan_node', objectId: nodeId, data: {} });
  });
}
