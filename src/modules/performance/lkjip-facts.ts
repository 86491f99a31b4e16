/**
 * What Pamong knows about an OPD's (or the regency's) year for drafting its LKjIP (issue #6): the sasaran and their
 * indicators with targets (this year and the end of the plan period), stored capaian of this and earlier years,
 * realisasi with their obstacles/remedies, tagged budget, the DPA by programme and the signed Perjanjian Kinerja.
 * Read-only, always through tenantDb; the lkjip module assembles the report from these facts.
 */
import { tenantDb } from '../../db/tenant-db.ts';
import type { RequestContext } from '../../platform/access/context.ts';
import { groupBy } from '../../shared/collections.ts';
import { getBudgetSettings } from './budget-settings.service.ts';
import { type LkjipAgreementFacts, signedAgreementFacts } from './lkjip-facts-agreement.ts';
import { type LkjipMoney, type LkjipProgramme, programmesOfYear, taggedProgrammes } from './lkjip-facts-budget.ts';
import { type LkjipOpdAgreement, regencyAgreementFacts } from './lkjip-facts-regency.ts';
import { loadMeasurementSettings } from './measurement-settings.ts';
import type { IndicatorRow, PeriodRow } from './performance.repository.ts';
import { periodsOfFrequency } from './realization-periods.ts';
import { indicatorsOfOpd, planOfYear } from './realizations.queries.ts';

export type { LkjipAgreementFacts, LkjipMoney, LkjipOpdAgreement, LkjipProgramme };

/** A target as stored (kind number/range/text). */
export interface LkjipTarget {
  readonly kind: 'number' | 'range' | 'text';
  readonly value: string | null;
  readonly min: string | null;
  readonly max: string | null;
  readonly text: string | null;
}

/** A stored capaian of a year (period `Y`). */
export interface LkjipCapaian {
  readonly year: number;
  readonly state: 'computed' | 'not_computable';
  readonly value: string | null;
  readonly band: string | null;
  readonly realisasi: string | null;
  readonly reason: string | null;
}

/** A realisasi of the year with its review status and notes. */
export interface LkjipRealisasi {
  readonly period: string;
  readonly status: 'draft' | 'submitted' | 'verified' | 'returned';
  readonly value: string | null;
  readonly obstacles: string | null;
  readonly remedies: string | null;
}

/** An indicator of the report with everything its analyses need. */
export interface LkjipIndicatorFacts {
  readonly id: string;
  readonly code: string | null;
  readonly name: string;
  readonly unitOfMeasure: string;
  readonly polarity: string;
  readonly frequency: string;
  readonly isIku: boolean;
  readonly sasaran: { readonly id: string; readonly code: string | null; readonly title: string; readonly kind: string };
  readonly target: LkjipTarget | null;
  readonly endTarget: LkjipTarget | null;
  readonly capaian: LkjipCapaian | null;
  /** Stored yearly capaian of earlier years, oldest first. */
  readonly history: readonly LkjipCapaian[];
  /** The last period of the year for the indicator's frequency (`Q4`, `S2`, `M12` or `Y`). */
  readonly lastPeriod: string;
  readonly realisasi: readonly LkjipRealisasi[];
  readonly budget: { readonly money: LkjipMoney; readonly programmes: readonly LkjipProgramme[] } | null;
}

/** Everything the LKjIP of one scope and year is drafted from. */
export interface LkjipFacts {
  readonly year: number;
  readonly unitId: string | null;
  readonly plan: { readonly id: string; readonly title: string; readonly startYear: number; readonly endYear: number } | null;
  readonly indicators: readonly LkjipIndicatorFacts[];
  readonly programmes: readonly LkjipProgramme[];
  /** The signed PK (latest revision) of the OPD's head; null when none is signed (always null for the regency). */
  readonly agreement: LkjipAgreementFacts | null;
  /** Regency only (empty for an OPD): each OPD reporting in the year with its signed PK with the Bupati, or null. */
  readonly opdAgreements: readonly LkjipOpdAgreement[];
  readonly bands: readonly { readonly code: string; readonly label: string; readonly color: string }[];
  readonly efficiency: { readonly efficientAbove: string; readonly fairFrom: string };
}

/** Indicators of the regency's own (RPJMD) nodes in the plan period. */
async function regencyIndicators(ctx: RequestContext, plan: PeriodRow): Promise<IndicatorRow[]> {
  return tenantDb(ctx)
    .selectFrom('indicators')
    .innerJoin('plan_nodes', (j) =>
      j.onRef('plan_nodes.id', '=', 'indicators.node_id').onRef('plan_nodes.tenant_id', '=', 'indicators.tenant_id'),
    )
    .selectAll('indicators')
    .where('plan_nodes.period_id', '=', plan.id)
    .where('plan_nodes.unit_id', 'is', null)
    .where('plan_nodes.document', '=', 'rpjmd')
    .orderBy('indicators.sort_order')
    .execute();
}

const targetOf = (r: {
  kind: string;
  value: string | null;
  min_value: string | null;
  max_value: string | null;
  text: string | null;
}) => ({ kind: r.kind, value: r.value, min: r.min_value, max: r.max_value, text: r.text }) as LkjipTarget;

/** Annual targets (period null) of some years, by `indicatorId|year`. */
async function annualTargetsOf(ctx: RequestContext, ids: readonly string[], years: readonly number[]) {
  const rows = await tenantDb(ctx)
    .selectFrom('indicator_targets')
    .selectAll()
    .where('indicator_id', 'in', [...ids])
    .where('year', 'in', [...new Set(years)])
    .where('period', 'is', null)
    .execute();
  return new Map(rows.map((r) => [`${r.indicator_id}|${r.year}`, targetOf(r)]));
}

/** Stored yearly capaian (period `Y`) of the year and every earlier year, by indicator. */
async function yearlyCapaianOf(ctx: RequestContext, ids: readonly string[], year: number) {
  const rows = await tenantDb(ctx)
    .selectFrom('capaian_results')
    .select(['indicator_id', 'year', 'state', 'value', 'band', 'realisasi', 'reason'])
    .where('indicator_id', 'in', [...ids])
    .where('period', '=', 'Y')
    .where('year', '<=', year)
    .orderBy('year')
    .execute();
  return groupBy(
    rows,
    (r) => r.indicator_id,
    ({ indicator_id: _, ...capaian }): LkjipCapaian => capaian,
  );
}

/** The year's realisasi of the indicators (every status), by indicator. */
async function realisasiOf(ctx: RequestContext, ids: readonly string[], year: number) {
  const rows = await tenantDb(ctx)
    .selectFrom('indicator_realizations')
    .select(['indicator_id', 'period', 'status', 'value', 'obstacles', 'remedies'])
    .where('indicator_id', 'in', [...ids])
    .where('year', '=', year)
    .execute();
  return groupBy(
    rows,
    (r) => r.indicator_id,
    ({ indicator_id: _, ...r }): LkjipRealisasi => r,
  );
}

/** The nodes (sasaran) the indicators hang on. */
async function nodesOf(ctx: RequestContext, nodeIds: readonly string[]) {
  const rows = await tenantDb(ctx)
    .selectFrom('plan_nodes')
    .select(['id', 'code', 'title', 'kind', 'sort_order'])
    .where('id', 'in', [...new Set(nodeIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Facts of the indicators: grouped data read with one statement per kind of row. */
async function indicatorFacts(ctx: RequestContext, rows: readonly IndicatorRow[], plan: PeriodRow, year: number) {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [nodes, targets, capaian, realisasi, tagged] = await Promise.all([
    nodesOf(
      ctx,
      rows.map((r) => r.node_id),
    ),
    annualTargetsOf(ctx, ids, [year, plan.end_year]),
    yearlyCapaianOf(ctx, ids, year),
    realisasiOf(ctx, ids, year),
    taggedProgrammes(ctx, year, ids),
  ]);
  return rows.map((r): LkjipIndicatorFacts => {
    const node = nodes.get(r.node_id);
    const stored = capaian.get(r.id) ?? [];
    const periods = periodsOfFrequency(r.frequency);
    return {
      ...{ id: r.id, code: r.code, name: r.name, unitOfMeasure: r.unit_of_measure, polarity: r.polarity },
      ...{ frequency: r.frequency, isIku: r.is_iku === 1 },
      sasaran: { id: r.node_id, code: node?.code ?? null, title: node?.title ?? '', kind: node?.kind ?? '' },
      target: targets.get(`${r.id}|${year}`) ?? null,
      endTarget: targets.get(`${r.id}|${plan.end_year}`) ?? null,
      capaian: stored.find((c) => c.year === year) ?? null,
      history: stored.filter((c) => c.year < year),
      lastPeriod: periods[periods.length - 1] ?? 'Y',
      realisasi: realisasi.get(r.id) ?? [],
      budget: tagged.get(r.id) ?? null,
    };
  });
}

/** The LKjIP facts of an OPD (`unitId`, an OPD-level unit) or of the regency (`unitId` null) for a year. */
export async function lkjipFactsOfYear(ctx: RequestContext, unitId: string | null, year: number): Promise<LkjipFacts> {
  const plan = await planOfYear(ctx, year);
  const rows = plan ? (unitId ? await indicatorsOfOpd(ctx, plan, unitId, year) : await regencyIndicators(ctx, plan)) : [];
  const [measurement, efficiency] = await Promise.all([loadMeasurementSettings(ctx), getBudgetSettings(ctx)]);
  return {
    year,
    unitId,
    plan: plan ? { id: plan.id, title: plan.title, startYear: plan.start_year, endYear: plan.end_year } : null,
    indicators: plan ? await indicatorFacts(ctx, rows, plan, year) : [],
    programmes: await programmesOfYear(ctx, unitId, year),
    agreement: unitId ? await signedAgreementFacts(ctx, unitId, year) : null,
    opdAgreements: unitId ? [] : await regencyAgreementFacts(ctx, plan, year),
    bands: measurement.capaian.bands.map((b) => ({ code: b.code, label: b.label, color: b.color })),
    efficiency: { efficientAbove: efficiency.efficientAbove, fairFrom: efficiency.fairFrom },
  };
}
