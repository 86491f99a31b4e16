/**
 * Types of the capaian engine (pure). Every number crosses the boundary as a decimal string
 * (`'46'`, `'16.2'`, `'-0.5'`); the engine never uses floats. See the domain notes
 * `sakip-and-sakip-desa.md` §3.1 (formulas), §3.2 (bands) and §7 (Indikator, Target, Realisasi, Capaian).
 */

/** Version of the formulas; stored with every capaian so a later engine never silently rewrites history. */
export const ENGINE_VERSION = 'capaian-1.0.0';

/** Direction of "better": higher (maximize), lower (minimize), close to the target (stabilize), inside a band (range). */
export type Polarity = 'maximize' | 'minimize' | 'stabilize' | 'range';

/** How period realisasi become one value: sum (flow), last value (stock/index), mean, or entered already aggregated. */
export type Aggregation = 'cumulative' | 'last' | 'average' | 'manual';

/** The minimize formula a tenant chooses: (2T − R)/T ("inverse_difference") or T/R ("ratio"), §3.1. */
export type MinimizeFormula = 'inverse_difference' | 'ratio';

/** Which edge of a band is closed: [min, max) ("min_inclusive", default) or (min, max] ("max_inclusive"). */
export type BandBoundary = 'min_inclusive' | 'max_inclusive';

/** What an indicator's manual (IKU) tells the engine. */
export interface CapaianIndicator {
  readonly polarity: Polarity;
  readonly aggregation: Aggregation;
  /** True when the unit allows negative realisasi (e.g. a growth rate); otherwise a negative value is refused. */
  readonly allowNegative?: boolean;
  /** Factor applied to numerator/denominator; default `'100'` (persentase). Use `'1'` for a plain ratio. */
  readonly ratioMultiplier?: string;
}

/** The target of the period assessed: a number, a range [min, max], or text (capaian entered manually). */
export type CapaianTarget =
  | { readonly kind: 'number'; readonly value: string }
  | { readonly kind: 'range'; readonly min: string; readonly max: string }
  | { readonly kind: 'text'; readonly text?: string };

/** Realisasi of one period; `numerator`/`denominator`, when both are given, take precedence over `value`. */
export interface PeriodRealisasi {
  readonly period: string;
  readonly value: string | null;
  readonly numerator?: string | null;
  readonly denominator?: string | null;
}

/** The realisasi an assessment uses: the periods in chronological order, up to `upTo` (default: the last one). */
export interface CapaianRealisasi {
  readonly periods: readonly PeriodRealisasi[];
  readonly upTo?: string;
  /** Capaian typed in by hand (percent); used only when the target is text (Sumedang "M", §3.1). */
  readonly manualCapaian?: string | null;
}

/** One row of a tenant's band table (§3.2); an absent `min`/`max` means open below/above. */
export interface BandDefinition {
  readonly code: string;
  readonly label: string;
  readonly min?: string | null;
  readonly max?: string | null;
  /** `#rrggbb`. */
  readonly color: string;
}

/** A band's code. */
export type BandCode = string;

/** Tenant settings of the engine. Treat a settings object as immutable: it is validated and hashed once. */
export interface CapaianSettings {
  readonly minimizeFormula: MinimizeFormula;
  /** Highest capaian shown, in percent (e.g. `'120'`), or null for none. */
  readonly cap: string | null;
  /** Lowest capaian shown, in percent (e.g. `'0'`), or null for none. */
  readonly floor: string | null;
  /** Decimals of the shown capaian, rounded half-up; default 2. */
  readonly roundingDecimals?: number;
  readonly bands: readonly BandDefinition[];
  /** Default `'min_inclusive'`. */
  readonly bandBoundary?: BandBoundary;
}

/** The normalised settings recorded with a capaian (numbers in canonical form, defaults filled in). */
export interface CapaianSettingsSnapshot {
  readonly engineVersion: string;
  readonly minimizeFormula: MinimizeFormula;
  readonly cap: string | null;
  readonly floor: string | null;
  readonly roundingDecimals: number;
  readonly bandBoundary: BandBoundary;
  readonly bands: readonly BandDefinition[];
}

/** Which formula produced a capaian. */
export type FormulaId = 'r_over_t' | 'inverse_difference' | 't_over_r' | 'within_range' | 'manual';

/** Why a capaian cannot be computed; always explicit, never NaN or a crash. */
export type NotComputableReason =
  | 'invalid_settings'
  | 'invalid_number'
  | 'invalid_range'
  | 'target_shape_mismatch'
  | 'text_target_manual'
  | 'target_negative'
  | 'target_zero_ratio'
  | 'realisasi_zero_ratio'
  | 'missing_realisasi'
  | 'negative_realisasi'
  | 'denominator_zero'
  | 'unknown_period'
  | 'duplicate_period'
  | 'not_projectable';

/** A message in both languages. */
export interface BilingualMessage {
  readonly id: string;
  readonly en: string;
}

/** A computed capaian with everything needed to explain and reproduce it. */
export interface CapaianComputed {
  readonly state: 'computed';
  /** Percent after floor and cap, rounded half-up to the tenant's decimals (e.g. `'79.69'`). */
  readonly value: string;
  /** Percent before floor, cap and rounding (full precision). */
  readonly raw: string;
  readonly capped: boolean;
  readonly floored: boolean;
  /** Band of the shown (rounded) value, or null when no band covers it. */
  readonly band: BandCode | null;
  readonly formula: FormulaId;
  /** The aggregated realisasi the formula used (null for a manual capaian). */
  readonly realisasi: string | null;
  /** The target value the formula compared against (the nearer bound of a range), null for manual. */
  readonly targetUsed: string | null;
  readonly periodsUsed: readonly string[];
  readonly engineVersion: string;
  readonly settings: CapaianSettingsSnapshot;
  /** SHA-256 (hex) of the canonical JSON of `settings`. */
  readonly settingsHash: string;
}

/** A capaian that cannot be computed, with the reason and a message in Indonesian and English. */
export interface CapaianNotComputable {
  readonly state: 'not_computable';
  readonly reason: NotComputableReason;
  readonly message: BilingualMessage;
  /** Extra facts, e.g. the missing period keys or the field holding an invalid number. */
  readonly detail?: Readonly<Record<string, string | readonly string[]>>;
  readonly engineVersion: string;
}

/** The result of `computeCapaian`. */
export type CapaianResult = CapaianComputed | CapaianNotComputable;
