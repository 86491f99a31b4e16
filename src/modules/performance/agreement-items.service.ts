/** The content of a draft PK: items taken from the plan tree or added one by one, their targets, and the budget rows. */
import { inTransaction } from '../../db/executor.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { NotFoundError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { recordAudit } from '../audit/index.ts';
import type {
  AddItemInput,
  AgreementTargetInput,
  AgreementView,
  BudgetRowInput,
  UpdateItemInput,
} from './agreements.contract.ts';
import { mayEditContent } from './agreements.policy.ts';
import { type AgreementRow, bumpAgreement, getAgreement, loadAgreement } from './agreements.queries.ts';
import { enforcePreparer } from './agreements.service.ts';
import { parseDecimal } from './capaian/decimal.ts';
import type { TargetView } from './performance.contract.ts';
import { enforce } from './performance.policy.ts';
import { indicatorsOfNodes } from './performance.repository.ts';

/** Loads the PK, checks the preparer and that it is still a draft. */
export async function draftForChange(ctx: RequestContext, agreementId: string): Promise<AgreementRow> {
  const row = await loadAgreement(ctx, agreementId);
  await enforcePreparer(ctx, row.unit_id);
  enforce(mayEditContent(row.status));
  return row;
}

const plain = (s: string | null | undefined) => (s ? (parseDecimal(s)?.toFixed() ?? null) : null);

/** Target columns from an input target, or from the indicator's yearly target (null columns when it has none). */
function targetColumns(target: AgreementTargetInput | TargetView | null | undefined) {
  if (!target) return { target_kind: null, target_value: null, target_min: null, target_max: null, target_text: null };
  return {
    target_kind: target.kind,
    target_value: target.kind === 'number' ? plain(target.value) : null,
    target_min: target.kind === 'range' ? plain(target.min) : null,
    target_max: target.kind === 'range' ? plain(target.max) : null,
    target_text: target.text ?? null,
  };
}

/** The nodes whose indicators a PK of this level takes: Renstra sasaran for a Kepala OPD, pokin nodes of the level below. */
async function sourceNodes(ctx: RequestContext, row: AgreementRow) {
  const period = await tenantDb(ctx)
    .selectFrom('plan_periods')
    .select('id')
    .where('start_year', '<=', row.year)
    .where('end_year', '>=', row.year)
    .where('status', '!=', 'closed')
    .orderBy('status')
    .executeTakeFirst();
  if (!period)
    throw new ValidationError([{ field: 'year', message: 'performance.agreement.noPlanPeriod', params: { year: row.year } }]);
  let q = tenantDb(ctx)
    .selectFrom('plan_nodes')
    .select(['id', 'title'])
    .where('period_id', '=', period.id)
    .where('unit_id', '=', row.unit_id);
  if (row.level === 'opd') q = q.where('document', '=', 'renstra').where('kind', '=', 'sasaran');
  else
    q = q
      .where('document', '=', 'pokin')
      .where('pokin_level', '=', row.level)
      .where((eb) => eb.or([eb('position_id', 'is', null), eb('position_id', '=', row.first_party_position_id)]));
  return q.orderBy('sort_order').orderBy('code').orderBy('id').execute();
}

async function existingItems(ctx: RequestContext, agreementId: string) {
  return tenantDb(ctx)
    .selectFrom('agreement_items')
    .select(['indicator_id', 'sort_order'])
    .where('agreement_id', '=', agreementId)
    .execute();
}

/** Adds every indicator of the OPD's sasaran (for the PK's level) with its target of the year; present ones stay. */
export async function takeItemsFromTree(ctx: RequestContext, agreementId: string, version: number) {
  const row = await draftForChange(ctx, agreementId);
  const nodes = await sourceNodes(ctx, row);
  const indicators = await indicatorsOfNodes(
    ctx,
    nodes.map((n) => n.id),
  );
  const present = await existingItems(ctx, row.id);
  const have = new Set(present.map((p) => p.indicator_id));
  let order = Math.max(0, ...present.map((p) => p.sort_order + 1));
  const rows = nodes.flatMap((node) =>
    (indicators.get(node.id) ?? [])
      .filter((ind) => !have.has(ind.id))
      .map((ind) => ({
        ...{ id: newId(), agreement_id: row.id, indicator_id: ind.id, sasaran: node.title, indicator_name: ind.name },
        unit_of_measure: ind.unitOfMeasure,
        ...targetColumns(ind.targets.find((t) => t.year === row.year && t.period === null)),
        sort_order: order++,
      })),
  );
  await inTransaction(ctx, async (tx) => {
    await bumpAgreement(tx, row.id, version);
    if (rows.length > 0) await tenantDb(tx).insertInto('agreement_items', rows).execute();
    await recordAudit(tx, 'performance.agreement.itemsTaken', {
      objectType: 'agreement',
      objectId: row.id,
      data: { added: rows.length },
    });
  });
  const alreadyPresent = [...indicators.values()].flat().filter((i) => have.has(i.id)).length;
  return { added: rows.length, alreadyPresent, agreement: await getAgreement(ctx, row.id) };
}

/**
 * Adds one indicator to a draft PK. SECURITY: the indicator must belong to the PK's OPD (its node's unit); an
 * indicator of another OPD or of the regency is refused with a field message and nothing is written.
 */
export async function addItem(ctx: RequestContext, agreementId: string, input: AddItemInput): Promise<AgreementView> {
  const row = await draftForChange(ctx, agreementId);
  const db = tenantDb(ctx);
  const indicator = await db
    .selectFrom('indicators')
    .innerJoin('plan_nodes', (j) =>
      j.onRef('plan_nodes.tenant_id', '=', 'indicators.tenant_id').onRef('plan_nodes.id', '=', 'indicators.node_id'),
    )
    .select(['indicators.id', 'indicators.name', 'indicators.unit_of_measure', 'plan_nodes.title', 'plan_nodes.unit_id'])
    .where('indicators.id', '=', input.indicatorId)
    .executeTakeFirst();
  if (!indicator) throw new ValidationError([{ field: 'body.indicatorId', message: 'performance.agreement.indicatorNotFound' }]);
  if (indicator.unit_id !== row.unit_id) {
    const unit = await db.selectFrom('units').select('name').where('id', '=', row.unit_id).executeTakeFirst();
    const params = { unit: unit?.name ?? '' };
    throw new ValidationError([{ field: 'body.indicatorId', message: 'performance.agreement.indicatorOtherUnit', params }]);
  }
  const present = await existingItems(ctx, row.id);
  if (present.some((p) => p.indicator_id === indicator.id))
    throw new ValidationError([{ field: 'body.indicatorId', message: 'performance.agreement.itemExists' }]);
  const yearly = await db
    .selectFrom('indicator_targets')
    .selectAll()
    .where('indicator_id', '=', indicator.id)
    .where('year', '=', row.year)
    .where('period', 'is', null)
    .executeTakeFirst();
  const fromPlan = yearly
    ? { kind: yearly.kind, value: yearly.value, min: yearly.min_value, max: yearly.max_value, text: yearly.text }
    : null;
  await inTransaction(ctx, async (tx) => {
    await bumpAgreement(tx, row.id, input.version);
    await tenantDb(tx)
      .insertInto('agreement_items', {
        ...{ id: newId(), agreement_id: row.id, indicator_id: indicator.id, sasaran: indicator.title },
        ...{ indicator_name: indicator.name, unit_of_measure: indicator.unit_of_measure },
        ...targetColumns(input.target ?? fromPlan),
        sort_order: Math.max(0, ...present.map((p) => p.sort_order + 1)),
      })
      .execute();
  });
  return getAgreement(ctx, row.id);
}

async function itemOf(ctx: RequestContext, agreementId: string, itemId: string) {
  const item = await tenantDb(ctx)
    .selectFrom('agreement_items')
    .selectAll()
    .where('id', '=', itemId)
    .where('agreement_id', '=', agreementId)
    .executeTakeFirst();
  if (!item) throw new NotFoundError('agreementItem');
  return item;
}

/** Changes the promised target (and the order) of an item of a draft PK. */
export async function updateItem(
  ctx: RequestContext,
  agreementId: string,
  itemId: string,
  input: UpdateItemInput,
): Promise<AgreementView> {
  const row = await draftForChange(ctx, agreementId);
  const item = await itemOf(ctx, row.id, itemId);
  await inTransaction(ctx, async (tx) => {
    await bumpAgreement(tx, row.id, input.version);
    await tenantDb(tx)
      .updateTable('agreement_items')
      .set({ ...targetColumns(input.target), sort_order: input.sortOrder ?? item.sort_order })
      .where('id', '=', item.id)
      .execute();
  });
  return getAgreement(ctx, row.id);
}

/** Removes an item (and its rencana aksi) from a draft PK. */
export async function deleteItem(
  ctx: RequestContext,
  agreementId: string,
  itemId: string,
  version: number | undefined,
): Promise<AgreementView> {
  const row = await draftForChange(ctx, agreementId);
  const item = await itemOf(ctx, row.id, itemId);
  await inTransaction(ctx, async (tx) => {
    await bumpAgreement(tx, row.id, version);
    await tenantDb(tx).deleteFrom('action_plans').where('item_id', '=', item.id).execute();
    await tenantDb(tx).deleteFrom('agreement_items').where('id', '=', item.id).execute();
  });
  return getAgreement(ctx, row.id);
}

/** Adds a budget row (program, optionally kegiatan and sub-kegiatan, with its pagu) to a draft PK. */
export async function addBudget(ctx: RequestContext, agreementId: string, input: BudgetRowInput): Promise<AgreementView> {
  const row = await draftForChange(ctx, agreementId);
  await inTransaction(ctx, async (tx) => {
    await bumpAgreement(tx, row.id, input.version);
    await tenantDb(tx)
      .insertInto('agreement_budgets', {
        ...{ id: newId(), agreement_id: row.id, program_code: input.programCode, program_name: input.programName },
        ...{ kegiatan_code: input.kegiatanCode ?? null, kegiatan_name: input.kegiatanName ?? null },
        ...{ sub_kegiatan_code: input.subKegiatanCode ?? null, sub_kegiatan_name: input.subKegiatanName ?? null },
        ...{ pagu: plain(input.pagu) ?? '0', sort_order: input.sortOrder ?? 0 },
      })
      .execute();
  });
  return getAgreement(ctx, row.id);
}

/** Removes a budget row from a draft PK. */
export async function deleteBudget(
  ctx: RequestContext,
  agreementId: string,
  budgetId: string,
  version: number | undefined,
): Promise<AgreementView> {
  const row = await draftForChange(ctx, agreementId);
  const budget = await tenantDb(ctx)
    .selectFrom('agreement_budgets')
    .select('id')
    .where('id', '=', budgetId)
    .where('agreement_id', '=', row.id)
    .executeTakeFirst();
  if (!budget) throw new NotFoundError('agreementBudget');
  await inTransaction(ctx, async (tx) => {
    await bumpAgreement(tx, row.id, version);
    await tenantDb(tx).deleteFrom('agreement_budgets').where('id', '=', budget.id).execute();
  });
  return getAgreement(ctx, row.id);
}
