/** Indicators with their IKU manual, and their targets (the whole set replaced in one call). */

import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, type FieldProblem, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import { parseDecimal } from './capaian/decimal.ts';
import { recomputeIndicatorYears } from './capaian-store.service.ts';
import { NO_SMART } from './indicators.contract.ts';
import type {
  CreateIndicatorInput,
  IndicatorFields,
  IndicatorView,
  ReplaceTargetsInput,
  TargetInput,
  UpdateIndicatorInput,
} from './performance.contract.ts';
import { enforce, mayChangePeriodContent, mayEditNode } from './performance.policy.ts';
import {
  bumpVersion,
  countWhere,
  type IndicatorRow,
  indicatorView,
  loadIndicator,
  loadNode,
  loadPeriod,
  type NodeRow,
} from './performance.repository.ts';
import { targetProblems } from './plan-rules.ts';
import { currentPlanner } from './planner.ts';

/** The node's period must be open and the actor must be allowed to edit the node. */
async function enforceNodeEditor(ctx: RequestContext, node: NodeRow) {
  enforce(mayEditNode(await currentPlanner(ctx), node.unit_id));
  const period = await loadPeriod(ctx, node.period_id);
  enforce(mayChangePeriodContent(period.status));
  return period;
}

/** Field problems of the manual: references, baseline sign, derivation loop, and of the targets. */
export async function manualProblems(
  ctx: RequestContext,
  fields: IndicatorFields,
  selfId: string | null,
  targets: readonly TargetInput[] | null,
  years: { start: number; end: number },
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const db = tenantDb(ctx);
  if (fields.responsibleUnitId) {
    const unit = await db.selectFrom('units').select('id').where('id', '=', fields.responsibleUnitId).executeTakeFirst();
    if (!unit) problems.push({ field: 'body.responsibleUnitId', message: 'performance.unitNotFound' });
  }
  if (!fields.allowNegative && parseDecimal(fields.baselineValue ?? null)?.isNegative())
    problems.push({ field: 'body.baselineValue', message: 'performance.negativeNotAllowed' });
  for (let at = fields.derivedFromIndicatorId ?? null, hops = 0; at; hops++) {
    if (at === selfId || hops > 1000) {
      problems.push({ field: 'body.derivedFromIndicatorId', message: 'performance.indicatorCycle' });
      break;
    }
    const source = await db.selectFrom('indicators').select('derived_from_indicator_id').where('id', '=', at).executeTakeFirst();
    if (!source) problems.push({ field: 'body.derivedFromIndicatorId', message: 'performance.indicatorNotFound' });
    at = source?.derived_from_indicator_id ?? null;
  }
  if (targets)
    for (const p of targetProblems(targets, fields, years)) problems.push({ field: `body.${p.field}`, message: p.message });
  return problems;
}

/** The indicators columns of a manual. */
export function manualColumns(fields: IndicatorFields) {
  return {
    code: fields.code ?? null,
    name: fields.name,
    operational_definition: fields.operationalDefinition ?? null,
    formula_text: fields.formulaText ?? null,
    numerator_label: fields.numeratorLabel ?? null,
    denominator_label: fields.denominatorLabel ?? null,
    unit_of_measure: fields.unitOfMeasure,
    polarity: fields.polarity,
    aggregation: fields.aggregation,
    frequency: fields.frequency,
    allow_negative: fields.allowNegative ? 1 : 0,
    data_source: fields.dataSource ?? null,
    responsible_unit_id: fields.responsibleUnitId ?? null,
    baseline_year: fields.baselineYear ?? null,
    baseline_value: fields.baselineValue ?? null,
    is_iku: fields.isIku ? 1 : 0,
    smart_check: JSON.stringify(fields.smart ?? NO_SMART),
    derived_from_indicator_id: fields.derivedFromIndicatorId ?? null,
    derivation_method: fields.derivationMethod ?? null,
    // Absent keeps the stored source (older clients omit it); null switches back to manual entry.
    ...(fields.autoSource === undefined ? {} : { auto_source: fields.autoSource }),
  };
}

/** Replaces every target of an indicator (inside the caller's transaction). */
export async function writeTargets(ctx: RequestContext, indicatorId: string, targets: readonly TargetInput[]) {
  const db = tenantDb(ctx);
  const before = await db
    .selectFrom('indicator_targets')
    .select('year')
    .distinct()
    .where('indicator_id', '=', indicatorId)
    .execute();
  await db.deleteFrom('indicator_targets').where('indicator_id', '=', indicatorId).execute();
  if (targets.length > 0) await insertTargets(ctx, indicatorId, targets);
  // The stored capaian follow the targets at once (same transaction), also for a year whose target was removed.
  await recomputeIndicatorYears(
    ctx,
    indicatorId,
    before.map((row) => row.year),
  );
}

/** Inserts the target rows of an indicator (decimals in canonical form). */
async function insertTargets(ctx: RequestContext, indicatorId: string, targets: readonly TargetInput[]) {
  const plain = (s: string | null | undefined) => (s ? (parseDecimal(s)?.toFixed() ?? null) : null);
  const rows = targets.map((t) => ({
    id: newId(),
    indicator_id: indicatorId,
    year: t.year,
    period: t.period ?? null,
    kind: t.kind,
    value: t.kind === 'number' ? plain(t.value) : null,
    min_value: t.kind === 'range' ? plain(t.min) : null,
    max_value: t.kind === 'range' ? plain(t.max) : null,
    text: t.text ?? null,
  }));
  await tenantDb(ctx).insertInto('indicator_targets', rows).execute();
}

/** The indicator with its targets. */
export async function getIndicator(ctx: RequestContext, indicatorId: string): Promise<IndicatorView> {
  const row = await loadIndicator(ctx, indicatorId);
  const targets = await tenantDb(ctx)
    .selectFrom('indicator_targets')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .execute();
  return indicatorView(row, targets);
}

/** Adds an indicator (and its targets) to a node. */
export async function createIndicator(ctx: RequestContext, nodeId: string, input: CreateIndicatorInput): Promise<IndicatorView> {
  const node = await loadNode(ctx, nodeId);
  const period = await enforceNodeEditor(ctx, node);
  const years = { start: period.start_year, end: period.end_year };
  const problems = await manualProblems(ctx, input, null, input.targets, years);
  if (problems.length > 0) throw new ValidationError(problems);
  const id = newId();
  await inTransaction(ctx, async (tx) => {
    const now = tx.platform.now().toISOString();
    await tenantDb(tx)
      .insertInto('indicators', {
        id,
        node_id: nodeId,
        ...manualColumns(input),
        sort_order: input.sortOrder ?? 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await writeTargets(tx, id, input.targets);
    await recordAudit(tx, 'performance.indicator.created', { objectType: 'indicator', objectId: id, data: { nodeId } });
  });
  return getIndicator(ctx, id);
}

async function indicatorForChange(
  ctx: RequestContext,
  indicatorId: string,
): Promise<{ row: IndicatorRow; years: { start: number; end: number } }> {
  const row = await loadIndicator(ctx, indicatorId);
  const period = await enforceNodeEditor(ctx, await loadNode(ctx, row.node_id));
  return { row, years: { start: period.start_year, end: period.end_year } };
}

/** Edits the manual; the existing targets must still fit the (possibly new) polarity and frequency. */
export async function updateIndicator(
  ctx: RequestContext,
  indicatorId: string,
  input: UpdateIndicatorInput,
): Promise<IndicatorView> {
  const { row, years } = await indicatorForChange(ctx, indicatorId);
  const current = (await getIndicator(ctx, indicatorId)).targets.map((t) => ({ ...t, period: t.period }));
  const problems = await manualProblems(ctx, input, indicatorId, current, years);
  if (problems.length > 0) throw new ValidationError(problems);
  await inTransaction(ctx, async (tx) => {
    await bumpVersion(tx, 'indicators', row.id, input.version, {
      ...manualColumns(input),
      sort_order: input.sortOrder ?? row.sort_order,
      updated_at: tx.platform.now().toISOString(),
    });
    // A new polarity or aggregation changes every stored capaian of the indicator.
    await recomputeIndicatorYears(tx, row.id);
  });
  return getIndicator(ctx, indicatorId);
}

/** Replaces the indicator's whole target set in one transaction (compare-and-set on the indicator). */
export async function replaceTargets(
  ctx: RequestContext,
  indicatorId: string,
  input: ReplaceTargetsInput,
): Promise<IndicatorView> {
  const { row, years } = await indicatorForChange(ctx, indicatorId);
  const fields = {
    polarity: row.polarity,
    frequency: row.frequency as IndicatorFields['frequency'],
    allowNegative: row.allow_negative === 1,
  };
  const problems = targetProblems(input.targets, fields, years).map((p) => ({ field: `body.${p.field}`, message: p.message }));
  if (problems.length > 0) throw new ValidationError(problems);
  await inTransaction(ctx, async (tx) => {
    await bumpVersion(tx, 'indicators', row.id, input.version, { updated_at: tx.platform.now().toISOString() });
    await writeTargets(tx, row.id, input.targets);
    await recordAudit(tx, 'performance.targets.replaced', {
      objectType: 'indicator',
      objectId: row.id,
      data: { count: input.targets.length },
    });
  });
  return getIndicator(ctx, indicatorId);
}

/** Deletes an indicator and its targets, unless another indicator derives from it. */
export async function deleteIndicator(ctx: RequestContext, indicatorId: string): Promise<void> {
  const { row } = await indicatorForChange(ctx, indicatorId);
  await inTransaction(ctx, async (tx) => {
    if ((await countWhere(tx, 'indicators', 'derived_from_indicator_id', row.id)) > 0)
      throw new ConflictError('performance.indicatorReferenced');
    if ((await countWhere(tx, 'indicator_realizations', 'indicator_id', row.id)) > 0)
      throw new ConflictError('performance.indicatorHasRealizations');
    await tenantDb(tx).deleteFrom('capaian_results').where('indicator_id', '=', row.id).execute();
    await tenantDb(tx).deleteFrom('indicator_targets').where('indicator_id', '=', row.id).execute();
    await tenantDb(tx).deleteFrom('indicators').where('id', '=', row.id).execute();
    await recordAudit(tx, 'performance.indicator.deleted', { objectType: 'indicator', objectId: row.id, data: {} });
  });
}
