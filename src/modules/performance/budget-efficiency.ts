/**
 * Budget absorption and efficiency (domain notes §3.3, Rule A): serapan S = realisasi / pagu × 100;
 * Δ = capaian − serapan; Δ above `efficientAbove` → efisien, Δ at or above `fairFrom` → cukup efisien, else
 * tidak efisien. Pure; decimal.js only.
 */
import type { Decimal } from 'decimal.js';
import { Dec, parseDecimal, roundedText } from './capaian/decimal.ts';

/** Efficiency bands of a tenant (decimal texts, percentage points of Δ = capaian − serapan). */
export interface EfficiencySettings {
  readonly efficientAbove: string;
  readonly fairFrom: string;
}

/**
 * Defaults from e-sakip-bna (§3.3 Rule A: Δ > 5 efisien, |Δ| ≤ 5 cukup efisien, else tidak efisien). A local
 * convention, not a national rule: tenants should verify them (the settings view says so until saved).
 */
export const DEFAULT_EFFICIENCY_SETTINGS: EfficiencySettings = { efficientAbove: '5', fairFrom: '-5' };

/** Serapan in percent: computed (2 decimals, half-up) or not computable with the reason. */
export type SerapanResult = { computable: true; percent: string } | { computable: false; reason: 'paguZero' };

/** Serapan anggaran = realisasi / pagu × 100, rounded half-up to 2 decimals; pagu 0 is not computable. */
export function serapan(pagu: Decimal | string, realisasi: Decimal | string): SerapanResult {
  const total = new Dec(pagu);
  if (total.isZero()) return { computable: false, reason: 'paguZero' };
  return { computable: true, percent: roundedText(new Dec(realisasi).div(total).times(100), 2) };
}

/** Efficiency status codes. */
export type EfficiencyStatus = 'efisien' | 'cukup_efisien' | 'tidak_efisien';

/** The status of Δ = capaian − serapan (both percent, decimal text or Decimal) under the tenant's bands. */
export function efficiencyStatus(
  capaian: Decimal | string,
  serapanPercent: Decimal | string,
  settings: EfficiencySettings,
): { status: EfficiencyStatus; delta: string } {
  const delta = new Dec(capaian).minus(new Dec(serapanPercent));
  const status: EfficiencyStatus = delta.gt(new Dec(settings.efficientAbove))
    ? 'efisien'
    : delta.gte(new Dec(settings.fairFrom))
      ? 'cukup_efisien'
      : 'tidak_efisien';
  return { status, delta: roundedText(delta, 2) };
}

/** Problems in efficiency settings (field → message key under `performance.budget.`); empty when usable. */
export function efficiencySettingsProblems(settings: EfficiencySettings): { field: string; key: string }[] {
  const above = parseDecimal(settings.efficientAbove);
  const from = parseDecimal(settings.fairFrom);
  const problems: { field: string; key: string }[] = [];
  if (!above) problems.push({ field: 'efficientAbove', key: 'settingNotDecimal' });
  if (!from) problems.push({ field: 'fairFrom', key: 'settingNotDecimal' });
  if (above && from?.gt(above)) problems.push({ field: 'fairFrom', key: 'fairAboveEfficient' });
  return problems;
}
