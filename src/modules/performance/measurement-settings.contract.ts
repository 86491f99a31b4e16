/**
 * Request and response shapes of the tenant's measurement settings (capaian engine choices, band table, lock days,
 * early warning), the recompute of stored capaian and an indicator's stored capaian. The web app imports it.
 * Decimals travel as strings; the band table is checked with the engine's own validateBandTable, so each row
 * gets its own field message.
 */
import { z } from 'zod';
import { type BandTableProblem, validateBandTable } from './capaian/bands.ts';
import { parseDecimal } from './capaian/decimal.ts';

const M = 'performance.capaianStore';
const decimal = z
  .string()
  .trim()
  .refine((s) => parseDecimal(s) !== null, { message: `${M}.notDecimal` });
const optionalDecimal = z.preprocess((v) => (v === '' ? null : v), decimal.nullable());
const year = z.number().int().min(2000).max(2100);

/** The minimize formula: (2T − R)/T or T/R (domain notes §3.1). */
export const MinimizeFormulaInput = z.enum(['inverse_difference', 'ratio']);
/** Which edge of a band is closed. */
export const BandBoundaryInput = z.enum(['min_inclusive', 'max_inclusive']);

/** One row of the band table. */
export const BandInput = z.object({
  code: z
    .string()
    .trim()
    .min(1, { message: `${M}.band.missing_code` })
    .max(20),
  label: z
    .string()
    .trim()
    .min(1, { message: `${M}.labelRequired` })
    .max(80),
  min: optionalDecimal,
  max: optionalDecimal,
  color: z
    .string()
    .trim()
    .regex(/^#[0-9a-fA-F]{6}$/, { message: `${M}.band.invalid_color` }),
});
export type BandInput = z.infer<typeof BandInput>;

/** The field of a band row a table problem points at. */
const BAND_PROBLEM_FIELD: Record<BandTableProblem['code'], string | null> = {
  empty: null,
  missing_code: 'code',
  duplicate_code: 'code',
  invalid_number: 'min',
  invalid_color: 'color',
  empty_interval: 'max',
  not_ordered: 'min',
  open_bound_inside: 'min',
  gap: 'min',
  overlap: 'min',
};

/** `PUT /api/performance/settings`; `updatedAt` is the value read (null when never saved), refused when stale. */
export const MeasurementSettingsInput = z
  .object({
    minimizeFormula: MinimizeFormulaInput,
    cap: optionalDecimal,
    floor: optionalDecimal,
    roundingDecimals: z.number().int().min(0).max(4),
    bandBoundary: BandBoundaryInput,
    bands: z.array(BandInput).max(12),
    lockAfterDays: z.number().int().min(0).max(366),
    earlyWarningBelow: decimal.refine((s) => !parseDecimal(s)?.isNegative(), { message: `${M}.notNegative` }),
    updatedAt: z.string().max(40).nullable(),
  })
  .superRefine((input, ctx) => {
    const cap = parseDecimal(input.cap);
    const floor = parseDecimal(input.floor);
    if (cap && floor && cap.lt(floor)) ctx.addIssue({ code: 'custom', path: ['cap'], message: `${M}.capBelowFloor` });
    for (const problem of validateBandTable(input.bands)) {
      const field = BAND_PROBLEM_FIELD[problem.code];
      const path = field === null ? ['bands'] : ['bands', problem.index, field];
      ctx.addIssue({ code: 'custom', path, message: `${M}.band.${problem.code}` });
    }
  });
export type MeasurementSettingsInput = z.infer<typeof MeasurementSettingsInput>;

/** The tenant's settings as shown, with the hash of the capaian part and whether the reader may change them. */
export const MeasurementSettingsView = z.object({
  minimizeFormula: MinimizeFormulaInput,
  cap: z.string().nullable(),
  floor: z.string().nullable(),
  roundingDecimals: z.number(),
  bandBoundary: BandBoundaryInput,
  bands: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      min: z.string().nullable(),
      max: z.string().nullable(),
      color: z.string(),
    }),
  ),
  lockAfterDays: z.number(),
  earlyWarningBelow: z.string(),
  saved: z.boolean(),
  updatedAt: z.string().nullable(),
  engineVersion: z.string(),
  settingsHash: z.string(),
  canManage: z.boolean(),
});
export type MeasurementSettingsView = z.infer<typeof MeasurementSettingsView>;

/** How a recompute of one year changed the stored capaian. */
export const RecomputeYearView = z.object({
  year: z.number(),
  indicators: z.number(),
  results: z.number(),
  inserted: z.number(),
  updated: z.number(),
  deleted: z.number(),
  unchanged: z.number(),
  changed: z.number(),
});
export type RecomputeYearView = z.infer<typeof RecomputeYearView>;

/** The outcome of saving settings: the settings and how many stored results changed per year. */
export const SaveMeasurementSettingsView = z.object({
  settings: MeasurementSettingsView,
  recomputed: z.array(RecomputeYearView),
  changed: z.number(),
});
export type SaveMeasurementSettingsView = z.infer<typeof SaveMeasurementSettingsView>;

/** `POST /api/performance/capaian/recompute`. */
export const RecomputeInput = z.object({ year });
export type RecomputeInput = z.infer<typeof RecomputeInput>;

/** `:indicatorId` of an indicator. */
export const CapaianIndicatorParams = z.object({ indicatorId: z.uuid() });
/** `?year=` of an indicator's stored capaian (default: the tenant's current year). */
export const CapaianYearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** One stored capaian with its band and, when not computable, the reason in both languages. */
export const StoredCapaianView = z.object({
  period: z.string(),
  state: z.enum(['computed', 'not_computable']),
  value: z.string().nullable(),
  raw: z.string().nullable(),
  band: z.object({ code: z.string(), label: z.string(), color: z.string() }).nullable(),
  formula: z.string().nullable(),
  realisasi: z.string().nullable(),
  targetUsed: z.string().nullable(),
  reason: z.string().nullable(),
  reasonMessage: z.object({ id: z.string(), en: z.string() }).nullable(),
  detail: z.record(z.string(), z.unknown()).nullable(),
  engineVersion: z.string(),
  settingsHash: z.string().nullable(),
  /** False when the result was computed with other settings or another engine than today's. */
  current: z.boolean(),
  computedAt: z.string(),
});
export type StoredCapaianView = z.infer<typeof StoredCapaianView>;

/** An indicator's stored capaian for a year, periods in chronological order, `Y` last. */
export const StoredCapaianListView = z.object({
  indicatorId: z.string(),
  year: z.number(),
  engineVersion: z.string(),
  settingsHash: z.string(),
  items: z.array(StoredCapaianView),
});
export type StoredCapaianListView = z.infer<typeof StoredCapaianListView>;
