/**
 * What every realisasi use case looks up first: the indicator (404 for another tenant's id), its node, plan period
 * and OPD, today's date in the tenant's time zone, the lock state of a period, the stored row and its view.
 */
import { type Selectable, sql } from 'kysely';
import type { IndicatorRealizationsTable } from '../../db/schema/performance-measurement.ts';
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { ConflictError, ValidationError } from '../../shared/errors.ts';
import { newId } from '../../shared/ids.ts';
import { opdOfUnit, tenantTimeZoneOf } from '../organization/index.ts';
import {
  type IndicatorRow,
  loadIndicator,
  loadNode,
  loadPeriod,
  type NodeRow,
  type PeriodRow,
} from './performance.repository.ts';
import { type PeriodState, periodState, periodsOfFrequency } from './realization-periods.ts';
import type { EvidenceView, RealizationView } from './realizations.contract.ts';

/** A stored realisasi row. */
export type RealizationRow = Selectable<IndicatorRealizationsTable>;

/** An indicator with where it sits: node, plan period and owning OPD (null for a regency-level indicator). */
export interface IndicatorFacts {
  readonly indicator: IndicatorRow;
  readonly node: NodeRow;
  readonly plan: PeriodRow;
  readonly opdId: string | null;
}

/** Today's date (YYYY-MM-DD) in the tenant's time zone. */
export async function tenantToday(ctx: RequestContext): Promise<string> {
  const timeZone = await tenantTimeZoneOf(ctx, ctx.tenantId);
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(ctx.platform.now());
}

/** The OPD an indicator belongs to: its responsible unit's OPD when set, else its node's unit. */
export async function opdOfIndicator(ctx: RequestContext, indicator: IndicatorRow, node: NodeRow): Promise<string | null> {
  return indicator.responsible_unit_id ? opdOfUnit(ctx, indicator.responsible_unit_id) : node.unit_id;
}

/** SECURITY: the tenant-scoped lookup (404 for another tenant's id) that every authority decision starts from. */
export async function indicatorFacts(ctx: RequestContext, indicatorId: string): Promise<IndicatorFacts> {
  const indicator = await loadIndicator(ctx, indicatorId);
  const node = await loadNode(ctx, indicator.node_id);
  const plan = await loadPeriod(ctx, node.period_id);
  return { indicator, node, plan, opdId: await opdOfIndicator(ctx, indicator, node) };
}

/** 422 unless the year lies in the indicator's plan period and the period is one its frequency reports. */
export function assertReportingPeriod(facts: IndicatorFacts, year: number, period: string): void {
  if (year < facts.plan.start_year || year > facts.plan.end_year)
    throw new ValidationError([{ field: 'params.year', message: 'performance.realizations.yearOutsidePlan' }]);
  if (!periodsOfFrequency(facts.indicator.frequency).includes(period))
    throw new ValidationError([{ field: 'params.period', message: 'performance.realizations.periodNotOfIndicator' }]);
}

/** The open-until days of the reopenings of an OPD's period (an OPD-less indicator has none). */
export async function reopenedUntil(ctx: RequestContext, opdId: string | null, year: number, period: string) {
  if (opdId === null) return [];
  const rows = await tenantDb(ctx)
    .selectFrom('realization_reopenings')
    .select('open_until')
    .where('unit_id', '=', opdId)
    .where('year', '=', year)
    .where('period', '=', period)
    .execute();
  return rows.map((r) => r.open_until);
}

/** Where the period of an OPD stands today (tenant's calendar, lock setting and reopenings). */
export async function lockStateOf(
  ctx: RequestContext,
  at: { opdId: string | null; year: number; period: string; today: string; lockAfterDays: number },
): Promise<PeriodState> {
  const reopened = await reopenedUntil(ctx, at.opdId, at.year, at.period);
  return periodState(at.year, at.period, at.today, { lockAfterDays: at.lockAfterDays, reopenedUntil: reopened });
}

/** The stored realisasi of an indicator's period, if any. */
export function findRealization(ctx: RequestContext, indicatorId: string, year: number, period: string) {
  return tenantDb(ctx)
    .selectFrom('indicator_realizations')
    .selectAll()
    .where('indicator_id', '=', indicatorId)
    .where('year', '=', year)
    .where('period', '=', period)
    .executeTakeFirst();
}

/** The values a person enters on a realisasi. */
export type RealizationValues = Pick<
  RealizationRow,
  'value' | 'numerator' | 'denominator' | 'manual_capaian' | 'obstacles' | 'remedies'
>;

/** No values yet (a draft made to hang the first evidence on). */
export const NO_VALUES: RealizationValues = {
  value: null,
  numerator: null,
  denominator: null,
  manual_capaian: null,
  obstacles: null,
  remedies: null,
};

/** Inserts a new manual draft; 409 when a concurrent request created the period's row first. */
export async function insertDraft(
  tx: RequestContext,
  at: { indicatorId: string; year: number; period: string },
  values: RealizationValues,
): Promise<string> {
  const id = newId();
  const now = tx.platform.now().toISOString();
  const inserted = await tenantDb(tx)
    .insertInto('indicator_realizations', {
      ...{ id, indicator_id: at.indicatorId, year: at.year, period: at.period, ...values },
      ...{ source: 'manual', status: 'draft', review_note: null, entered_by: tx.actor.userId },
      ...{ submitted_by: null, submitted_at: null, reviewed_by: null, reviewed_at: null, created_at: now, updated_at: now },
    })
    .onConflict((oc) => oc.columns(['tenant_id', 'indicator_id', 'year', 'period']).doNothing())
    .executeTakeFirst();
  // Someone else created the row since this actor looked: the same answer as a stale version.
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) throw new ConflictError('performance.realizations.staleVersion');
  return id;
}

/** Compare-and-set change of a realisasi; 409 when someone changed it since `version`. */
export async function changeRealization(
  ctx: RequestContext,
  id: string,
  version: number,
  change: Partial<Omit<RealizationRow, 'id' | 'tenant_id' | 'version'>>,
): Promise<void> {
  const result = await tenantDb(ctx)
    .updateTable('indicator_realizations')
    .set({ ...change, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new ConflictError('performance.realizations.staleVersion');
}

/** The evidence of the given realisasi, by realisasi id, oldest first. */
export async function evidenceOf(ctx: RequestContext, realizationIds: readonly string[]): Promise<Map<string, EvidenceView[]>> {
  const out = new Map<string, EvidenceView[]>();
  if (realizationIds.length === 0) return out;
  const rows = await tenantDb(ctx)
    .selectFrom('realization_evidence')
    .innerJoin('files', (j) =>
      j.onRef('files.id', '=', 'realization_evidence.file_id').onRef('files.tenant_id', '=', 'realization_evidence.tenant_id'),
    )
    .select([
      'realization_evidence.id',
      'realization_evidence.realization_id',
      'realization_evidence.title',
      'realization_evidence.added_at',
      'files.original_name',
      'files.content_type',
      'files.size',
    ])
    .where('realization_evidence.realization_id', 'in', [...realizationIds])
    .orderBy('realization_evidence.added_at')
    .orderBy('realization_evidence.id')
    .execute();
  for (const r of rows) {
    const list = out.get(r.realization_id) ?? [];
    list.push({
      id: r.id,
      title: r.title,
      fileName: r.original_name ?? 'bukti',
      contentType: r.content_type,
      size: Number(r.size),
      addedAt: r.added_at,
    });
    out.set(r.realization_id, list);
  }
  return out;
}

/** A realisasi as shown, with its evidence list. */
export function realizationView(row: RealizationRow, evidence: readonly EvidenceView[]): RealizationView {
  return {
    id: row.id,
    indicatorId: row.indicator_id,
    year: row.year,
    period: row.period,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    manualCapaian: row.manual_capaian,
    obstacles: row.obstacles,
    remedies: row.remedies,
    source: row.source,
    status: row.status,
    reviewNote: row.review_note,
    submittedAt: row.submitted_at,
    reviewedAt: row.reviewed_at,
    evidence: [...evidence],
    version: row.version,
  };
}

/** The stored realisasi with its evidence, as shown. */
export async function loadRealizationView(ctx: RequestContext, id: string): Promise<RealizationView> {
  const row = await tenantDb(ctx).selectFrom('indicator_realizations').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return realizationView(row, (await evidenceOf(ctx, [id])).get(id) ?? []);
}
