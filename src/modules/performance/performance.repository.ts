/** Rows of the planning tables, always through tenantDb (tenant-pinned), and their views. */
import { type Selectable, sql } from 'kysely';
import type { IndicatorsTable, IndicatorTargetsTable, PlanNodesTable, PlanPeriodsTable } from '../../db/schema/performance.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';
import { NO_SMART, type SmartCheck } from './indicators.contract.ts';
import type { IndicatorView, NodeKind, PeriodView, PlanDocument, PokinLevel, TargetView } from './performance.contract.ts';
import type { NodeShape } from './plan-rules.ts';

/** Row types. */
export type PeriodRow = Selectable<PlanPeriodsTable>;
export type NodeRow = Selectable<PlanNodesTable>;
export type IndicatorRow = Selectable<IndicatorsTable>;
export type TargetRow = Selectable<IndicatorTargetsTable>;

/** The period with this id in the caller's tenant; 404 otherwise. */
export async function loadPeriod(ctx: RequestContext, periodId: string): Promise<PeriodRow> {
  const row = await tenantDb(ctx).selectFrom('plan_periods').selectAll().where('id', '=', periodId).executeTakeFirst();
  if (!row) throw new NotFoundError('planPeriod');
  return row;
}

/** The node with this id in the caller's tenant; 404 otherwise. */
export async function loadNode(ctx: RequestContext, nodeId: string): Promise<NodeRow> {
  const row = await findNode(ctx, nodeId);
  if (!row) throw new NotFoundError('planNode');
  return row;
}

/** The node with this id, or undefined. */
export function findNode(ctx: RequestContext, nodeId: string): Promise<NodeRow | undefined> {
  return tenantDb(ctx).selectFrom('plan_nodes').selectAll().where('id', '=', nodeId).executeTakeFirst();
}

/** The indicator with this id in the caller's tenant; 404 otherwise. */
export async function loadIndicator(ctx: RequestContext, indicatorId: string): Promise<IndicatorRow> {
  const row = await tenantDb(ctx).selectFrom('indicators').selectAll().where('id', '=', indicatorId).executeTakeFirst();
  if (!row) throw new NotFoundError('indicator');
  return row;
}

/** Compare-and-set bump of a versioned row; 409 when someone changed it since `version`. */
export async function bumpVersion(
  ctx: RequestContext,
  table: 'plan_periods' | 'plan_nodes' | 'indicators' | 'node_links',
  id: string,
  version: number,
  change: Record<string, unknown>,
): Promise<void> {
  const result = await tenantDb(ctx)
    .updateTable(table)
    .set({ ...change, version: sql<number>`version + 1` } as never)
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError('performance.staleVersion');
}

/** The facts of a node the tree rules need. */
export function shapeOf(row: NodeRow): NodeShape {
  return {
    id: row.id,
    periodId: row.period_id,
    document: row.document as PlanDocument,
    kind: row.kind as NodeKind,
    unitId: row.unit_id,
    pokinLevel: row.pokin_level as PokinLevel | null,
  };
}

/** A period as shown. */
export function periodView(row: PeriodRow): PeriodView {
  return {
    id: row.id,
    startYear: row.start_year,
    endYear: row.end_year,
    title: row.title,
    legalBasis: row.legal_basis,
    status: row.status,
    version: row.version,
  };
}

/** A target as shown. */
export function targetView(row: TargetRow): TargetView {
  return {
    year: row.year,
    period: row.period,
    kind: row.kind,
    value: row.value,
    min: row.min_value,
    max: row.max_value,
    text: row.text,
  };
}

/** A stored SMART checklist: an item the row lacks (an empty `{}`, or an item added after it was stored) is unchecked. */
function storedSmart(text: string): SmartCheck {
  return { ...NO_SMART, ...(JSON.parse(text) as Partial<SmartCheck>) };
}

/** An indicator with its targets as shown. */
export function indicatorView(row: IndicatorRow, targets: readonly TargetRow[]): IndicatorView {
  return {
    id: row.id,
    nodeId: row.node_id,
    code: row.code,
    name: row.name,
    operationalDefinition: row.operational_definition,
    formulaText: row.formula_text,
    numeratorLabel: row.numerator_label,
    denominatorLabel: row.denominator_label,
    unitOfMeasure: row.unit_of_measure,
    polarity: row.polarity as IndicatorView['polarity'],
    aggregation: row.aggregation as IndicatorView['aggregation'],
    frequency: row.frequency as IndicatorView['frequency'],
    allowNegative: row.allow_negative === 1,
    dataSource: row.data_source,
    responsibleUnitId: row.responsible_unit_id,
    baselineYear: row.baseline_year,
    baselineValue: row.baseline_value,
    isIku: row.is_iku === 1,
    smart: storedSmart(row.smart_check),
    derivedFromIndicatorId: row.derived_from_indicator_id,
    derivationMethod: row.derivation_method,
    sortOrder: row.sort_order,
    targets: [...targets].sort(byYearPeriod).map(targetView),
    autoSource: row.auto_source,
    version: row.version,
  };
}

function byYearPeriod(a: TargetRow, b: TargetRow): number {
  return a.year - b.year || (a.period ?? '').localeCompare(b.period ?? '');
}

/** The indicators (with targets) of the given nodes, by node id. */
export async function indicatorsOfNodes(ctx: RequestContext, nodeIds: readonly string[]): Promise<Map<string, IndicatorView[]>> {
  const out = new Map<string, IndicatorView[]>();
  if (nodeIds.length === 0) return out;
  const db = tenantDb(ctx);
  const rows = await db
    .selectFrom('indicators')
    .selectAll()
    .where('node_id', 'in', [...nodeIds])
    .execute();
  const targets = rows.length
    ? await db
        .selectFrom('indicator_targets')
        .selectAll()
        .where(
          'indicator_id',
          'in',
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  rows.sort((a, b) => a.sort_order - b.sort_order || (a.code ?? '').localeCompare(b.code ?? ''));
  const targetsOf = groupBy(targets, (t) => t.indicator_id);
  for (const row of rows) {
    const list = out.get(row.node_id) ?? [];
    list.push(indicatorView(row, targetsOf.get(row.id) ?? []));
    out.set(row.node_id, list);
  }
  return out;
}

/** parent_id of every node of a period (for cycle checks). */
export async function parentMap(ctx: RequestContext, periodId: string): Promise<Map<string, string | null>> {
  const rows = await tenantDb(ctx)
    .selectFrom('plan_nodes')
    .select(['id', 'parent_id'])
    .where('period_id', '=', periodId)
    .execute();
  return new Map(rows.map((r) => [r.id, r.parent_id]));
}

/** How many rows of a table have `column = id`. */
export async function countWhere(
  ctx: RequestContext,
  table: 'plan_nodes' | 'indicators' | 'node_links' | 'indicator_realizations',
  column: string,
  id: string,
): Promise<number> {
  const row = await tenantDb(ctx)
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where(column as never, '=', id as never)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
