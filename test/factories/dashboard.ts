/**
 * Rows for the e-SAKIP dashboards written straight into the tables (plan period, nodes, indicators, stored capaian,
 * realisasi, targets, budget lines): used by the dashboard route tests and by bench/dashboard.ts.
 */
import type { TenantDb, TenantInsert } from '../../src/db/tenant-db.ts';
import { newId } from '../../src/shared/ids.ts';

const AT = '2026-01-05T00:00:00.000Z';

/** An active RPJMD period of five years. */
export function periodRow(startYear: number): TenantInsert<'plan_periods'> {
  return {
    id: newId(),
    start_year: startYear,
    end_year: startYear + 4,
    title: `RPJMD ${startYear}-${startYear + 4}`,
    legal_basis: null,
    status: 'active',
    created_by: null,
    created_at: AT,
    updated_at: AT,
  };
}

/** A plan node: a Renstra tujuan of an OPD, or a regency (RPJMD) sasaran when unitId is null; Renja when year is set. */
export function nodeRow(periodId: string, unitId: string | null, year: number | null = null): TenantInsert<'plan_nodes'> {
  return {
    id: newId(),
    period_id: periodId,
    unit_id: unitId,
    document: year !== null ? 'renja' : unitId ? 'renstra' : 'rpjmd',
    kind: year !== null ? 'program' : unitId ? 'tujuan' : 'sasaran',
    parent_id: null,
    derives_from_node_id: null,
    code: null,
    title: 'Simpul uji',
    year,
    pokin_level: null,
    position_id: null,
    result_type: null,
    created_by: null,
    created_at: AT,
    updated_at: AT,
  };
}

/** What an indicator row may set. */
export interface IndicatorFacts {
  readonly name: string;
  readonly code?: string;
  readonly frequency?: string;
  readonly aggregation?: string;
  readonly polarity?: string;
  readonly responsibleUnitId?: string | null;
  readonly sortOrder?: number;
}

/** An indicator of a node (maximize, last value, quarterly unless told). */
export function indicatorRow(nodeId: string, facts: IndicatorFacts): TenantInsert<'indicators'> {
  return {
    id: newId(),
    node_id: nodeId,
    code: facts.code ?? null,
    name: facts.name,
    operational_definition: null,
    formula_text: null,
    numerator_label: null,
    denominator_label: null,
    unit_of_measure: 'persen',
    polarity: facts.polarity ?? 'maximize',
    aggregation: facts.aggregation ?? 'last',
    frequency: facts.frequency ?? 'quarterly',
    allow_negative: 0,
    data_source: null,
    responsible_unit_id: facts.responsibleUnitId ?? null,
    baseline_year: null,
    baseline_value: null,
    is_iku: 1,
    smart_check: '{}',
    derived_from_indicator_id: null,
    derivation_method: null,
    sort_order: facts.sortOrder ?? 0,
    created_at: AT,
    updated_at: AT,
  };
}

/** A stored capaian: computed with a value and band, or not computable with a reason. */
export function resultRow(
  indicatorId: string,
  year: number,
  period: string,
  outcome: { value: string; band: string | null } | { reason: string },
): TenantInsert<'capaian_results'> {
  const computed = 'value' in outcome;
  return {
    id: newId(),
    indicator_id: indicatorId,
    year,
    period,
    state: computed ? 'computed' : 'not_computable',
    value: computed ? outcome.value : null,
    raw: computed ? outcome.value : null,
    band: computed ? outcome.band : null,
    formula: computed ? 'r_over_t' : null,
    realisasi: null,
    target_used: null,
    reason: computed ? null : outcome.reason,
    detail: null,
    engine_version: 'capaian-1.0.0',
    settings_hash: null,
    computed_at: AT,
  };
}

/** A realisasi of a period (verified unless told). */
export function realisasiRow(
  indicatorId: string,
  year: number,
  period: string,
  value: string,
  status: 'draft' | 'submitted' | 'verified' | 'returned' = 'verified',
): TenantInsert<'indicator_realizations'> {
  return {
    ...{ id: newId(), indicator_id: indicatorId, year, period, value, numerator: null, denominator: null },
    ...{ manual_capaian: null, obstacles: null, remedies: null, source: 'manual', status, review_note: null },
    ...{ entered_by: null, submitted_by: null, submitted_at: null, reviewed_by: null, reviewed_at: null },
    ...{ created_at: AT, updated_at: AT },
  };
}

/** An annual numeric target. */
export function annualTargetRow(indicatorId: string, year: number, value: string): TenantInsert<'indicator_targets'> {
  return {
    id: newId(),
    indicator_id: indicatorId,
    year,
    period: null,
    kind: 'number',
    value,
    min_value: null,
    max_value: null,
    text: null,
  };
}

/** A budget line with its monthly realisasi (index 0 = January; missing months are null). */
export function budgetLineRow(
  unitId: string,
  year: number,
  code: string,
  pagu: string,
  months: readonly (string | null)[],
): TenantInsert<'budget_lines'> {
  const month = (i: number) => months[i] ?? null;
  return {
    ...{ id: newId(), unit_id: unitId, year, sub_kegiatan_code: code, account_code: '', description: 'Baris uji' },
    ...{ funding_source: null, pagu, updated_at: AT, updated_by: null },
    ...{ realisasi_m01: month(0), realisasi_m02: month(1), realisasi_m03: month(2), realisasi_m04: month(3) },
    ...{ realisasi_m05: month(4), realisasi_m06: month(5), realisasi_m07: month(6), realisasi_m08: month(7) },
    ...{ realisasi_m09: month(8), realisasi_m10: month(9), realisasi_m11: month(10), realisasi_m12: month(11) },
  };
}

/** Tags a budget line to an indicator. */
export function tagRow(lineId: string, indicatorId: string): TenantInsert<'budget_indicator_tags'> {
  return { budget_line_id: lineId, indicator_id: indicatorId, tagged_by: null, tagged_at: AT };
}

/** Inserts rows into a table in chunks (SQLite limits bound parameters per statement). */
export async function insertChunked<T extends Parameters<TenantDb['insertInto']>[0]>(
  db: TenantDb,
  table: T,
  rows: readonly TenantInsert<T>[],
  chunk = 200,
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await db.insertInto(table, rows.slice(i, i + chunk)).execute();
}
