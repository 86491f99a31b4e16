/**
 * `computeCapaian`: aggregated realisasi against a target under a polarity, with the tenant's minimize
 * formula, floor, cap, rounding (half-up) and band table. Pure: no I/O, no clock. Whatever the input,
 * the answer is a computed capaian or an explicit not-computable state with a reason.
 */
import type { Decimal } from 'decimal.js';
import { aggregateDecimal } from './aggregate.ts';
import { findParsedBand } from './bands.ts';
import { notComputable } from './capaian.messages.ts';
import type {
  CapaianComputed,
  CapaianIndicator,
  CapaianRealisasi,
  CapaianResult,
  CapaianSettings,
  CapaianTarget,
  FormulaId,
} from './capaian.types.ts';
import { ENGINE_VERSION } from './capaian.types.ts';
import { fixedText, parseDecimal, plainText, roundedHalfUp } from './decimal.ts';
import { capaianFraction, parseTarget } from './formulas.ts';
import { type PreparedSettings, prepareSettings } from './settings.ts';

/** What the formula used, recorded with the result. */
interface Basis {
  readonly formula: FormulaId;
  readonly realisasi: Decimal | null;
  readonly targetUsed: Decimal | null;
  readonly periodsUsed: readonly string[];
}

/** Applies floor and cap to a percentage, rounds it, and finds its band. */
function finish(percent: Decimal, basis: Basis, settings: PreparedSettings): CapaianComputed {
  const floored = settings.floor !== null && percent.lt(settings.floor);
  const capped = settings.cap !== null && percent.gt(settings.cap);
  const bounded = floored ? settings.floor! : capped ? settings.cap! : percent;
  const rounded = roundedHalfUp(bounded, settings.decimals);
  return {
    state: 'computed',
    value: fixedText(rounded, settings.decimals),
    raw: plainText(percent),
    capped,
    floored,
    band: findParsedBand(settings.bands, rounded, settings.snapshot.bandBoundary)?.code ?? null,
    formula: basis.formula,
    realisasi: basis.realisasi ? plainText(basis.realisasi) : null,
    targetUsed: basis.targetUsed ? plainText(basis.targetUsed) : null,
    periodsUsed: basis.periodsUsed,
    engineVersion: ENGINE_VERSION,
    settings: settings.snapshot,
    settingsHash: settings.hash,
  };
}

/** A text target: the typed-in capaian when there is one, otherwise "enter it manually". */
function manualCapaian(realisasi: CapaianRealisasi, settings: PreparedSettings): CapaianResult {
  if (realisasi.manualCapaian == null) return notComputable('text_target_manual');
  const percent = parseDecimal(realisasi.manualCapaian);
  if (!percent) return notComputable('invalid_number', { field: 'manualCapaian' });
  return finish(percent, { formula: 'manual', realisasi: null, targetUsed: null, periodsUsed: [] }, settings);
}

/** Capaian of one already-aggregated value against a numeric target, with prepared settings. */
function capaianOfDecimal(
  indicator: CapaianIndicator,
  target: Exclude<CapaianTarget, { kind: 'text' }>,
  realisasi: Decimal,
  periodsUsed: readonly string[],
  settings: PreparedSettings,
): CapaianResult {
  const bounds = parseTarget(target, indicator.polarity);
  if ('ok' in bounds) return notComputable(bounds.reason, bounds.detail);
  const outcome = capaianFraction(indicator.polarity, bounds, realisasi, settings.snapshot.minimizeFormula);
  if (!outcome.ok) return notComputable(outcome.reason, outcome.detail);
  const basis = { formula: outcome.formula, realisasi, targetUsed: outcome.targetUsed, periodsUsed };
  return finish(outcome.fraction.times(100), basis, settings);
}

/** Computes the capaian of the period `realisasi.upTo` (default the last) against that period's target. */
export function computeCapaian(
  indicator: CapaianIndicator,
  target: CapaianTarget,
  realisasi: CapaianRealisasi,
  settings: CapaianSettings,
): CapaianResult {
  const prepared = prepareSettings(settings);
  if (!('snapshot' in prepared)) return notComputable('invalid_settings', { problems: prepared.map((p) => p.field) });
  if (target.kind === 'text') return manualCapaian(realisasi, prepared);
  const aggregated = aggregateDecimal(indicator, realisasi);
  if (!aggregated.ok) return notComputable(aggregated.reason, aggregated.detail);
  return capaianOfDecimal(indicator, target, aggregated.value, aggregated.periodsUsed, prepared);
}

/** Capaian of an aggregated decimal (engine-internal, used by the projection); settings are prepared here. */
export function capaianOfAggregated(
  indicator: CapaianIndicator,
  target: CapaianTarget,
  realisasi: Decimal,
  periodsUsed: readonly string[],
  settings: CapaianSettings,
): CapaianResult {
  const prepared = prepareSettings(settings);
  if (!('snapshot' in prepared)) return notComputable('invalid_settings', { problems: prepared.map((p) => p.field) });
  if (target.kind === 'text') return notComputable('text_target_manual');
  return capaianOfDecimal(indicator, target, realisasi, periodsUsed, prepared);
}

/** Computes the capaian of one realisasi value that is already aggregated (e.g. a projection or an annual figure). */
export function capaianOfValue(
  indicator: CapaianIndicator,
  target: CapaianTarget,
  realisasi: string,
  settings: CapaianSettings,
): CapaianResult {
  const prepared = prepareSettings(settings);
  if (!('snapshot' in prepared)) return notComputable('invalid_settings', { problems: prepared.map((p) => p.field) });
  if (target.kind === 'text') return notComputable('text_target_manual');
  const value = parseDecimal(realisasi);
  if (!value) return notComputable('invalid_number', { field: 'realisasi' });
  if (value.isNegative() && !value.isZero() && !indicator.allowNegative) return notComputable('negative_realisasi');
  return capaianOfDecimal(indicator, target, value, [], prepared);
}
