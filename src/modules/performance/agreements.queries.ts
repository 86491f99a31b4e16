/** Rows and views of Perjanjian Kinerja, always through tenantDb (tenant-pinned). */
import { type Selectable, sql } from 'kysely';
import type {
  ActionPlansTable,
  AgreementBudgetsTable,
  AgreementItemsTable,
  PerformanceAgreementsTable,
} from '../../db/schema/performance-agreements.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, NotFoundError } from '../../shared/errors.ts';
import { employeeIdOfUser } from '../identity/index.ts';
import { positionCards } from '../organization/index.ts';
import type {
  ActionPlanView,
  AgreementBudgetView,
  AgreementListQuery,
  AgreementListView,
  AgreementSummaryView,
  AgreementView,
} from './agreements.contract.ts';
import { sumMoney } from './budget-money.ts';

/** Row types. */
export type AgreementRow = Selectable<PerformanceAgreementsTable>;
export type ItemRow = Selectable<AgreementItemsTable>;
export type BudgetRow = Selectable<AgreementBudgetsTable>;
export type ActionPlanRow = Selectable<ActionPlansTable>;

/** The agreement with this id in the caller's tenant; 404 otherwise. */
export async function loadAgreement(ctx: RequestContext, agreementId: string): Promise<AgreementRow> {
  const row = await tenantDb(ctx)
    .selectFrom('performance_agreements')
    .selectAll()
    .where('id', '=', agreementId)
    .executeTakeFirst();
  if (!row) throw new NotFoundError('agreement');
  return row;
}

/** Compare-and-set bump of the agreement; 409 when someone changed it since `version` (undefined: any version). */
export async function bumpAgreement(
  ctx: RequestContext,
  id: string,
  version: number | undefined,
  change: Partial<Omit<AgreementRow, 'id' | 'tenant_id' | 'version'>> = {},
): Promise<void> {
  let update = tenantDb(ctx)
    .updateTable('performance_agreements')
    .set({ ...change, updated_at: ctx.platform.now().toISOString(), version: sql<number>`version + 1` })
    .where('id', '=', id);
  if (version !== undefined) update = update.where('version', '=', version);
  const result = await update.executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError('performance.agreement.staleVersion');
}

async function unitNames(ctx: RequestContext, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tenantDb(ctx)
    .selectFrom('units')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

function summaryOf(row: AgreementRow, unitName: string, positions: Map<string, { name: string }>): AgreementSummaryView {
  const party = (p: 'first' | 'second') => ({
    positionId: row[`${p}_party_position_id`],
    positionName: positions.get(row[`${p}_party_position_id`])?.name ?? '',
    name: row[`${p}_party_name`],
    nip: row[`${p}_party_nip`],
    signedAt: row[`${p}_party_signed_at`],
  });
  return {
    id: row.id,
    unitId: row.unit_id,
    unitName,
    year: row.year,
    level: row.level,
    firstParty: party('first'),
    secondParty: party('second'),
    revision: row.revision,
    supersedesId: row.supersedes_id,
    revisionReason: row.revision_reason,
    status: row.status,
    documentId: row.document_id,
    documentNumber: row.document_number,
    verificationCode: row.verification_code,
    version: row.version,
  };
}

async function summaries(ctx: RequestContext, rows: readonly AgreementRow[]): Promise<AgreementSummaryView[]> {
  const units = await unitNames(
    ctx,
    rows.map((r) => r.unit_id),
  );
  const positions = await positionCards(
    ctx,
    rows.flatMap((r) => [r.first_party_position_id, r.second_party_position_id]),
  );
  return rows.map((r) => summaryOf(r, units.get(r.unit_id) ?? '', positions));
}

/** The PKs of a year and/or OPD, newest year first, then by OPD and revision. */
export async function listAgreements(ctx: RequestContext, query: AgreementListQuery): Promise<AgreementListView> {
  let q = tenantDb(ctx).selectFrom('performance_agreements').selectAll();
  if (query.year !== undefined) q = q.where('year', '=', query.year);
  if (query.unitId) q = q.where('unit_id', '=', query.unitId);
  const rows = await q.orderBy('year', 'desc').orderBy('unit_id').orderBy('created_at').orderBy('id').limit(500).execute();
  return { items: await summaries(ctx, rows) };
}

/** A rencana aksi row as shown. */
export function actionPlanView(r: ActionPlanRow): ActionPlanView {
  return {
    id: r.id,
    itemId: r.item_id,
    period: r.period,
    action: r.action,
    targetText: r.target_text,
    targetValue: r.target_value,
    budget: r.budget,
    picPositionId: r.pic_position_id,
    sortOrder: r.sort_order,
    version: r.version,
  };
}

function budgetView(b: BudgetRow): AgreementBudgetView {
  return {
    id: b.id,
    programCode: b.program_code,
    programName: b.program_name,
    kegiatanCode: b.kegiatan_code,
    kegiatanName: b.kegiatan_name,
    subKegiatanCode: b.sub_kegiatan_code,
    subKegiatanName: b.sub_kegiatan_name,
    pagu: b.pagu,
    sortOrder: b.sort_order,
  };
}

/** The children of an agreement, in order. */
export async function agreementParts(ctx: RequestContext, agreementId: string) {
  const db = tenantDb(ctx);
  const [items, budgets, plans] = await Promise.all([
    db
      .selectFrom('agreement_items')
      .selectAll()
      .where('agreement_id', '=', agreementId)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('agreement_budgets')
      .selectAll()
      .where('agreement_id', '=', agreementId)
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('action_plans')
      .selectAll()
      .where('agreement_id', '=', agreementId)
      .orderBy('period')
      .orderBy('sort_order')
      .orderBy('id')
      .execute(),
  ]);
  return { items, budgets, plans };
}

/** Whose signature is due: pihak kedua signs first, then pihak pertama; null unless the PK is out for signature. */
export function nextSignerOf(row: AgreementRow): 'first' | 'second' | null {
  if (row.status !== 'signing') return null;
  return row.second_party_signed_at === null ? 'second' : 'first';
}

/** One PK with items (and their rencana aksi), budgets, the exact budget total and the caller's signing turn. */
export async function getAgreement(ctx: RequestContext, agreementId: string): Promise<AgreementView> {
  const row = await loadAgreement(ctx, agreementId);
  const [summary] = await summaries(ctx, [row]);
  const { items, budgets, plans } = await agreementParts(ctx, row.id);
  const next = nextSignerOf(row);
  const me = next ? await employeeIdOfUser(ctx, ctx.actor.userId) : null;
  return {
    ...(summary as AgreementSummaryView),
    items: items.map((i) => ({
      id: i.id,
      indicatorId: i.indicator_id,
      sasaran: i.sasaran,
      indicatorName: i.indicator_name,
      unitOfMeasure: i.unit_of_measure,
      target: { kind: i.target_kind, value: i.target_value, min: i.target_min, max: i.target_max, text: i.target_text },
      sortOrder: i.sort_order,
      actionPlans: plans.filter((p) => p.item_id === i.id).map(actionPlanView),
    })),
    budgets: budgets.map(budgetView),
    budgetTotal: sumMoney(budgets.map((b) => b.pagu)).toFixed(),
    nextSigner: next,
    mySignatureDue:
      next !== null && me !== null && me === (next === 'first' ? row.first_party_employee_id : row.second_party_employee_id),
  };
}
