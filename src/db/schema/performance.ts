/** e-SAKIP planning chain: RPJMD periods, the plan/pokin tree, crosscutting links, indicators and targets. */
import type { ColumnType } from 'kysely';

type Version = ColumnType<number, number | undefined, number>;

/** An RPJMD period: draft while being prepared, active while in force, closed afterwards. */
export interface PlanPeriodsTable {
  tenant_id: string;
  id: string;
  start_year: number;
  end_year: number;
  title: string;
  legal_basis: string | null;
  status: 'draft' | 'active' | 'closed';
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** A node of a period's tree; `unit_id` null means the regency (RPJMD, pemda-level pokin). */
export interface PlanNodesTable {
  tenant_id: string;
  id: string;
  period_id: string;
  unit_id: string | null;
  document: string;
  kind: string;
  parent_id: string | null;
  /** A Renstra tujuan/sasaran → the RPJMD sasaran it serves (and similar downward derivations). */
  derives_from_node_id: string | null;
  code: string | null;
  title: string;
  sort_order: ColumnType<number, number | undefined, number>;
  /** Renja only. */
  year: number | null;
  pokin_level: string | null;
  position_id: string | null;
  result_type: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** A crosscutting link between nodes of two OPDs. */
export interface NodeLinksTable {
  tenant_id: string;
  id: string;
  period_id: string;
  from_node_id: string;
  to_node_id: string;
  kind: 'crosscutting';
  status: 'proposed' | 'accepted' | 'rejected';
  note: string | null;
  reason: string | null;
  proposed_by: string | null;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  version: Version;
}

/** An indicator and its manual (IKU); decimals are TEXT. */
export interface IndicatorsTable {
  tenant_id: string;
  id: string;
  node_id: string;
  code: string | null;
  name: string;
  operational_definition: string | null;
  formula_text: string | null;
  numerator_label: string | null;
  denominator_label: string | null;
  unit_of_measure: string;
  polarity: string;
  aggregation: string;
  frequency: string;
  allow_negative: number;
  data_source: string | null;
  responsible_unit_id: string | null;
  baseline_year: number | null;
  baseline_value: string | null;
  is_iku: number;
  /** JSON `{specific, measurable, achievable, relevant, time_bound, challenging}` of booleans. */
  smart_check: string;
  derived_from_indicator_id: string | null;
  derivation_method: string | null;
  /** Where realisasi come from automatically (e.g. `eoffice.disposition_median_days`), null for manual entry. */
  auto_source: ColumnType<string | null, string | null | undefined, string | null>;
  sort_order: ColumnType<number, number | undefined, number>;
  created_at: string;
  updated_at: string;
  version: Version;
}

/** A target of an indicator for a year (period null) or a quarter/month of it. */
export interface IndicatorTargetsTable {
  tenant_id: string;
  id: string;
  indicator_id: string;
  year: number;
  period: string | null;
  kind: 'number' | 'range' | 'text';
  value: string | null;
  min_value: string | null;
  max_value: string | null;
  text: string | null;
}

export interface PerformanceTables {
  plan_periods: PlanPeriodsTable;
  plan_nodes: PlanNodesTable;
  node_links: NodeLinksTable;
  indicators: IndicatorsTable;
  indicator_targets: IndicatorTargetsTable;
}
