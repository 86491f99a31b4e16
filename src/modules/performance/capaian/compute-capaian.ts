/**
 * `computeCapaian`: aggregated realisasi against a target under a polarity, with the tenant's minimize
 * formula, floor, cap, rounding (half-up) and band table. Pure: no I/O, no clock. Whatever the input,
 * the answer is a computed capaian or an explicit not-computable state with a reason. It computes in Exact (BigInt,
 * decimal.js's rounding at 40 digits, ~2.5× faster here); `computeCapaianIn(DECIMAL_KIT, …)` is the same engine on
 * decimal.js, the reference the tests hold it to (capaian.property.test.ts: both give the same result for any input).
 */
import type { Decimal } from 'decimal.js';
import { aggregateIn } from './aggregate.ts';
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
import { capaianFraction, parseTarget } from './formulas.ts';
import { DECIMAL_KIT, type EngineNumber, EXACT_KIT, type NumberKit } from './numeric.ts';
import { type PreparedSettings, prepareSettings, settingsNumbers } from './settings.ts';

/** The arithmetic the public engine computes in (decimal.js is the reference it is tested against). */
const ENGINE_KIT = EXACT_KIT;

/** What the formula used, recorded with the result. */
interface Basis<N> {
  readonly formula: FormulaId;
  readonly realisasi: N | null;
  readonly targetUsed: N | null;
  readonly periodsUsed: readonly string[];
}

/** Applies floor and cap to a percentage, rounds it, and finds its band. */
function finish<N extends EngineNumber<N>>(
  percent: N,
  basis: Basis<N>,
  settings: PreparedSettings,
  kit: NumberKit<N>,
): CapaianComputed {
  const { floor, cap, bands } = settingsNumbers(settings, kit);
  const floored = floor !== null && percent.lt(floor);
  const capped = cap !== null && percent.gt(cap);
  const bounded = floored && floor ? floor : capped && cap ? cap : percent;
  const rounded = kit.round(bounded, settings.decimals);
  return {
    state: 'computed',
    value: kit.fixed(rounded, settings.decimals),
    raw: kit.plain(percent),
    capped,
    floored,
    band: findParsedBand(bands, rounded, settings.snapshot.bandBoundary)?.code ?? null,
    formula: basis.formula,
    realisasi: basis.realisasi ? kit.plain(basis.realisasi) : null,
    targetUsed: basis.targetUsed ? kit.plain(basis.targetUsed) : null,
    periodsUsed: basis.periodsUsed,
    engineVersion: ENGINE_VERSION,
    settings: settings.snapshot,
    settingsHash: settings.hash,
  };
}

/** A text target: the typed-in capaian when there is one, otherwise "enter it manually". */
function manualCapaian<N extends EngineNumber<N>>(
  realisasi: CapaianRealisasi,
  settings: PreparedSettings,
  kit: NumberKit<N>,
): CapaianResult {
  if (realisasi.manualCapaian == null) return notComputable('text_target_manual');
  const percent = kit.parse(realisasi.manualCapaian);
  if (!percent) return notComputable('invalid_number', { field: 'manualCapaian' });
  return finish(percent, { formula: 'manual', realisasi: null, targetUsed: null, periodsUsed: [] }, settings, kit);
}

/** Capaian of one already-aggregated value against a numeric target, with prepared settings, in one arithmetic. */
function capaianOfNumber<N extends EngineNumber<N>>(
  indicator: CapaianIndicator,
  target: Exclude<CapaianTarget, { kind: 'text' }>,
  realisasi: N,
  periodsUsed: readonly string[],
  settings: PreparedSettings,
  kit: NumberKit<N>,
): CapaianResult {
  const bounds = parseTarget(target, indicator.polarity, kit);
  if ('ok' in bounds) return notComputable(bounds.reason, bounds.detail);
  const outcome = capaianFraction(indicator.polarity, bounds, realisasi, settings.snapshot.minimizeFormula, kit);
  if (!outcome.ok) return notComputable(outcome.reason, outcome.detail);
  const basis = { formula: outcome.formula, realisasi, targetUsed: outcome.targetUsed, periodsUsed };
  return finish(outcome.fraction.times(kit.hundred), basis, settings, kit);
}

/** Computes the capaian of the period `realisasi.upTo` (default the last) against that period's target. */
export function computeCapaian(
  indicator: CapaianIndicator,
  target: CapaianTarget,
  realisasi: CapaianRealisasi,
  settings: CapaianSettings,
): CapaianResult {
  return computeCapaianIn(ENGINE_KIT, indicator, target, realisasi, settings);
}

/** computeCapaian in the arithmetic of `kit` (engine-internal: decimal.js is the reference Exact is tested against). */
export function computeCapaianIn<N extends EngineNumber<N>>(
  kit: NumberKit<N>,
  indicator: CapaianIndicator,
  target: CapaianTarget,
  realisasi: CapaianRealisasi,
  settings: CapaianSettings,
): CapaianResult {
  const prepared = prepareSettings(settings);
  if (!('snapshot' in prepared)) return notComputable('invalid_settings', { problems: prepared.map((p) => p.field) });
  if (target.kind === 'text') return manualCapaian(realisasi, prepared, kit);
  const aggregated = aggregateIn(indicator, realisasi, kit);
  if (!aggregated.ok) return notComputable(aggregated.reason, aggregated.detail);
  return capaianOfNumber(indicator, target, aggregated.value, aggregated.periodsUsed, prepared, kit);
}

/**
 * Capaian of an aggregated value (engine-internal: the projection, and the recompute in the Exact arithmetic);
 * settings are prepared here.
 */
export function capaianOfAggregated<N extends EngineNumber<N> = Decimal>(
  indicator: CapaianIndicator,
  target: CapaianTarget,
  realisasi: N,
  periodsUsed: readonly string[],
  settings: CapaianSettings,
  kit: NumberKit<N> = DECIMAL_KIT as unknown as NumberKit<N>,
): CapaianResult {
  const prepared = prepareSettings(settings);
  if (!('snapshot' in prepared)) return notComputable('invalid_settings', { problems: prepared.map((p) => p.field) });
  if (target.kind === 'text') return notComputable('text_target_manual');
  return capaianOfNumber(indicator, target, realisasi, periodsUsed, prepared, kit);
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
  const value = ENGINE_KIT.parse(realisasi);
  if (!value) return notComputable('invalid_number', { field: 'realisasi' });
  if (value.isNegative() && !value.isZero() && !indicator.allowNegative) return notComputable('negative_realisasi');
  return capaianOfNumber(indicator, target, value, [], prepared, ENGINE_KIT);
}
