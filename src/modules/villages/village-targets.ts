/**
 * Pure target rules of mandated results (domain notes §5.1: poverty target = 8 % of the desa's DTKS households, e.g.
 * 8 % × 800 = 64 KK) and the three Sumedang defaults. Decimals with decimal.js; counts of people round half-up.
 */
import { Decimal } from 'decimal.js';
import type { MandatoryResultInput, TargetRule } from './village-accountability.contract.ts';

/** Human names of the base keys the defaults use. */
export const BASE_LABELS: Readonly<Record<string, string>> = {
  dtks_households: 'KK terdaftar DTKS',
  children_under_five: 'balita',
};

/** Units counted in whole things (a target of 8 % of 805 KK is 64 KK, not 64.4). */
const WHOLE_UNITS = new Set(['kk', 'orang', 'jiwa', 'anak', 'balita', 'kegiatan', 'rumah tangga']);

/** The rule of a stored mandatory result row. */
export function ruleOfRow(row: {
  rule_kind: string;
  rule_percent: string | null;
  rule_base_key: string | null;
  rule_value: string | null;
}): TargetRule {
  if (row.rule_kind === 'percent_of_base')
    return { kind: 'percent_of_base', percent: row.rule_percent!, baseKey: row.rule_base_key! };
  if (row.rule_kind === 'fixed') return { kind: 'fixed', value: row.rule_value! };
  return { kind: 'none' };
}

/** The rule as stored columns. */
export function ruleColumns(rule: TargetRule) {
  return {
    rule_kind: rule.kind,
    rule_percent: rule.kind === 'percent_of_base' ? rule.percent : null,
    rule_base_key: rule.kind === 'percent_of_base' ? rule.baseKey : null,
    rule_value: rule.kind === 'fixed' ? rule.value : null,
  };
}

/** The rule in words (Indonesian), e.g. `8% dari KK terdaftar DTKS`. */
export function ruleText(rule: TargetRule, unit: string): string {
  if (rule.kind === 'percent_of_base') return `${rule.percent}% dari ${BASE_LABELS[rule.baseKey] ?? rule.baseKey}`;
  if (rule.kind === 'fixed') return `${rule.value} ${unit} (sama untuk semua desa)`;
  return 'Ditetapkan DPMD per desa';
}

/**
 * The target a rule gives a desa: percent × base (whole units rounded half-up, others to 2 decimals), the fixed value,
 * or null (no rule, or the base is missing).
 */
export function deriveTarget(rule: TargetRule, unit: string, bases: Readonly<Record<string, string>>): string | null {
  if (rule.kind === 'fixed') return new Decimal(rule.value).toFixed();
  if (rule.kind === 'none') return null;
  const base = bases[rule.baseKey];
  if (base === undefined) return null;
  const raw = new Decimal(rule.percent).times(base).div(100);
  const places = WHOLE_UNITS.has(unit.trim().toLowerCase()) ? 0 : 2;
  return raw.toDecimalPlaces(places, Decimal.ROUND_HALF_UP).toFixed();
}

/**
 * The three results every desa in Sumedang writes into its RPJMDes (Perbup 153/2019, domain notes §5.1): households
 * leaving DTKS (8 % of DTKS households, cumulative over the quarters), stunting prevalence (lower is better; 14 % is
 * the national RPJMN 2024 target, DPMD overrides per desa) and the IKM of the desa's public service (minimum 76.61,
 * the lower edge of mutu B in PermenPANRB 14/2017).
 */
export const DEFAULT_MANDATORY_RESULTS: readonly Omit<MandatoryResultInput, 'year'>[] = [
  {
    code: 'KEMISKINAN',
    name: 'Penurunan angka kemiskinan: KK keluar dari DTKS',
    unit: 'KK',
    polarity: 'maximize',
    aggregation: 'cumulative',
    evidenceKind: 'households',
    rule: { kind: 'percent_of_base', percent: '8', baseKey: 'dtks_households' },
  },
  {
    code: 'STUNTING',
    name: 'Penurunan angka stunting: prevalensi balita stunting',
    unit: '%',
    polarity: 'minimize',
    aggregation: 'last',
    evidenceKind: 'children',
    rule: { kind: 'fixed', value: '14' },
  },
  {
    code: 'IKM',
    name: 'Pelayanan publik: Indeks Kepuasan Masyarakat (IKM) desa',
    unit: 'indeks',
    polarity: 'maximize',
    aggregation: 'last',
    evidenceKind: 'ikm',
    rule: { kind: 'fixed', value: '76.61' },
  },
];
